import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  ADMIN,
  CASE_MANAGER,
  confirmRecoveryKey,
  enter,
  fillAddStaffDialog,
  fillSetupForm,
  openAdministration,
  readRecoveryKey,
  screenshot,
  signIn,
  signOut,
  tick,
} from './steps';

/**
 * The whole first day of a clinic, as people do it: set up, sign out, a wrong password, sign in,
 * walk away (auto-lock), come back, add a case manager, who signs in with a temporary password,
 * chooses their own, cannot reach Administration, and locks with Ctrl+L.
 */
test.describe('foundation', () => {
  // Short, so the idle lock happens within the test; every step below acts well within it.
  test.use({ idleLockSeconds: 5 });

  test('first day at the clinic: setup, sign-in, auto-lock, staff, gates and lock', async ({ lantern }) => {
    const { page } = lantern;
    if (lantern.target === 'electron') test.setTimeout(300_000);

    // 1. First run: the wizard validates as the person types, with the contract's schema.
    await expect(page).toHaveTitle('Lantern');
    await expect(page.getByRole('heading', { name: 'Welcome to Lantern' })).toBeVisible();
    await screenshot(page, '01-setup');
    await enter(page.getByLabel('Password', { exact: true }), 'short');
    await expect(page.getByText('A password needs at least 12 characters.')).toBeVisible();
    await fillSetupForm(page);
    await expect(page.getByText('A password needs at least 12 characters.')).toBeHidden();
    await page.getByRole('button', { name: 'Set up Lantern' }).click();

    // 2. The recovery key: Continue stays disabled until "I have saved…" is ticked.
    await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
    await readRecoveryKey(page);
    await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'Copy' })).toBeEnabled();
    const continueButton = page.getByRole('button', { name: 'Continue' });
    await expect(continueButton).toBeDisabled();
    await screenshot(page, '02-recovery-key');
    // Printing shows only the key sheet, with the clinic and the date.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Lantern recovery key' })).toBeVisible();
    await expect(page.getByText(`Clinic: ${ADMIN.clinicName}`)).toBeVisible();
    await expect(page.getByText(/^Created: /)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeHidden();
    await expect(page.getByRole('button')).toHaveCount(0);
    await screenshot(page, '02-recovery-key-print');
    await page.emulateMedia({ media: 'screen' });
    const saved = page.getByRole('checkbox', { name: 'I have saved the recovery key somewhere safe' });
    await tick(saved);
    await expect(continueButton).toBeEnabled();
    await tick(saved, false);
    await expect(continueButton).toBeDisabled();
    await confirmRecoveryKey(page);

    // 3. The shell: clinic, who is signed in, Lock, navigation with Administration.
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(ADMIN.clinicName);
    await expect(banner).toContainText(`Signed in as ${ADMIN.fullName}, Administrator`);
    await expect(banner.getByRole('button', { name: 'Lock' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Today', 'Clients', 'Resources', 'Reports', 'Administration']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }
    await screenshot(page, '03-today');

    // 4. Sign out, then a wrong password gets exactly the plain message.
    await signOut(page);
    await expect(page.getByLabel('Username')).toHaveValue('');
    await screenshot(page, '04-sign-in');
    await signIn(page, ADMIN.username, 'not the right password');
    await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.');
    // Nothing typed is lost on an error.
    await expect(page.getByLabel('Username')).toHaveValue(ADMIN.username);
    await screenshot(page, '05-wrong-password');

    // 5. The right password opens Lantern.
    await signIn(page, ADMIN.username, ADMIN.password);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

    // 6. Walk away from an open staff list: Lantern locks itself and shows nothing of it.
    //    (The Electron app has no idle override: there the shortest clinic setting is used.)
    const idleSeconds =
      lantern.target === 'electron' ? await useShortestAutoLock(page) : lantern.idleLockSeconds;
    await openAdministration(page);
    await expect(page.getByRole('grid', { name: 'Staff accounts' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: new RegExp(ADMIN.fullName) })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible({
      timeout: (idleSeconds + 15) * 1000,
    });
    await expect(page.getByLabel('Username')).toHaveValue(ADMIN.username);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('grid')).toHaveCount(0);
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Administration' })).toHaveCount(0);
    await screenshot(page, '06-locked-after-idle');

    // 7. Unlock: back at Today, not on the screen that was open.
    await enter(page.getByLabel('Password', { exact: true }), ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

    // 8. The administrator adds a case manager with a temporary password.
    await openAdministration(page, 'Staff accounts');
    await fillAddStaffDialog(page);
    await screenshot(page, '07-add-staff-dialog');
    const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
    await dialog.getByRole('button', { name: 'Add staff member' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      page.getByRole('status').filter({ hasText: `${CASE_MANAGER.fullName} was added` }),
    ).toBeVisible();
    const row = page.getByRole('row', { name: new RegExp(CASE_MANAGER.fullName) });
    await expect(row).toContainText('Case manager');
    await expect(row).toContainText('Active, temporary password');
    await expect(
      row.getByRole('button', { name: `Reset password for ${CASE_MANAGER.fullName}` }),
    ).toBeVisible();
    await expect(row.getByRole('button', { name: `Deactivate ${CASE_MANAGER.fullName}` })).toBeVisible();
    await screenshot(page, '08-staff-accounts');

    // 9. The audit trail recorded all of it, and its hash chain verifies.
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    await expect(page.getByRole('grid', { name: 'Audit trail entries' })).toContainText(
      'added a staff account',
    );
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'intact' })).toHaveText(
      /^All \d+ entries are intact\.$/,
    );
    await screenshot(page, '09-audit-trail');
    await signOut(page);

    // 10. The case manager signs in with the temporary password and must choose their own.
    await signIn(page, CASE_MANAGER.username, CASE_MANAGER.temporaryPassword);
    await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await screenshot(page, '10-change-temporary-password');
    await enter(page.getByLabel('Temporary password'), CASE_MANAGER.temporaryPassword);
    await enter(page.getByLabel('New password', { exact: true }), CASE_MANAGER.password);
    await enter(page.getByLabel('Type the new password again'), CASE_MANAGER.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(
      `Signed in as ${CASE_MANAGER.fullName}, Case manager`,
    );

    // 11. No Administration for a case manager: not in the navigation, refused at its address,
    //     and refused by main itself.
    const caseManagerNav = page.getByRole('navigation', { name: 'Main' });
    await expect(caseManagerNav.getByRole('link', { name: 'Today' })).toBeVisible();
    await expect(caseManagerNav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
    await page.evaluate(() => {
      window.location.hash = '#/administration/staff';
    });
    await expect(page.getByRole('heading', { name: 'Not available', level: 1 })).toBeVisible();
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('grid')).toHaveCount(0);
    const refused = await page.evaluate(async () => {
      const result = await window.lantern?.invoke('accounts:list', {});
      return result && !result.ok ? result.error.code : 'allowed';
    });
    expect(refused).toBe('forbidden');
    await screenshot(page, '11-administration-refused');

    // 12. Ctrl+L locks at once.
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(CASE_MANAGER.username);
    await expect(page.getByRole('heading', { name: 'Not available' })).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await screenshot(page, '12-locked-by-shortcut');
  });
});

/** Electron only: sets auto-lock to its minimum (1 minute) and returns the idle limit in seconds. */
async function useShortestAutoLock(page: Page): Promise<number> {
  await openAdministration(page, 'Settings');
  await enter(page.getByLabel('Lock automatically after this many minutes without use'), '1');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  return 60;
}
