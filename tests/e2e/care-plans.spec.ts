import type { Locator, Page } from '@playwright/test';
import { CASEY, choose, createClientThroughBridge, firstSignIn, setUpTeam } from './client-steps';
import { expect, test } from './fixtures';
import { ADMIN, enter, openAdministration, screenshot, signIn, signOut, tick } from './steps';
import { invoke, storedNeeds } from './care-plan-steps';

/** Care plans (issue 9): a template, a plan from it, worker and client signatures, version 2 and the diff. */

const ANA = { legalFirstName: 'Ana', legalLastName: 'Diaz', birthDate: '1990-05-02' };

async function addGoal(page: Page, need: Locator, n: string, statement: string, words: string) {
  await need.getByRole('button', { name: `Add a goal to Need ${n.split('.')[0]}` }).click();
  const goal = page.getByRole('group', { name: `Goal ${n}` });
  await enter(goal.getByRole('textbox', { name: "Goal in the client's words" }), words);
  await enter(goal.getByRole('textbox', { name: 'Measurable goal' }), statement);
  return goal;
}

async function buildTemplate(page: Page): Promise<void> {
  await signIn(page, ADMIN.username, ADMIN.password);
  await openAdministration(page, 'Plan templates');
  await page.getByRole('button', { name: 'New template' }).click();
  await enter(page.getByRole('textbox', { name: 'Template name' }), 'Mood and sleep');
  await page.getByRole('button', { name: 'Add a need' }).click();
  const need = page.getByRole('group', { name: 'Need 1' });
  await enter(need.getByRole('textbox', { name: 'Need or problem' }), 'Low mood most days');
  const mood = await addGoal(page, need, '1.1', 'PHQ-9 below 10', 'I want to feel like myself again');
  await tick(mood.getByRole('checkbox', { name: 'Follow this goal with a standardized measure' }));
  await mood.getByRole('button', { name: 'Add an objective to Goal 1.1' }).click();
  await enter(
    page.getByRole('group', { name: 'Objective 1.1.1' }).getByRole('textbox', { name: 'Objective' }),
    'Attend weekly therapy for 8 weeks',
  );
  await addGoal(page, need, '1.2', 'Sleep 7 hours 5 nights a week', 'Sleep better');
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Template “Mood and sleep” saved.' }),
  ).toBeVisible();
  await screenshot(page, 'care-plans-01-template');
  await signOut(page);
}

/** Draws a short zigzag in the signature box with the mouse, as a person would. */
async function drawSignature(page: Page): Promise<void> {
  const canvas = page.getByRole('img', { name: /Signature box/ });
  const box = await canvas.boundingBox();
  if (!box) throw new Error('the signature box is on screen');
  await page.mouse.move(box.x + 30, box.y + 100);
  await page.mouse.down();
  for (const [x, y] of [
    [80, 40],
    [130, 120],
    [180, 50],
    [230, 110],
    [300, 60],
  ] as const)
    await page.mouse.move(box.x + x, box.y + y, { steps: 6 });
  await page.mouse.up();
}

