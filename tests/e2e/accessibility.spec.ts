import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  ADMIN,
  CASE_MANAGER,
  addStaffMember,
  enter,
  fillSetupForm,
  openAdministration,
  readRecoveryKey,
  screenshot,
  confirmRecoveryKey,
  signIn,
  signOut,
} from './steps';

/** Every control a person can reach must have a name a screen reader can say. */
const NAMED_ROLES = [
  'button',
  'link',
  'textbox',
  'checkbox',
  'combobox',
  'spinbutton',
  'tab',
  'tabpanel',
  'tablist',
  'menu',
  'menuitem',
  'listbox',
  'option',
  'dialog',
  'alertdialog',
  'navigation',
  'table',
  'grid',
  'row',
  'columnheader',
  'group',
] as const;

/** Waits for the screen (by its heading), then checks every named role on it. */
async function expectEveryControlNamed(page: Page, screen: string, heading: string): Promise<void> {
  await expect(page.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  let checked = 0;
  for (const role of NAMED_ROLES) {
    for (const element of await page.getByRole(role).all()) {
      await expect(element, `every ${role} on "${screen}" has an accessible name`).toHaveAccessibleName(/\S/);
      checked += 1;
    }
  }
  expect(checked, `"${screen}" has controls to check`).toBeGreaterThan(0);
  await screenshot(page, `a11y-${screen}`);
}

test('every screen names every control', async ({ lantern }) => {
  const { page } = lantern;
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // First run, empty and with every field complaining.
  await expectEveryControlNamed(page, 'setup', 'Welcome to Lantern');
  await page.getByRole('button', { name: 'Set up Lantern' }).click();
  await expect(page.getByText('This is required.').first()).toBeVisible();
  await expect(page.getByLabel('Clinic or program name')).toHaveAttribute('aria-invalid', 'true');
  await expectEveryControlNamed(page, 'setup-errors', 'Welcome to Lantern');

  await fillSetupForm(page);
  await page.getByRole('button', { name: 'Set up Lantern' }).click();
  await readRecoveryKey(page);
  await expectEveryControlNamed(page, 'recovery-key', 'Save your recovery key');
  await confirmRecoveryKey(page);

  await expectEveryControlNamed(page, 'today', 'Today');
  await page.getByRole('button', { name: 'My account' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectEveryControlNamed(page, 'account-menu', 'Today');
  await page.getByRole('menuitem', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Change your password', level: 1 })).toBeVisible();
  await expectEveryControlNamed(page, 'change-password', 'Change your password');

  for (const name of ['Clients', 'Resources', 'Reports']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(page.getByText(/^Coming soon: /)).toBeVisible();
  }

  await openAdministration(page, 'Staff accounts');
  await addStaffMember(page);
  await expectEveryControlNamed(page, 'admin-staff', 'Administration');

  await page.getByRole('button', { name: 'Add staff member' }).click();
  const addDialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await expectEveryControlNamed(page, 'admin-add-staff', 'Add a staff member');
  await addDialog.getByRole('button', { name: /Role/ }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectEveryControlNamed(page, 'admin-add-staff-role', 'Add a staff member');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(addDialog).toBeHidden();

  await page.getByRole('button', { name: `Reset password for ${CASE_MANAGER.fullName}` }).click();
  await expectEveryControlNamed(
    page,
    'admin-reset-password',
    `Reset the password for ${CASE_MANAGER.fullName}`,
  );
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: `Deactivate ${CASE_MANAGER.fullName}` }).click();
  await expectEveryControlNamed(page, 'admin-deactivate', `Deactivate ${CASE_MANAGER.fullName}?`);
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByLabel('Clinic or program name')).toHaveValue(ADMIN.clinicName);
  await expectEveryControlNamed(page, 'admin-settings', 'Clinic settings');

  await page.getByRole('tab', { name: 'Audit trail' }).click();
  await expect(page.getByRole('grid', { name: 'Audit trail entries' })).toBeVisible();
  await expect(page.getByLabel('From date')).toBeVisible();
  await expect(page.getByLabel('To date')).toBeVisible();
  await expectEveryControlNamed(page, 'admin-audit', 'Administration');
  await page.getByRole('button', { name: /Action/ }).click();
  await page.getByRole('option', { name: 'Staff account added' }).click();
  await page.getByRole('button', { name: 'Show entries' }).click();
  await expect(page.getByText('Showing 2 entries, newest first.')).toBeVisible();
  await expectEveryControlNamed(page, 'admin-audit-filtered', 'Administration');

  await page.getByRole('tab', { name: 'Recovery key' }).click();
  await page.getByRole('button', { name: 'Create a new recovery key' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Create a new recovery key?' })).toBeVisible();
  await expectEveryControlNamed(page, 'admin-recovery-key-confirm', 'Create a new recovery key?');
  await page.getByRole('button', { name: 'Create new key' }).click();
  await readRecoveryKey(page);
  await expectEveryControlNamed(page, 'admin-recovery-key-new', 'Save your recovery key');
  await confirmRecoveryKey(page);
  await expect(page.getByRole('tab', { name: 'Recovery key' })).toHaveAttribute('aria-selected', 'true');

  await signOut(page);
  await expectEveryControlNamed(page, 'sign-in', 'Sign in to Lantern');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expectEveryControlNamed(page, 'recover', 'Reset an administrator password');
  await page.getByRole('link', { name: 'Back to sign in' }).click();

  await signIn(page, CASE_MANAGER.username, CASE_MANAGER.temporaryPassword);
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await expectEveryControlNamed(page, 'gate-change-password', 'Choose your own password');
  await enter(page.getByLabel('Temporary password'), CASE_MANAGER.temporaryPassword);
  await enter(page.getByLabel('New password', { exact: true }), CASE_MANAGER.password);
  await enter(page.getByLabel('Type the new password again'), CASE_MANAGER.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expectEveryControlNamed(page, 'case-manager-today', 'Today');
  await page.evaluate(() => {
    window.location.hash = '#/administration';
  });
  await expect(page.getByRole('heading', { name: 'Not available', level: 1 })).toBeVisible();
  await expectEveryControlNamed(page, 'case-manager-refused', 'Not available');

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
  await expectEveryControlNamed(page, 'locked', 'Lantern is locked');
});

test('the keyboard alone is enough', async ({ lantern }) => {
  const { page } = lantern;
  await fillSetupForm(page);
  // Enter submits a form.
  await page.getByLabel('Type the password again').press('Enter');
  await readRecoveryKey(page);
  await page.getByRole('checkbox', { name: 'I have saved the recovery key somewhere safe' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

  // A new clinic has no backup yet: the administrator's Today offers one first.
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeVisible();
  await page.getByRole('heading', { name: 'Today', level: 1 }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back up now' })).toBeFocused();
  // Tab order: skip link, then the header, then the navigation.
  await page.getByRole('button', { name: 'Skip to main content' }).focus();
  await expect(page.getByRole('button', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'My account' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lock' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Today' })).toBeFocused();

  // A dialog opens from the keyboard, takes focus, and Escape closes it back onto its button.
  await page.getByRole('link', { name: 'Administration' }).focus();
  await page.keyboard.press('Enter');
  const add = page.getByRole('button', { name: 'Add staff member' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('dialog', { name: 'Add a staff member' }).getByLabel('Full name'),
  ).toBeFocused();
  await page.keyboard.type('Typed but not kept');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(add).toBeFocused();

  // Sign out and back in with Enter.
  await signOut(page);
  await page.getByLabel('Username').fill(ADMIN.username);
  await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('Password', { exact: true }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
});

test('the shell reflows at 200% zoom without sideways scrolling', async ({ lantern }) => {
  const { page } = lantern;
  await fillSetupForm(page);
  await page.getByRole('button', { name: 'Set up Lantern' }).click();
  await readRecoveryKey(page);
  await confirmRecoveryKey(page);
  // 200% zoom of a 1280-pixel-wide window leaves 640 CSS pixels.
  await page.setViewportSize({ width: 640, height: 800 });
  await openAdministration(page, 'Audit trail');
  await expect(page.getByRole('grid', { name: 'Audit trail entries' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'a11y-zoom-200-audit');
  await page.getByRole('tab', { name: 'Staff accounts' }).click();
  await screenshot(page, 'a11y-zoom-200-staff');
});
