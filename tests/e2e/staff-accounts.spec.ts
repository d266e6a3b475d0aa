import { CASEY, DEE, choose, expectEveryControlNamed, firstSignIn, openClients } from './client-steps';
import { expect, test } from './fixtures';
import {
  ADMIN,
  addStaffMember,
  enter,
  openAdministration,
  screenshot,
  setUpClinic,
  signIn,
  signOut,
} from './steps';

test.use({ viewport: { width: 1366, height: 768 } });

const BACK_AGAIN = 'welcome back temporary 64';

test.describe('staff accounts', () => {
  test('an administrator changes a role, fixes a name and reactivates someone', async ({ lantern }) => {
    const { page } = lantern;
    const { fullName } = ADMIN;
    await setUpClinic(page);
    await openAdministration(page, 'Staff accounts');
    for (const person of [CASEY, DEE]) await addStaffMember(page, person);

    // One's own row has no "Change role" or "Deactivate": an administrator cannot demote themselves.
    await expect(page.getByRole('button', { name: `Change the role of ${fullName}` })).toHaveCount(0);
    await expect(page.getByRole('button', { name: `Deactivate ${fullName}` })).toHaveCount(0);

    // A role change: Casey becomes a supervisor from her next sign-in.
    await page.getByRole('button', { name: `Change the role of ${CASEY.fullName}` }).click();
    const roleDialog = page.getByRole('dialog', { name: `Change the role of ${CASEY.fullName}` });
    await expect(roleDialog).toContainText('is Case manager today');
    await choose(roleDialog, /New role/, 'Supervisor');
    await expectEveryControlNamed(page, 'change role');
    await screenshot(page, 'staff-accounts-01-change-role');
    await roleDialog.getByRole('button', { name: 'Change role' }).click();
    await expect(roleDialog).toBeHidden();
    await expect(
      page.getByText(`${CASEY.fullName} is now Supervisor. It applies from their next sign-in.`),
    ).toBeVisible();
    const casey = page.getByRole('row').filter({ hasText: CASEY.username });
    await expect(casey).toContainText('Supervisor');

    // A name fixed: the username stays.
    await page.getByRole('button', { name: `Fix the name of ${DEE.fullName}` }).click();
    const nameDialog = page.getByRole('dialog', { name: `Fix the name of ${DEE.fullName}` });
    await enter(nameDialog.getByLabel('Full name'), 'Deanna Okafor');
    await nameDialog.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByText('The name was changed to Deanna Okafor.')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: DEE.username })).toContainText('Deanna Okafor');

    // Deactivated, then back: a temporary password seals a new key slot.
    await page.getByRole('button', { name: 'Deactivate Deanna Okafor' }).click();
    const deactivate = page.getByRole('alertdialog', { name: 'Deactivate Deanna Okafor?' });
    await enter(deactivate.getByLabel('Reason'), 'On leave until spring');
    await deactivate.getByRole('button', { name: 'Deactivate account' }).click();
    const dee = page.getByRole('row').filter({ hasText: DEE.username });
    await expect(dee).toContainText('Deactivated');
    await page.getByRole('button', { name: 'Reactivate Deanna Okafor' }).click();
    const back = page.getByRole('dialog', { name: 'Reactivate Deanna Okafor' });
    await expect(back).toContainText('Their role stays Case manager.');
    await enter(back.getByLabel('Temporary password', { exact: true }), BACK_AGAIN);
    await enter(back.getByLabel('Type the temporary password again'), BACK_AGAIN);
    await expectEveryControlNamed(page, 'reactivate');
    await screenshot(page, 'staff-accounts-02-reactivate');
    await back.getByRole('button', { name: 'Reactivate with this temporary password' }).click();
    await expect(page.getByText('Deanna Okafor was reactivated with a temporary password.')).toBeVisible();
    await expect(dee).toContainText('Active, temporary password');
    await screenshot(page, 'staff-accounts-03-after-changes');

    // The audit trail has each change.
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    const trail = page.getByRole('grid', { name: 'Audit trail entries' });
    // Each in its catalogue sentence (the audit trail reads as sentences).
    for (const action of [
      /changed .+’s role from/,
      /changed a staff member’s name from/,
      /reactivated .+’s account/,
    ])
      await expect(trail.getByText(action).first()).toBeVisible();
    await signOut(page);

    // Casey signs in as a supervisor; Deanna with the temporary password, and must replace it.
    await firstSignIn(page, CASEY);
    await expect(page.getByText(`Signed in as ${CASEY.fullName}, Supervisor`)).toBeVisible();
    await openClients(page);
    await signOut(page);
    await firstSignIn(page, { ...DEE, fullName: 'Deanna Okafor', temporaryPassword: BACK_AGAIN });
    await expect(page.getByText('Signed in as Deanna Okafor, Case manager')).toBeVisible();
    await signOut(page);
    await signIn(page, DEE.username, DEE.password);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  });
});