test('a care plan from a template: signed by worker and client, revised into version 2 with its diff', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await buildTemplate(page);

  await firstSignIn(page, CASEY);
  const { id } = await createClientThroughBridge(page, ANA);
  await page.evaluate((clientId) => {
    window.location.hash = `#/clients/${clientId}/care-plan`;
  }, id);
  await expect(page.getByRole('heading', { name: 'Start a care plan' })).toBeVisible();
  await choose(page, /Template$/, 'Mood and sleep');
  await page.getByRole('button', { name: 'Start the care plan' }).click();

  // The draft from the template: two goals, the first followed by the PHQ-9.
  const editor = page.getByRole('region', { name: 'Draft of version 1' });
  await expect(editor.getByRole('group', { name: 'Goal 1.2' })).toBeVisible();
  await expect(
    editor.getByRole('group', { name: 'Goal 1.1' }).getByRole('checkbox', { name: /standardized measure/ }),
  ).toBeChecked();
  await enter(
    editor
      .getByRole('group', { name: 'Goal 1.1' })
      .getByRole('textbox', { name: "Goal in the client's words" }),
    'I want to enjoy cooking again',
  );
  await expect(editor.getByText(/^Draft saved at /)).toBeVisible();
  // A change the draft cannot keep (over its length) is said at the box, and "Not saved".
  const words = editor
    .getByRole('group', { name: 'Goal 1.1' })
    .getByRole('textbox', { name: "Goal in the client's words" });
  await enter(words, 'x'.repeat(1001));
  await expect(editor.getByText(/^Not saved: correct the marked boxes/)).toBeVisible();
  await expect(words).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByText('This is too long.')).toBeVisible();
  await enter(words, 'I want to enjoy cooking again');
  await expect(editor.getByText(/^Draft saved at /)).toBeVisible();
  await expect(words).not.toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'care-plans-02-draft');
  await editor.getByRole('button', { name: 'Sign as case manager' }).click();

  const current = page.getByRole('region', { name: 'Version 1 in force' });
  await expect(current).toContainText('PHQ-9 below 10');
  await expect(page.getByTestId('plan-summary')).toContainText('Waiting for the client');

  // The client signs on the screen with the mouse.
  const agreement = page.getByRole('region', { name: "The client's agreement" });
  await agreement.getByRole('radio', { name: 'Signed on the screen' }).check({ force: true });
  await expect(agreement).toContainText('Using a keyboard or a screen reader? Choose “Typed name”');
  await drawSignature(page);
  // Drawn or typed, the client confirms the statement first.
  await agreement.getByRole('button', { name: "Record the client's agreement" }).click();
  await expect(agreement.getByRole('alert')).toContainText('Tick the box');
  await agreement
    .getByRole('checkbox', { name: 'The client confirms the statement above' })
    .check({ force: true });
  await agreement.getByRole('button', { name: "Record the client's agreement" }).click();
  await expect(page.getByTestId('plan-summary')).toContainText('In force');
  await expect(current.getByRole('img', { name: 'Signature drawn by Ana Diaz' })).toBeVisible();
  await expect(current).toContainText('Case manager: Casey Morgan');
  await screenshot(page, 'care-plans-03-signed');

  // Version 2: the sleep goal achieved, a new goal added.
  await current.getByRole('button', { name: 'Revise (start a new version)' }).click();
  const v2 = page.getByRole('region', { name: 'Draft of version 2' });
  const sleep = v2.getByRole('group', { name: 'Goal 1.2' });
  await choose(sleep, /Status$/, 'Achieved');
  await addGoal(page, v2.getByRole('group', { name: 'Need 1' }), '1.3', 'Walk 20 minutes daily', 'Move more');
  await v2.getByRole('button', { name: 'Sign as case manager' }).click();
  await expect(page.getByRole('region', { name: 'Version 2 in force' })).toBeVisible();

  const versions = page.getByRole('region', { name: 'Versions' });
  const diff = versions.getByRole('list', { name: 'Differences between versions' });
  await expect(diff).toContainText('Goal “Sleep 7 hours 5 nights a week”: Not started → Achieved');
  await expect(diff).toContainText('Goal “Walk 20 minutes daily”');
  await screenshot(page, 'care-plans-04-diff-en');

  // The same screen in Spanish.
  await page.getByRole('button', { name: 'My account' }).click();
  await page.getByRole('menuitemradio', { name: 'Español' }).click();
  const diferencias = page.getByRole('list', { name: 'Diferencias entre versiones' });
  await expect(diferencias).toContainText('Objetivo «Sleep 7 hours 5 nights a week»: Sin empezar → Logrado');
  await screenshot(page, 'care-plans-05-diff-es');
  await page.getByRole('region', { name: 'Versión 2 vigente' }).scrollIntoViewIfNeeded();
  await screenshot(page, 'care-plans-06-plan-es');
});

/** What the bridge answers, as far as this test reads it. */
interface Answer {
  ok: boolean;
  value?: { draftVersionId: string; plan: { versions: { content: { needs: unknown[] } }[] } };
  error?: { code: string; details?: Record<string, unknown> };
}

