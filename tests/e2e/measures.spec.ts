import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  CASEY,
  choose,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  openClients,
  setUpTeam,
} from './client-steps';
import { readFileSync } from 'node:fs';
import { enter, openAdministration, screenshot, setUpClinic } from './steps';

const ROSA = {
  legalFirstName: 'Rosa',
  legalLastName: 'Mendez',
  birthDate: '1979-06-02',
  sexAtBirth: 'female',
};

/** Earlier PHQ-9s entered from paper, through the same bridge the screens use. */
async function givePaperPhq9(page: Page, clientId: string, administeredOn: string, values: number[]) {
  const answers = Object.fromEntries(values.map((value, index) => [`q${index + 1}`, value]));
  const result = await page.evaluate(
    (input) =>
      (
        window as unknown as {
          lantern: { invoke(channel: string, input: unknown): Promise<{ ok: boolean }> };
        }
      ).lantern.invoke('measures:give', input),
    { clientId, instrumentId: 'phq-9', mode: 'office', answers, administeredOn },
  );
  expect(result.ok, 'the paper PHQ-9 was stored').toBe(true);
}

async function openRosa(page: Page, tab: RegExp) {
  await openClients(page);
  const search = page.getByRole('combobox', { name: /Find a client|Buscar/ });
  await enter(search, 'Rosa Mendez');
  await expect(page.getByRole('option', { name: /^Mendez, Rosa/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Rosa/ })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
}

test.describe('standardized measures', () => {
  test('a PHQ-9 handed to the client with item 9 positive raises an alert, acknowledged with a note; the trend and its table', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    const { id } = await createClientThroughBridge(page, ROSA);
    await givePaperPhq9(page, id, '2026-01-15', [3, 3, 2, 2, 2, 2, 2, 2, 0]);
    await givePaperPhq9(page, id, '2026-02-16', [2, 2, 2, 1, 1, 1, 1, 1, 0]);

    await openRosa(page, /^Measures$/);
    await expect(page.getByRole('grid', { name: 'Measures given to this client' })).toContainText(
      'Moderately severe',
    );

    // In the office: the worker enters a GAD-7; the score shows as it is typed, main's is kept.
    await choose(page, /Measure$/, 'Generalized Anxiety Disorder 7-item scale (GAD-7)');
    await page.getByRole('button', { name: 'Give in the office' }).click();
    const office = page.getByRole('dialog', { name: 'Generalized Anxiety Disorder 7-item scale (GAD-7)' });
    for (let item = 1; item <= 7; item++) {
      const question = office.getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
      await question.getByRole('radio', { name: /^Several days/ }).check({ force: true });
    }
    await expect(office.getByText('Score so far: 7')).toBeVisible();
    await expectEveryControlNamed(page, 'measures-give-office');
    await screenshot(page, 'measures-00-give-in-office');
    await office.getByRole('button', { name: 'Save the answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Measure saved. Score: 7.' })).toBeVisible();

    // An AUDIT-C from a paper form filled in yesterday: "Never" to question 1 skips 2 and 3.
    await choose(page, /Measure$/, 'Alcohol Use Disorders Identification Test – Consumption (AUDIT-C)');
    await page.getByRole('button', { name: 'Give in the office' }).click();
    const audit = page.getByRole('dialog', { name: /AUDIT-C/ });
    await expect(audit.getByRole('radiogroup')).toHaveCount(3);
    await audit
      .getByRole('radiogroup', { name: /^1\. / })
      .getByRole('radio', { name: /^Never/ })
      .check({ force: true });
    await expect(audit.getByRole('radiogroup')).toHaveCount(1);
    const yesterday = new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await audit.getByLabel('Date given').fill(yesterday);
    await audit.getByRole('button', { name: 'Save the answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Measure saved. Score: 0.' })).toBeVisible();
    const results = page.getByRole('grid', { name: 'Measures given to this client' });
    const auditRow = results.getByRole('row').filter({ hasText: 'AUDIT-C' });
    const shownDay = await page.evaluate(
      (instant) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(instant)),
      `${yesterday}T12:00:00.000Z`,
    );
    await expect(auditRow).toContainText(shownDay);
    await expect(auditRow).toContainText('Part 2');
    await expect(page.getByText(/substance-use information protected by 42 CFR Part 2/)).toBeVisible();

    // Typed into the wrong file: marked entered in error, with a reason; it stays, struck through.
    await auditRow.getByRole('button', { name: /^Mark the AUDIT-C of .+ entered in error$/ }).click();
    const mark = page.getByRole('dialog', { name: 'Mark the result entered in error' });
    await mark.getByRole('button', { name: 'Mark entered in error' }).click();
    await expect(mark.getByText('This is required.')).toBeVisible();
    await enter(mark.getByLabel('Why it was entered in error'), 'Answers of another client');
    await mark.getByRole('button', { name: 'Mark entered in error' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'The result is marked entered in error.' }),
    ).toBeVisible();
    await expect(auditRow).toContainText(/Entered in error by .+: Answers of another client/);
    await expect(auditRow.locator('.measure-entered-in-error').first()).toHaveCSS(
      'text-decoration-line',
      'line-through',
    );
    await screenshot(page, 'measures-00b-entered-in-error');
    await choose(page, /Measure$/, 'Patient Health Questionnaire-9 (PHQ-9)');
    await page.getByRole('button', { name: 'Hand to the client' }).click();

    // The client view: large type, one question at a time, nothing of the file behind it.
    const view = page.getByRole('dialog', { name: 'A few questions for you' });
    await expect(view).toBeVisible();
    // The file is still under the layer: it is covered where it would show, and out of reach.
    const covered = await page.locator('h1').evaluate((heading) => {
      const box = heading.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return Boolean(top?.closest('.client-view-overlay'));
    });
    expect(covered, 'the client view covers the file').toBe(true);
    const outOfReach = await page
      .locator('[role=tablist]')
      .evaluate((tabs) => (tabs.closest('[aria-hidden="true"], [inert]') ? 'hidden' : `reachable`));
    expect(outOfReach, 'the file under the client view is hidden from assistive technology').toBe('hidden');
    // The progress is a polite live region: a screen reader hears each new question's number.
    await expect(view.getByText('Question 1 of 10')).toHaveAttribute('aria-live', 'polite');
    for (let question = 1; question <= 10; question++) {
      await expect(view.getByText(`Question ${question} of 10`)).toBeVisible();
      const answer =
        question === 9 ? 'More than half the days' : question === 10 ? 'Somewhat difficult' : 'Several days';
      await view.getByRole('radio', { name: answer }).check({ force: true });
      if (question === 9) await screenshot(page, 'measures-01-client-view-item-9');
      if (question < 10) await view.getByRole('button', { name: 'Next' }).click();
    }
    // By keyboard, as a client would: the last button sends the answers and locks Lantern.
    await view.getByRole('button', { name: 'Finish and hand back' }).focus();
    await page.keyboard.press('Enter');

    // Done: Lantern locks, and the worker signs in again.
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
    await expect(page.getByText('Rosa')).toHaveCount(0);
    await enter(page.getByLabel('Password', { exact: true }), CASEY.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await openRosa(page, /^Measures$/);

    // The alert is on the file, whatever tab is open, until someone records what was done.
    const alert = page.getByRole('alert').filter({ hasText: 'Safety alert from a measure' });
    await expect(alert).toContainText('PHQ-9 item 9 was answered above "Not at all"');
    await page.getByRole('tab', { name: 'Overview' }).click();
    await expect(alert).toBeVisible();
    await screenshot(page, 'measures-02-alert-on-file');
    await alert.getByRole('button', { name: 'Acknowledge and record what was done' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Acknowledge the safety alert' });
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(dialog.getByText('This is required.')).toBeVisible();
    await enter(
      dialog.getByLabel('What was done'),
      'Reviewed safety with Rosa; crisis line card given; supervisor told.',
    );
    await dialog.getByRole('button', { name: 'Acknowledge' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Alert acknowledged.' })).toBeVisible();
    await expect(alert).toHaveCount(0);

    // The trend: the line over the severity bands, each point's item answers on hover, and the table.
    await page.getByRole('tab', { name: 'Measures' }).click();
    const table = page.getByRole('grid', { name: 'PHQ-9 scores over time' });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table).toContainText('Item 9: More than half the days (2)');
    const chart = page.getByRole('figure', { name: /PHQ-9 scores over time, with the severity bands/ });
    await expect(chart.locator('.recharts-reference-area')).toHaveCount(5);
    await expect(chart.locator('.recharts-line-dot')).toHaveCount(3);
    await chart.locator('.recharts-line-dot').last().hover();
    await expect(chart.locator('.trend-tooltip')).toContainText('Item 9: More than half the days (2)');
    await expectEveryControlNamed(page, 'measures-trend');
    await screenshot(page, 'measures-03-trend-en');

    // The same screens in Spanish: the PHQ-9 in its official Spanish, the others in English.
    await page.getByRole('button', { name: 'My account' }).click();
    await page.getByRole('menuitemradio', { name: 'Español' }).click();
    await expect(page.getByRole('tab', { name: 'Medidas' })).toBeVisible();
    await page.getByRole('tab', { name: 'Medidas' }).click();
    await expect(page.getByRole('heading', { name: 'Evolución' })).toBeVisible();
    await expect(
      page.getByRole('grid', { name: 'Puntuaciones de PHQ-9 a lo largo del tiempo' }),
    ).toContainText('Pregunta 9: Más de la mitad de los días (2)');
    await screenshot(page, 'measures-04-trend-es');
    await page.getByRole('button', { name: 'Entregar a la persona' }).click();
    const vista = page.getByRole('dialog', { name: 'Unas preguntas para usted' });
    await expect(vista).toContainText('¿qué tan seguido ha tenido molestias');
    await expect(vista.getByRole('radio', { name: 'Varios días' })).toBeVisible();
    await screenshot(page, 'measures-05-client-view-es');

    // The client stops at question 9, answered above "not at all": what was answered is kept,
    // and its alert raised, though the total cannot be given.
    for (let question = 1; question < 9; question++) {
      await vista.getByRole('button', { name: 'Siguiente' }).click();
    }
    await expect(vista.getByText('Pregunta 9 de 10')).toBeVisible();
    await vista.getByRole('radio', { name: 'Varios días' }).check({ force: true });
    await vista.getByRole('button', { name: 'Parar aquí' }).click();
    await expect(page.getByRole('heading', { name: 'Lantern está bloqueado' })).toBeVisible();
    await enter(page.getByLabel('Contraseña', { exact: true }), CASEY.password);
    await page.getByRole('button', { name: 'Iniciar sesión' }).click();
    await expect(page.getByRole('heading', { name: 'Lantern está bloqueado' })).toHaveCount(0);
    const overview = await page.evaluate(
      (clientId) =>
        (
          window as unknown as {
            lantern: {
              invoke(
                channel: string,
                input: unknown,
              ): Promise<{
                ok: boolean;
                value: {
                  results: { mode: string; status: string; answers: Record<string, number | null> }[];
                  openAlerts: { itemId: string }[];
                };
              }>;
            };
          }
        ).lantern.invoke('measures:overview', { clientId }),
      id,
    );
    expect(overview.ok).toBe(true);
    const stopped = overview.value.results[0]!;
    expect([stopped.mode, stopped.status, stopped.answers.q9, stopped.answers.q1]).toEqual([
      'client',
      'incomplete',
      1,
      null,
    ]);
    expect(overview.value.openAlerts.map((alert) => alert.itemId)).toEqual(['q9']);
  });

  test('Administration → Measures: a bad instrument file is refused with its problems; a schedule is added', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpClinic(page);
    await openAdministration(page, 'Measures');
    await expect(page.getByRole('heading', { name: 'Instruments available' })).toBeVisible();
    await expect(page.locator('.instrument-catalogue')).toContainText(
      'Patient Health Questionnaire-9 (PHQ-9)',
    );

    // The GAD-7 under a clinic id, with overlapping bands: refused, each problem named.
    const file = JSON.parse(readFileSync('resources/instruments/gad-7.json', 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    file.id = 'clinic-anxiety';
    file.bands.default[1].min = 3;
    await page.getByLabel('Instrument file (JSON)').fill(JSON.stringify(file));
    await page
      .getByRole('checkbox', { name: 'The clinic is licensed to use this instrument' })
      .check({ force: true });
    await page.getByRole('button', { name: 'Check and add' }).click();
    const problems = page.getByRole('list', { name: 'Problems found in the file' });
    await expect(problems).toContainText('bands.default.1.min: Severity bands overlap.');
    await screenshot(page, 'measures-06-admin-bad-file');

    // Fixed, it is added and listed.
    file.bands.default[1].min = 5;
    await page.getByLabel('Instrument file (JSON)').fill(JSON.stringify(file));
    await page.getByRole('button', { name: 'Check and add' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'GAD-7 was added.' })).toBeVisible();
    await expect(page.getByText('added by the clinic')).toBeVisible();

    // A schedule for every active client.
    await page.getByRole('button', { name: 'Add the schedule' }).click();
    const schedules = page.getByRole('grid', { name: 'Measurement schedules' });
    await expect(schedules).toContainText('Every active client');
    await expect(schedules).toContainText('30 days');
    await expectEveryControlNamed(page, 'admin-measures');
    await screenshot(page, 'measures-07-admin-schedules');
  });
});
