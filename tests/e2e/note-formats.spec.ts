import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { CASEY, expectEveryControlNamed, firstSignIn, setUpTeam } from './client-steps';
import { expect, test } from './fixtures';
import { ADMIN, enter, openAdministration, screenshot, signIn, signOut, tick } from './steps';

/** A call through the same bridge the screens use. */
async function invoke(page: Page, channel: string, input: unknown) {
  return page.evaluate(
    ([name, value]) =>
      (
        window as unknown as {
          lantern: { invoke(channel: string, input: unknown): Promise<{ ok: boolean }> };
        }
      ).lantern.invoke(name as string, value),
    [channel, input] as const,
  );
}

/** The clinic's own format: DAP with an optional risk section. */
function clinicFormat(): string {
  const file = JSON.parse(
    readFileSync(new URL('../../resources/note-formats/dap.json', import.meta.url), 'utf8'),
  ) as { id: string; name: unknown; sections: unknown[] };
  file.id = 'dap-risk';
  file.name = { en: 'DAP with risk', es: 'DAP con riesgo' };
  file.sections.push({
    id: 'risk',
    label: { en: 'Risk', es: 'Riesgo' },
    prompt: { en: 'Any risk seen, and what was done.' },
    required: false,
  });
  return JSON.stringify(file, null, 2);
}