test('a signed plan refuses changes through invoke with a typed error', async ({ lantern }) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const { id } = await createClientThroughBridge(page, ANA);
  // A plan that began a month ago, reviewed in two months (signing refuses a review date passed).
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const dates = { startDate: day(-30), reviewDate: day(60) };
  const outcome = await page.evaluate(
    async ({ clientId, dates }) => {
      const { lantern: bridge } = window as unknown as {
        lantern: {
          invoke(channel: string, input: unknown): Promise<Answer>;
        };
      };
      const created = await bridge.invoke('carePlans:create', { clientId, startDate: dates.startDate });
      const versionId = created.value?.draftVersionId as string;
      const needs = [
        { id: 'n1', text: 'Housing', goals: [{ id: 'g1', statement: 'Stable housing by spring' }] },
      ];
      await bridge.invoke('carePlans:saveDraft', {
        versionId,
        content: { ...dates, needs },
      });
      await bridge.invoke('carePlans:signAsWorker', { versionId });
      const changed = await bridge.invoke('carePlans:saveDraft', {
        versionId,
        content: { ...dates, needs: [] },
      });
      const read = await bridge.invoke('carePlans:get', { clientId });
      return { changed, needs: read.value?.plan.versions[0]?.content.needs.length };
    },
    { clientId: id, dates },
  );
  expect(outcome.changed.ok).toBe(false);
  expect(outcome.changed.error).toMatchObject({
    code: 'wrong_state',
    details: { problem: 'version_not_draft' },
  });
  expect(outcome.needs).toBe(1);
});

test('a need handed over from an assessment joins the new plan, keeping where it came from', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const { id } = await createClientThroughBridge(page, ANA);
  const assessmentId = '018f5e7a-0000-7000-8000-0000000000aa';
  // What the assessment screen does: navigate to the tab with the handoff in the router's state.
  await page.evaluate(
    ({ clientId, need }) => {
      const state = { usr: { addNeed: need }, key: 'handoff', idx: window.history.length };
      window.history.pushState(state, '', `#/clients/${clientId}/care-plan`);
      window.dispatchEvent(new PopStateEvent('popstate', { state }));
    },
    { clientId: id, need: { text: 'Housing is unstable', assessmentId } },
  );
  await expect(
    page.getByText('“Housing is unstable” from the assessment will be added to the new plan.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Start the care plan' }).click();
  const need = page
    .getByRole('region', { name: 'Draft of version 1' })
    .getByRole('group', { name: 'Need 1' });
  await expect(need.getByRole('textbox', { name: 'Need or problem' })).toHaveValue('Housing is unstable');
  await expect(need).toContainText("From the client's assessment.");
  await expect(page.getByText(/^Draft saved at /)).toBeVisible();
  const saved = await page.evaluate(async (clientId) => {
    const { lantern: bridge } = window as unknown as {
      lantern: {
        invoke(
          channel: string,
          input: unknown,
        ): Promise<{
          value: { plan: { versions: { content: { needs: { fromAssessment: string | null }[] } }[] } };
        }>;
      };
    };
    return (await bridge.invoke('carePlans:get', { clientId })).value.plan.versions[0]?.content.needs[0]
      ?.fromAssessment;
  }, id);
  expect(saved).toBe(assessmentId);
});

