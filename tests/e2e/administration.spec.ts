import { expect, test } from './fixtures';
import {
  CASE_MANAGER,
  addStaffMember,
  enter,
  fillAddStaffDialog,
  openAdministration,
  screenshot,
  setUpClinic,
  tick,
} from './steps';

/** Administration beyond the first day: field errors from main, reset, deactivate, settings. */
test('staff members are added, reset and deactivated with clear field errors', async ({ lantern }) => {
  const { page } = lantern;
  await setUpClinic(page);
  await openAdministration(page, 'Staff accounts');
  await addStaffMember(page);

  // The same username again: main's conflict appears next to the field; nothing typed is lost.
  const dialog = await fillAddStaffDialog(page);
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.getByText('That username is already taken.')).toBeVisible();
  await expect(dialog.getByLabel('Full name')).toHaveValue(CASE_MANAGER.fullName);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: `Reset password for ${CASE_MANAGER.fullName}` }).click();
  const reset = page.getByRole('dialog', { name: `Reset the password for ${CASE_MANAGER.fullName}` });
  await enter(reset.getByLabel('Temporary password', { exact: true }), 'another temporary one 77');
  await enter(reset.getByLabel('Type the temporary password again'), 'another temporary one 77');
  await reset.getByRole('button', { name: 'Set temporary password' }).click();
  await expect(reset).toBeHidden();
  // The Teams panel has its own status line; this one is the staff list's.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: `A temporary password was set for ${CASE_MANAGER.fullName}.` }),
  ).toBeVisible();

  await page.getByRole('button', { name: `Deactivate ${CASE_MANAGER.fullName}` }).click();
  const deactivate = page.getByRole('alertdialog', { name: `Deactivate ${CASE_MANAGER.fullName}?` });
  await deactivate.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(deactivate.getByText('This is required.')).toBeVisible();
  await enter(deactivate.getByLabel('Reason'), 'Left the program');
  await screenshot(page, '16-deactivate-dialog');
  await deactivate.getByRole('button', { name: 'Deactivate account' }).click();
  await expect(deactivate).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(CASE_MANAGER.fullName) })).toContainText(
    'Deactivated',
  );

  // Settings: the auto-lock minutes are checked against 1–60 before anything is sent.
  await page.getByRole('tab', { name: 'Settings' }).click();
  const minutes = page.getByLabel('Lock automatically after this many minutes without use');
  await enter(minutes, '90');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Choose from 1 to 60 minutes.')).toBeVisible();
  await enter(minutes, '5');
  await enter(page.getByLabel('Clinic or program name'), 'Riverside Clinic North');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Riverside Clinic North');
  await screenshot(page, '17-settings');
});

test('the administrator can turn on a maximum session length, in hours', async ({ lantern }) => {
  const { page } = lantern;
  await setUpClinic(page);
  await openAdministration(page, 'Settings');
  const limit = page.getByRole('checkbox', { name: 'Also lock after a maximum session length' });
  await expect(limit).not.toBeChecked();
  await expect(page.getByLabel('Maximum session length in hours')).toHaveCount(0);
  await tick(limit);
  const hours = page.getByLabel('Maximum session length in hours');
  await expect(hours).toHaveValue('8');
  await enter(hours, '30');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Enter a whole number of hours from 1 to 24.')).toBeVisible();
  await enter(hours, '10');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

  // Saved in main: it is there after leaving the tab and coming back.
  await page.getByRole('tab', { name: 'Staff accounts' }).click();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(limit).toBeChecked();
  await expect(page.getByLabel('Maximum session length in hours')).toHaveValue('10');
  await tick(limit, false);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await expect(page.getByLabel('Maximum session length in hours')).toHaveCount(0);
});