test.describe('note formats, note settings and saved phrases', () => {
  test('an administrator adds a format (problems listed when refused), sets the note settings and keeps clinic phrases; a worker keeps their own', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await signIn(page, ADMIN.username, ADMIN.password);

    // Note formats: the shipped five with their sections, DAP the default.
    await openAdministration(page, 'Note formats');
    const catalogue = page.getByRole('region', { name: 'Available formats' });
    await expect(
      catalogue.getByRole('list', { name: 'Sections of DAP (Data, Assessment, Plan)' }),
    ).toContainText('Data (required)');
    await expect(catalogue).toContainText('Clinic default');

    // A broken file is refused with each problem named at its place; nothing is added.
    const fileText = page.getByRole('textbox', { name: 'Format file text' });
    await enter(fileText, '{"id": "DAP", "version": "1", "name": {"es": "x"}, "sections": [], "colour": 1}');
    await page.getByRole('button', { name: 'Add format' }).click();
    const problems = page.getByRole('list', { name: 'Problems in the file' });
    await expect(problems).toContainText('id: The id must be lower-case letters');
    await expect(problems).toContainText('name.en: The English text is missing or empty.');
    await expect(problems).toContainText('sections: A format has between 1 and 12 sections.');
    await expect(problems).toContainText('colour: This field is not part of a note format.');
    await expectEveryControlNamed(page, 'note-formats-refused');
    await screenshot(page, 'note-formats-00-refused-en');

    // The same format chosen as a .json file is added and listed with its optional section.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'dap-risk.json',
      mimeType: 'application/json',
      buffer: Buffer.from(clinicFormat()),
    });
    await expect(fileText).toHaveValue(/"dap-risk"/);
    await page.getByRole('button', { name: 'Add format' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'DAP with risk was added.' })).toBeVisible();
    await expect(catalogue.getByRole('list', { name: 'Sections of DAP with risk' })).toContainText(
      'Risk (optional)',
    );
    await screenshot(page, 'note-formats-01-added-en');

    // Note settings. notes:settings / notes:saveSettings come from the note-settings branch of
    // issue 10: until it is merged this part cannot run, and says so; once it is, it must pass.
    const settingsBuilt = (await invoke(page, 'notes:settings', {})).ok;
    if (settingsBuilt) {
      await page.getByRole('tab', { name: 'Progress notes' }).click();
      const lateDays = page.getByLabel('Late entry after (days)');
      await enter(lateDays, '0');
      await page.getByRole('button', { name: 'Save note settings' }).click();
      await expect(page.getByText('Use a number of days from 1 to 60.')).toBeVisible();
      await enter(lateDays, '5');
      await tick(page.getByRole('checkbox', { name: new RegExp(CASEY.fullName) }));
      await page.getByRole('button', { name: 'Save note settings' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Note settings saved.' })).toBeVisible();
      await expectEveryControlNamed(page, 'note-settings');
      await screenshot(page, 'note-formats-02-settings-en');
    } else {
      test.info().annotations.push({
        type: 'not run',
        description: 'Note settings: notes:settings is not built on this branch yet',
      });
    }

    // Clinic phrases, with the keyboard only.
    await page.getByRole('tab', { name: 'Clinic phrases' }).click();
    await page.getByRole('button', { name: 'Add phrase' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Shortcut' })).toBeFocused();
    await page.keyboard.type('ns');
    await page.keyboard.press('Tab');
    await page.keyboard.type('No-show');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The client did not attend and could not be reached by phone.');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Save phrase' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Phrase “No-show” saved.' })).toBeVisible();
    // The same shortcut again: the field says so, nothing is added.
    await page.getByRole('button', { name: 'Add phrase' }).click();
    await enter(page.getByRole('textbox', { name: 'Shortcut' }), 'ns');
    await enter(page.getByRole('textbox', { name: 'Title' }), 'Another');
    await enter(page.getByRole('textbox', { name: 'Text' }), 'Something else.');
    await page.getByRole('button', { name: 'Save phrase' }).click();
    await expect(page.getByText('This shortcut is already used. Choose another.')).toBeVisible();
    await expectEveryControlNamed(page, 'clinic-phrases');
    await screenshot(page, 'note-formats-03-clinic-phrases-en');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // The same screens in Spanish.
    await page.getByRole('button', { name: 'My account' }).click();
    await page.getByRole('menuitemradio', { name: 'Español' }).click();
    await page.getByRole('tab', { name: 'Formatos de nota' }).click();
    await expect(
      page.getByRole('list', { name: 'Secciones de DAP (Datos, Evaluación, Plan)' }),
    ).toContainText('Datos (obligatoria)');
    await expect(page.getByRole('list', { name: 'Secciones de DAP con riesgo' })).toContainText(
      'Riesgo (opcional)',
    );
    await screenshot(page, 'note-formats-04-formats-es');
    await page.getByRole('tab', { name: 'Frases de la clínica' }).click();
    await expect(page.getByText(';ns')).toBeVisible();
    await screenshot(page, 'note-formats-05-clinic-phrases-es');
    await page.getByRole('button', { name: 'Mi cuenta' }).click();
    await page.getByRole('menuitemradio', { name: 'English' }).click();
    await signOut(page);

    // A worker's own phrases, from the account menu; the clinic's are listed to read.
    await firstSignIn(page, CASEY);
    await page.getByRole('button', { name: 'My account' }).click();
    await page.getByRole('menuitem', { name: 'My saved phrases' }).click();
    await expect(page.getByRole('heading', { name: 'My saved phrases', level: 1 })).toBeVisible();
    await expect(page.getByRole('region', { name: 'The clinic’s phrases' })).toContainText('No-show');
    await page.getByRole('button', { name: 'Add phrase' }).click();
    await page.keyboard.type('hv');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Home visit');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Met the client at home; the home was safe.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Phrase “Home visit” saved.' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit Home visit' }).click();
    await enter(page.getByRole('textbox', { name: 'Title' }), 'Home visit, safe');
    await page.getByRole('button', { name: 'Save phrase' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Phrase “Home visit, safe” saved.' }),
    ).toBeVisible();
    await expectEveryControlNamed(page, 'my-phrases');
    await screenshot(page, 'note-formats-06-my-phrases-en');
    await page.getByRole('button', { name: 'Delete Home visit, safe' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this phrase?' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Phrase deleted.' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Saved phrases', exact: true })).toContainText(
      'No phrases yet.',
    );
  });
});
