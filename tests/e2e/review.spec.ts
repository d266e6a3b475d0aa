import {
  CAM,
  CASEY,
  DEE,
  JONH,
  expectEveryControlNamed,
  fillNewClient,
  firstSignIn,
  openClients,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { ADMIN, enter, openAdministration, screenshot, signIn, signOut } from './steps';

/** Oversight: who opened what in an emergency, and merging a duplicate record. */
test('the administrator reviews emergency access and merges a duplicate record', async ({ lantern }) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY, DEE]);

  // Casey adds Cam, then "Jonh Reyes" born the same day, and saves it anyway.
  await firstSignIn(page, CASEY);
  await openClients(page);
  await page.getByRole('link', { name: 'Add a client' }).click();
  await fillNewClient(page, { ...CAM, program: undefined, programStatus: undefined });
  await page.getByRole('button', { name: 'Save client' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Cam\b/ })).toBeVisible();
  await openClients(page);
  await page.getByRole('link', { name: 'Add a client' }).click();
  await fillNewClient(page, JONH);
  const warning = page.getByRole('alert').filter({ hasText: 'Possible duplicates' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'This is a different person — save anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Jonh\b/ })).toBeVisible();
  await signOut(page);

  // Dee opens Jonh, who is not on her caseload, by breaking the glass.
  await firstSignIn(page, DEE);
  await openClients(page);
  await enter(page.getByRole('combobox', { name: 'Find a client' }), 'Jonh Reyes');
  await page.getByRole('option', { name: /^Reyes, Jonh/ }).click();
  const ask = page.getByRole('alertdialog', { name: 'Open a file outside your caseload' });
  const reason = 'Jonh called the crisis line and Casey is away';
  await enter(ask.getByLabel('Why do you need this file?'), reason);
  await ask.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByText(`Opened with emergency access: ${reason}`)).toBeVisible();
  await signOut(page);

  // The administrator sees that opening under "Emergency access".
  await signIn(page, ADMIN.username, ADMIN.password);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await openAdministration(page, 'Emergency access');
  const openings = page.getByRole('grid', { name: 'Emergency access openings' });
  // Who, which file and when; why is free text that can be clinical, shown to supervisors only.
  const opening = openings.getByRole('row').filter({ hasText: DEE.fullName });
  await expect(opening).toContainText(/C-\d+/);
  await expect(opening).toContainText('Shown to supervisors only');
  await expect(openings).not.toContainText(reason);
  await expectEveryControlNamed(page, 'review-emergency-access');
  await screenshot(page, 'review-01-emergency-access');

  // Duplicate records: choose both, compare, and the reason is asked for first.
  await page.getByRole('tab', { name: 'Duplicate records' }).click();
  await expect(page.getByText('No records have been merged yet.')).toBeVisible();
  const keep = page.getByRole('combobox', { name: 'The record to keep' });
  await enter(keep, 'John Reyes');
  await page.getByRole('option', { name: /^Reyes, John/ }).click();
  await expect(keep).toHaveValue(/Reyes, John/);
  const duplicate = page.getByRole('combobox', { name: 'The duplicate' });
  await enter(duplicate, 'Jonh');
  await page.getByRole('option', { name: /^Reyes, Jonh/ }).click();
  await expect(duplicate).toHaveValue(/Reyes, Jonh/);
  const kept = page.getByRole('region', { name: 'Record to keep' });
  await expect(kept).toContainText('Reyes, John');
  await expect(kept).toContainText(CAM.phone);
  await expect(kept).toContainText(CASEY.fullName);
  await expect(page.getByRole('region', { name: 'Duplicate', exact: true })).toContainText('Reyes, Jonh');

  await page.getByRole('button', { name: 'Merge records' }).click();
  const reasonField = page.getByLabel('Reason for the merge');
  await expect(reasonField).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('This is required.')).toBeVisible();
  await expect(keep).toHaveValue(/Reyes, John/);
  await expectEveryControlNamed(page, 'review-duplicates');
  await screenshot(page, 'review-02-duplicate-records');

  const mergeReason = 'Same person entered twice with a misspelled first name';
  await enter(reasonField, mergeReason);
  await page.getByRole('button', { name: 'Merge records' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Merge these records?' });
  await expect(confirm).toContainText(
    'The duplicate will be marked as merged into the record you keep, which then shows its contacts, diagnoses and history as well; nothing is deleted or changed in them.',
  );
  await expectEveryControlNamed(page, 'review-merge-confirm');
  await screenshot(page, 'review-03-merge-confirm');
  await confirm.getByRole('button', { name: 'Merge the records' }).click();
  await expect(confirm).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: /Reyes, Jonh .* was merged into Reyes, John/ }),
  ).toBeVisible();

  // "Merged records": when, by whom, which records, why, and the duplicate as it was.
  const merged = page.getByRole('list', { name: 'Merged records' }).getByRole('listitem');
  await expect(merged).toHaveCount(1);
  await expect(merged).toContainText(ADMIN.fullName);
  await expect(merged).toContainText('Jonh Reyes');
  await expect(merged).toContainText(mergeReason);
  await expect(merged).toContainText(/Kept client ID\s*C-\d+/);
  await merged.getByRole('button', { name: 'Show the merged record as it was' }).click();
  await expect(merged.getByRole('button', { name: 'Show the merged record as it was' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(merged).toContainText('Preferred name');
  await expectEveryControlNamed(page, 'review-merged-records');
  await screenshot(page, 'review-04-merged-records');
});
