import { expect, test } from './fixtures';
import {
  ADMIN,
  confirmRecoveryKey,
  enter,
  fillSetupForm,
  readRecoveryKey,
  screenshot,
  setUpClinic,
  signIn,
  signOut,
} from './steps';

/** Safeguards around signing in: throttling, the recovery key, and an unconfirmed key. */
test.describe('sign-in safeguards', () => {
  test('repeated wrong passwords slow sign-in down with a live countdown', async ({ lantern }) => {
    const { page } = lantern;
    await setUpClinic(page);
    await signOut(page);

    // Five mistakes are free; the fifth already earns a wait before the next try.
    for (let attempt = 1; attempt <= 5; attempt++) {
      await signIn(page, ADMIN.username, `wrong password number ${attempt}`);
      await expect(page.getByRole('alert')).toHaveText('Incorrect username or password.');
    }
    const signInButton = page.getByRole('button', { name: 'Sign in' });
    const wait = page.getByRole('timer');
    await expect(wait).toHaveText(/^Please wait [1-5] seconds? before trying again\.$/);
    await expect(signInButton).toBeDisabled();
    await screenshot(page, '13-sign-in-countdown');
    const first = Number(/\d+/.exec((await wait.textContent()) ?? '')?.[0]);
    await expect(wait).not.toHaveText(`Please wait ${first} seconds before trying again.`, {
      timeout: 3_000,
    });
    await expect(wait).toBeHidden({ timeout: 10_000 });
    await expect(signInButton).toBeEnabled();

    await enter(page.getByLabel('Password', { exact: true }), ADMIN.password);
    await signInButton.click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  });

  test('a forgotten administrator password is reset with the recovery key', async ({ lantern }) => {
    const { page } = lantern;
    const recoveryKey = await setUpClinic(page);
    await signOut(page);

    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await expect(page.getByRole('heading', { name: 'Reset an administrator password' })).toBeVisible();
    const newPassword = 'a brand new lantern glow';
    await enter(page.getByLabel('Recovery key'), 'ABCD-'.repeat(12) + 'ABCD');
    await enter(page.getByLabel('Administrator username'), ADMIN.username);
    await enter(page.getByLabel('New password', { exact: true }), newPassword);
    await enter(page.getByLabel('Type the new password again'), newPassword);
    await page.getByRole('button', { name: 'Reset password and sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'That recovery key did not work. Check it against the printed sheet and try again.',
    );
    await screenshot(page, '14-recovery-form');

    // Typed as a person might copy it from paper: lower case, spaces instead of dashes.
    await enter(page.getByLabel('Recovery key'), recoveryKey.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Reset password and sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();

    await signOut(page);
    await signIn(page, ADMIN.username, newPassword);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  });

  test('after a restart an unconfirmed recovery key is replaced, not shown again', async ({ lantern }) => {
    const { page } = lantern;
    await fillSetupForm(page);
    await page.getByRole('button', { name: 'Set up Lantern' }).click();
    const firstKey = await readRecoveryKey(page);

    // Reloading forgets the key (it lives only in memory); main still has the session.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Confirm your recovery key' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Recovery key' })).toHaveCount(0);
    await screenshot(page, '15-recovery-key-regenerate');
    await page.getByRole('button', { name: 'Create a new recovery key' }).click();
    const secondKey = await readRecoveryKey(page);
    expect(secondKey).not.toBe(firstKey);
    await confirmRecoveryKey(page);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  });
});
