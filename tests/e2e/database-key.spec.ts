import { expect, test } from './fixtures';
import { expectEveryControlNamed } from './client-steps';
import {
  ADMIN,
  CASE_MANAGER,
  addStaffMember,
  enter,
  openAdministration,
  setUpClinic,
  signIn,
  signOut,
} from './steps';

/**
 * Deactivating someone offers "Change the database key"; changing it keeps the administrator
 * signed in; Verify then shows the chain's head to write down and what it was compared with.
 */
test('after a deactivation the database key is changed from Administration, and Verify shows the head', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpClinic(page);
  await openAdministration(page, 'Staff accounts');
  await addStaffMember(page);

  await page.getByRole('button', { name: `Deactivate ${CASE_MANAGER.fullName}` }).click();
  const deactivate = page.getByRole('alertdialog', { name: `Deactivate ${CASE_MANAGER.fullName}?` });
  await enter(deactivate.getByLabel('Reason'), 'Left the program');
  await deactivate.getByRole('button', { name: 'Deactivate account' }).click();
  const suggestion = page
    .getByRole('status')
    .filter({ hasText: `${CASE_MANAGER.fullName} was deactivated.` });
  await expect(suggestion).toContainText('change the database key');
  await suggestion.getByRole('button', { name: 'Change the database key' }).click();

  await expect(page.getByRole('tab', { name: 'Database key' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Old backups still open with the passwords that were valid')).toBeVisible();
  await expectEveryControlNamed(page, 'database-key');
  await page.getByRole('button', { name: 'Change the database key' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Change the database key now?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Change the key' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'The database key was changed.' })).toHaveText(
    'The database key was changed. 1 staff account opens the records with the new key.',
  );

  // Still signed in: the audit trail reads, records the change, and Verify shows the head.
  await page.getByRole('tab', { name: 'Audit trail' }).click();
  await expect(page.getByRole('grid', { name: 'Audit trail entries' })).toContainText(
    'changed the database key',
  );
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'intact' })).toHaveText(
    /^All \d+ entries are intact\.$/,
  );
  await expect(page.getByRole('heading', { name: 'Write this down' })).toBeVisible();
  await expect(page.getByText(/^Entry #\d+$/)).toBeVisible();
  await expect(page.getByText(/Compared with \d+ records? kept outside the database\./)).toBeVisible();

  // And the administrator's password opens the re-keyed clinic after signing out.
  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
});