test('a goal linked to the PHQ-9 shows the latest score against its target; a Part 2 need is marked', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const { id } = await createClientThroughBridge(page, ANA);
  const phq9 = (...values: number[]) => Object.fromEntries(values.map((v, i) => [`q${i + 1}`, v]));
  const given = await invoke(page, 'measures:give', {
    clientId: id,
    instrumentId: 'phq-9',
    mode: 'office',
    answers: phq9(2, 2, 2, 2, 2, 2, 1, 1, 0), // 14
  });
  expect(given.ok, 'the PHQ-9 was given').toBe(true);
  await page.evaluate((clientId) => {
    window.location.hash = `#/clients/${clientId}/care-plan`;
  }, id);
  await page.getByRole('button', { name: 'Start the care plan' }).click();
  const editor = page.getByRole('region', { name: 'Draft of version 1' });
  await editor.getByRole('button', { name: 'Add a need' }).click();
  const mood = editor.getByRole('group', { name: 'Need 1' });
  await enter(mood.getByRole('textbox', { name: 'Need or problem' }), 'Low mood most days');
  const goal = await addGoal(page, mood, '1.1', 'PHQ-9 below 10 by June', 'Feel like myself again');
  await tick(goal.getByRole('checkbox', { name: 'Follow this goal with a standardized measure' }));
  // The picker lists the clinic's catalogue (measures:instruments), not a list of its own.
  await goal.getByRole('button', { name: /Measure$/ }).click();
  for (const name of ['PHQ-9', 'GAD-7', 'PCL-5', 'AUDIT-C'])
    await expect(page.getByRole('option', { name, exact: true })).toBeVisible();
  await page.getByRole('option', { name: 'PHQ-9', exact: true }).click();

  await editor.getByRole('button', { name: 'Add a need' }).click();
  const drinking = editor.getByRole('group', { name: 'Need 2' });
  await enter(drinking.getByRole('textbox', { name: 'Need or problem' }), 'Drinking most evenings');
  await tick(drinking.getByRole('checkbox', { name: /This need is about substance use/ }));
  await addGoal(page, drinking, '2.1', 'Two alcohol-free days a week', 'Drink less');
  await expect(editor.getByText(/^Draft saved at /)).toBeVisible();
  await editor.getByRole('button', { name: 'Sign as case manager' }).click();

  const current = page.getByRole('region', { name: 'Version 1 in force' });
  const measure = current.getByTestId('goal-measure');
  await expect(measure).toContainText(/PHQ-9 below 10 — latest score 14 \(.+\) not met yet/);
  await expect(current.getByRole('heading', { name: /Need 2: Drinking most evenings/ })).toContainText(
    'Part 2',
  );

  // A new score given in the office: the plan follows it (measures:give makes carePlans:get stale).
  await page.getByRole('tab', { name: 'Measures' }).click();
  await choose(page, /Measure$/, 'Patient Health Questionnaire-9 (PHQ-9)');
  await page.getByRole('button', { name: 'Give in the office' }).click();
  const office = page.getByRole('dialog', { name: 'Patient Health Questionnaire-9 (PHQ-9)' });
  for (let item = 1; item <= 9; item++) {
    const question = office.getByRole('radiogroup', { name: new RegExp(`^${item}\\. `) });
    const answer = item === 9 ? /^Not at all/ : /^Several days/;
    await question.getByRole('radio', { name: answer }).check({ force: true });
  }
  await office.getByRole('button', { name: 'Save the answers' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Measure saved. Score: 8.' })).toBeVisible();
  await page.getByRole('tab', { name: 'Care plan' }).click();
  await expect(measure).toContainText(/latest score 8 \(.+\) target met/);
  await screenshot(page, 'care-plans-07-linked-measure-en');
  await page.getByRole('button', { name: 'My account' }).click();
  await page.getByRole('menuitemradio', { name: 'Español' }).click();
  const vigente = page.getByRole('region', { name: 'Versión 1 vigente' });
  await expect(vigente.getByTestId('goal-measure')).toContainText(
    /última puntuación 8 \(.+\) meta alcanzada/,
  );
  await expect(vigente).toContainText('Parte 2');
  await screenshot(page, 'care-plans-08-linked-measure-es');
  expect((await storedNeeds(page, id)).map((n) => n.part2)).toEqual([false, true]);
});

test('the plan draft saves every few seconds while typing and survives a lock', async ({ lantern }) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const { id } = await createClientThroughBridge(page, ANA);
  await page.evaluate((clientId) => {
    window.location.hash = `#/clients/${clientId}/care-plan`;
  }, id);
  await page.getByRole('button', { name: 'Start the care plan' }).click();
  const editor = page.getByRole('region', { name: 'Draft of version 1' });
  await editor.getByRole('button', { name: 'Add a need' }).click();
  const box = editor.getByRole('group', { name: 'Need 1' }).getByRole('textbox', { name: 'Need or problem' });

  // Typing without a pause for ~6 seconds: the draft in main already holds part of it.
  const text = 'Behind on rent since the spring, eviction hearing set';
  await box.click();
  const typing = box.pressSequentially(text, { delay: 120 });
  await expect
    .poll(async () => (await storedNeeds(page, id))[0]?.text ?? '', { timeout: 5_000, intervals: [250] })
    .toMatch(/^Behind/);
  const midway = (await storedNeeds(page, id))[0]?.text ?? '';
  await typing;
  expect(midway.length, 'saved while typing, before the end').toBeLessThan(text.length);
  await expect(editor.getByRole('status').filter({ hasText: /^Draft saved at / })).toBeVisible();

  // Locked (as the idle timer does): the draft is in the database; reopening shows it.
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
  await signIn(page, CASEY.username, CASEY.password);
  await page.evaluate((clientId) => {
    window.location.hash = `#/clients/${clientId}/care-plan`;
  }, id);
  await expect(
    page
      .getByRole('region', { name: 'Draft of version 1' })
      .getByRole('group', { name: 'Need 1' })
      .getByRole('textbox', { name: 'Need or problem' }),
  ).toHaveValue(text);
  expect((await storedNeeds(page, id))[0]?.text).toBe(text);
});
