import { expect, test } from './fixtures';
import { ADMIN, enter, screenshot, setUpClinic } from './steps';

/**
 * English and Spanish: the workstation's switch on the setup and sign-in screens, and each
 * person's own choice in the account menu, applied at sign-in and kept on the lock screen.
 */
test.describe('language', () => {
  test('setup, the account menu, sign-in and the lock screen speak the chosen language', async ({
    lantern,
  }) => {
    const { page } = lantern;
    const html = page.locator('html');

    // First run: the switch is on the setup screen, each name in its own language.
    const setupSwitch = page.getByRole('radiogroup', { name: 'Language' });
    await setupSwitch.getByRole('radio', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { name: 'Bienvenido/a a Lantern' })).toBeVisible();
    await expect(page.getByLabel('Nombre de la clínica o del programa')).toBeVisible();
    await expect(html).toHaveAttribute('lang', 'es');
    await screenshot(page, 'language-01-setup-es');
    await page.getByRole('radiogroup', { name: 'Idioma' }).getByRole('radio', { name: 'English' }).click();
    await setUpClinic(page);

    // The account menu, by keyboard: open it, move to Español, choose it.
    const account = page.getByRole('button', { name: 'My account' });
    await account.focus();
    await page.keyboard.press('Enter');
    const spanish = page.getByRole('menuitemradio', { name: 'Español' });
    await expect(spanish).toBeVisible();
    await expect(page.getByRole('menuitemradio', { name: 'English' })).toBeChecked();
    for (
      let step = 0;
      step < 5 && !(await spanish.evaluate((node) => node === document.activeElement));
      step++
    )
      await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Hoy', level: 1 })).toBeVisible();
    await expect(
      page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Clientes' }),
    ).toBeVisible();
    await expect(html).toHaveAttribute('lang', 'es');
    await screenshot(page, 'language-02-shell-es');

    // Signing out: the sign-in screen keeps the workstation's language (the last one in use).
    await page.getByRole('button', { name: 'Mi cuenta' }).click();
    await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
    await expect(page.getByRole('heading', { name: 'Iniciar sesión en Lantern' })).toBeVisible();

    // Someone switches the sign-in screen to English; the account's own choice wins at sign-in.
    await page.getByRole('radiogroup', { name: 'Idioma' }).getByRole('radio', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in to Lantern' })).toBeVisible();
    await enter(page.getByLabel('Username'), ADMIN.username);
    await enter(page.getByLabel('Password', { exact: true }), ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { name: 'Hoy', level: 1 })).toBeVisible();

    // The lock screen stays in the last person's language; a Spanish error reads in Spanish.
    await page.getByRole('button', { name: /^Bloquear/ }).click();
    await expect(page.getByRole('heading', { name: 'Lantern está bloqueado' })).toBeVisible();
    await enter(page.getByLabel('Contraseña', { exact: true }), 'not the right password');
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await expect(page.getByRole('alert')).toHaveText('Nombre de usuario o contraseña incorrectos.');
    await screenshot(page, 'language-03-locked-es');

    // After a reload the workstation still remembers Spanish.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Lantern está bloqueado' })).toBeVisible();
  });
});
