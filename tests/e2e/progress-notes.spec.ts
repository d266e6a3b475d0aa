import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expectOk, invoke, localDate } from './care-plan-steps';
import { CASEY, createClientThroughBridge, firstSignIn, setUpTeam, type Person } from './client-steps';
import { expect, test } from './fixtures';
import { ADMIN, enter, screenshot, signIn, signOut, tick } from './steps';

/**
 * Progress notes (issue 10): a DAP note against two plan goals written with the keyboard alone,
 * kept across a lock, signed, with an addendum; a supervisor returns one note and co-signs
 * another (the clinic asks a supervisor's co-signature of case managers' notes).
 */

const SAM: Person = {
  fullName: 'Sam Whitfield',
  username: 'sam.whitfield',
  role: 'Supervisor',
  temporaryPassword: 'lighthouse temporary 19',
  password: 'sam reads every note twice',
};
const LENA = { legalFirstName: 'Lena', legalLastName: 'Park', birthDate: '1985-09-21' };
const HOUSING = 'Move into stable housing within 3 months';
const CRISES = 'Fewer than 2 crisis calls a month';
const FLATS = 'View three flats with the housing officer';
const BENEFITS = 'Claim the housing benefit';

/** A clinic's own format (Administration → Note formats), in two versions with different sections. */
const homeCheck = (version: string, sections: string[]) =>
  JSON.stringify({
    id: 'home-check',
    version,
    name: { en: 'Home check', es: 'Visita de control' },
    sections: sections.map((id) => ({
      id,
      label: { en: id === 'seen' ? 'What I saw' : 'Safety', es: id === 'seen' ? 'Lo que vi' : 'Seguridad' },
      prompt: { en: 'In a few words.', es: 'En pocas palabras.' },
      required: false,
    })),
  });

interface SignedPlan {
  versionId: string;
  content: { needs: { goals: { statement: string }[] }[] };
}

/**
 * A signed care plan with two goals (the first with an objective), through the bridge as the
 * signed-in case manager.
 */
async function signedPlanWithTwoGoals(page: Page, clientId: string): Promise<SignedPlan> {
  const startDate = localDate();
  const plan = (await expectOk(
    invoke(page, 'carePlans:create', { clientId, startDate }),
    'plan created',
  )) as {
    draftVersionId: string;
  };
  const content = {
    startDate,
    reviewDate: localDate(90),
    needs: [
      {
        id: randomUUID(),
        text: 'Housing is not secure',
        goals: [
          {
            id: randomUUID(),
            statement: HOUSING,
            clientWords: 'A place of my own',
            objectives: [{ id: randomUUID(), text: FLATS, targetDate: localDate(30) }],
          },
          { id: randomUUID(), statement: CRISES, clientWords: 'Feel calmer' },
        ],
      },
    ],
  };
  await expectOk(
    invoke(page, 'carePlans:saveDraft', { versionId: plan.draftVersionId, content }),
    'plan saved',
  );
  await expectOk(invoke(page, 'carePlans:signAsWorker', { versionId: plan.draftVersionId }), 'plan signed');
  return { versionId: plan.draftVersionId, content };
}

/** The plan revised: the crises goal dropped, a benefits goal added; signed, so it is in force. */
async function reviseDroppingCrises(page: Page, plan: SignedPlan): Promise<void> {
  const revised = (await expectOk(
    invoke(page, 'carePlans:revise', { versionId: plan.versionId }),
    'plan revised',
  )) as { draftVersionId: string };
  const [need] = plan.content.needs;
  const content = {
    ...plan.content,
    needs: [
      {
        ...need,
        goals: [
          ...(need?.goals ?? []).filter((g) => g.statement !== CRISES),
          { id: randomUUID(), statement: BENEFITS },
        ],
      },
    ],
  };
  await expectOk(
    invoke(page, 'carePlans:saveDraft', { versionId: revised.draftVersionId, content }),
    'revision saved',
  );
  await expectOk(
    invoke(page, 'carePlans:signAsWorker', { versionId: revised.draftVersionId }),
    'revision signed',
  );
}

async function openNotesTab(page: Page, clientId: string): Promise<void> {
  await page.evaluate((id) => {
    window.location.hash = `#/clients/${id}/notes`;
  }, clientId);
  await expect(page.getByRole('heading', { name: 'Notes', level: 2 })).toBeVisible();
}

/** Presses a control with the keyboard: focus, then Enter (no mouse anywhere). */
async function pressWithKeyboard(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('button', { name }).focus();
  await page.keyboard.press('Enter');
}

async function openMyNotes(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My notes' }).click();
  await expect(page.getByRole('heading', { name: 'My notes', level: 1 })).toBeVisible();
}

test('a DAP note written with the keyboard, kept across a lock, signed, amended; a supervisor returns one and co-signs another', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY, SAM]);
  // The clinic asks a supervisor's co-signature of case managers' notes.
  await signIn(page, ADMIN.username, ADMIN.password);
  await expectOk(
    invoke(page, 'notes:saveSettings', {
      defaultFormatId: 'dap',
      lateEntryDays: 3,
      cosignRoles: ['case_manager'],
      cosignAccountIds: [],
    }),
    'note settings saved',
  );
  await expectOk(invoke(page, 'notes:addFormat', { text: homeCheck('1', ['seen']) }), 'format added');
  await signOut(page);

  await firstSignIn(page, CASEY);
  const { id: clientId } = await createClientThroughBridge(page, LENA);
  const plan = await signedPlanWithTwoGoals(page, clientId);
  await expectOk(
    invoke(page, 'notes:savePhrase', {
      scope: 'mine',
      shortcut: 'hv',
      title: 'Home visit',
      text: 'Home visit: Lena was at home and let me in.',
    }),
    'phrase saved',
  );

  // New note, in the clinic's default format (DAP), by keyboard.
  await openNotesTab(page, clientId);
  await expect(page.getByRole('button', { name: /Format/ })).toContainText('DAP');
  await pressWithKeyboard(page, 'New note');
  const editor = page.getByRole('region', { name: /^Note draft/ });
  await expect(editor).toBeVisible();
  await expect(page).toHaveURL(/notes\?note=/);
  // Date, time and type already filled; the plan's two goals listed, "not addressed", the
  // objective under its goal; the note's own format version, so no word about another.
  await expect(editor.getByLabel('Contact date')).toHaveValue(localDate());
  await expect(editor.getByLabel('Start time')).toHaveValue(/^\d\d:\d\d$/);
  await expect(page.getByRole('note').filter({ hasText: 'format' })).toHaveCount(0);
  const housing = editor.getByRole('radiogroup', { name: new RegExp(`^Goal: ${HOUSING}`) });
  const flats = editor.getByRole('radiogroup', { name: new RegExp(`^Objective: ${FLATS}`) });
  const crises = editor.getByRole('radiogroup', { name: new RegExp(`^Goal: ${CRISES}`) });
  await expect(editor.getByRole('radiogroup')).toHaveCount(3);
  const rows = editor.locator('.note-addressed-list > li');
  await expect(rows.nth(1)).toHaveClass(/note-addressed-objective/);
  await expect(rows.nth(1)).toContainText(FLATS);
  const indent = async (n: number) => (await rows.nth(n).boundingBox())?.x ?? 0;
  expect(await indent(1)).toBeGreaterThan(await indent(0));
  for (const item of [housing, flats, crises])
    await expect(item.getByRole('radio', { name: 'Not addressed' })).toBeChecked();
  await expect(editor.getByRole('button', { name: /^Remove/ })).toHaveCount(0);

  await editor.getByRole('spinbutton', { name: 'Duration (minutes)' }).focus();
  await page.keyboard.type('45');
  // One keystroke per item: 1 progress on the first goal, Tab, 2 no change on its objective,
  // Tab, 3 setback on the second goal.
  await housing.getByRole('radio', { name: 'Not addressed' }).focus();
  await page.keyboard.press('1');
  await expect(housing.getByRole('radio', { name: 'Progress' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('2');
  await expect(flats.getByRole('radio', { name: 'No change' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await expect(crises.getByRole('radio', { name: 'Setback' })).toBeChecked();
  await expect(housing.getByRole('radio', { name: 'Progress' })).toBeChecked();
  await expect(flats.getByRole('radio', { name: 'No change' })).toBeChecked();

  // Signing with the sections empty is refused at the sections, the focus on the first.
  await pressWithKeyboard(page, 'Sign the note');
  const data = editor.getByRole('textbox', { name: /^Data/ });
  await expect(data).toHaveAttribute('aria-invalid', 'true');
  await expect(data).toBeFocused();
  await screenshot(page, 'progress-notes-01-refused');

  // The sections by keyboard; ";hv" then Tab inserts the saved phrase.
  await page.keyboard.type('Seen at home. ;hv');
  await page.keyboard.press('Tab');
  await expect(data).toHaveValue('Seen at home. Home visit: Lena was at home and let me in.');
  await expect(data).toBeFocused();
  await page.keyboard.type(' She has two flats to view on Friday.');
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('textbox', { name: /^Assessment/ })).toBeFocused();
  await page.keyboard.type('Motivated; the lease costs worry her.');
  await expect(editor.getByTestId('note-autosave')).toHaveText(/^Saved \d/);
  await screenshot(page, 'progress-notes-02-draft');

  // Lock mid-note, the last words typed a moment before.
  await page.keyboard.press('Tab');
  await expect(editor.getByRole('textbox', { name: /^Plan/ })).toBeFocused();
  await page.keyboard.type('Call the housing office on Tuesday.');
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
  await expect(page.getByText('Call the housing office')).toHaveCount(0);

  // After unlocking, the client's notes show the draft as it was left.
  await signIn(page, CASEY.username, CASEY.password);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await openNotesTab(page, clientId);
  // The row as it settles (the format's name comes with the formats): a button re-rendered
  // between focus and Enter would take the keystroke with it.
  await expect(page.getByRole('row').filter({ hasText: 'Draft' })).toContainText('DAP (Data');
  // The row's button names the note by its date and time, so two of one day differ.
  await pressWithKeyboard(page, /^Continue the draft of .+ \d\d:\d\d \(Face to face\)$/);
  const reopened = page.getByRole('region', { name: /^Note draft/ });
  await expect(reopened.getByRole('textbox', { name: /^Plan/ })).toHaveValue(
    'Call the housing office on Tuesday.',
  );
  await expect(reopened.getByRole('textbox', { name: /^Assessment/ })).toHaveValue(
    'Motivated; the lease costs worry her.',
  );
  await expect(
    reopened.getByRole('radiogroup', { name: new RegExp(CRISES) }).getByRole('radio', { name: 'Setback' }),
  ).toBeChecked();

  // Signed: read only, awaiting the supervisor's co-signature; the focus on the reader's title
  // (the button it was on is gone), the objective under its goal, named so.
  await pressWithKeyboard(page, 'Sign the note');
  const reader = page.getByRole('region', { name: /^Note of/ });
  await expect(reader.getByRole('heading', { name: /^Note of/ })).toBeFocused();
  await expect(reader.locator('.note-addressed-read > li').nth(1)).toHaveText(
    `Objective: ${FLATS} — No change`,
  );
  await expect(reader).toContainText('Awaiting co-signature');
  await expect(reader).toContainText(`Signed by ${CASEY.fullName}`);
  await expect(reader).toContainText('Progress');
  await expect(page.getByRole('textbox', { name: /^Plan/ })).toHaveCount(0);

  // An addendum, by keyboard: the note itself untouched.
  await pressWithKeyboard(page, 'Add addendum');
  const dialog = page.getByRole('dialog', { name: 'Add an addendum' });
  await expect(dialog.getByRole('textbox', { name: 'Addendum' })).toBeFocused();
  await page.keyboard.type('She called back: the Friday viewing moved to Monday.');
  await pressWithKeyboard(page, 'Sign the addendum');
  await expect(dialog).toBeHidden();
  await expect(reader).toContainText('1 addendum');
  await expect(reader).toContainText('the Friday viewing moved to Monday');
  await expect(reader).toContainText(CASEY.fullName);
  await expect(reader).toContainText('Call the housing office on Tuesday.');
  await screenshot(page, 'progress-notes-03-signed-with-addendum');

  // A second note, "same as last time" (the contact details, never the text), signed.
  await tick(page.getByRole('checkbox', { name: 'Same as last time' }));
  await pressWithKeyboard(page, 'New note');
  const second = page.getByRole('region', { name: /^Note draft/ });
  await expect(second.getByRole('spinbutton', { name: 'Duration (minutes)' })).toHaveValue('45');
  await expect(second.getByRole('textbox', { name: /^Data/ })).toHaveValue('');
  await enter(second.getByRole('textbox', { name: /^Data/ }), 'Phone check-in about the viewing.');
  await enter(second.getByRole('textbox', { name: /^Assessment/ }), 'Calmer than last week.');
  // Ctrl+Space opens the saved phrases; Enter inserts the one chosen at the caret.
  await second.getByRole('textbox', { name: /^Plan/ }).focus();
  await page.keyboard.type('Visit after the viewing. ');
  await page.keyboard.press('Control+Space');
  const picker = page.getByRole('dialog', { name: 'Insert a saved phrase' });
  await expect(picker.getByRole('option', { name: /Home visit/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(second.getByRole('textbox', { name: /^Plan/ })).toHaveValue(
    'Visit after the viewing. Home visit: Lena was at home and let me in.',
  );
  await expect(second.getByRole('textbox', { name: /^Plan/ })).toBeFocused();
  await second.getByRole('button', { name: 'Sign the note' }).click();
  await expect(page.getByRole('region', { name: /^Note of/ })).toContainText('Awaiting co-signature');
  await signOut(page);

  // The supervisor: two notes wait; one returned with a comment, the other co-signed.
  await firstSignIn(page, SAM);
  await openMyNotes(page);
  const awaiting = page.getByRole('grid', { name: /^Awaiting my co-signature/ });
  await expect(awaiting.getByRole('link', { name: 'Lena Park' })).toHaveCount(2);
  await screenshot(page, 'progress-notes-04-awaiting');
  await awaiting.getByRole('link', { name: 'Lena Park' }).first().click();
  const toReturn = page.getByRole('region', { name: /^Note of/ });
  await toReturn.getByRole('button', { name: 'Return to writer' }).click();
  const returnDialog = page.getByRole('dialog', { name: 'Return the note to its writer' });
  await enter(
    returnDialog.getByRole('textbox', { name: 'Comment for the writer' }),
    'Say which flats, and when.',
  );
  await returnDialog.getByRole('button', { name: 'Return the note' }).click();
  await expect(returnDialog).toBeHidden();
  await expect(page.getByText('The note was returned to its writer.')).toBeVisible();

  await openMyNotes(page);
  await expect(awaiting.getByRole('link', { name: 'Lena Park' })).toHaveCount(1);
  await awaiting.getByRole('link', { name: 'Lena Park' }).click();
  const toCosign = page.getByRole('region', { name: /^Note of/ });
  await toCosign.getByRole('button', { name: 'Co-sign' }).click();
  await expect(toCosign).toContainText(`Co-signed by ${SAM.fullName}`);
  await expect(toCosign).toContainText('Signed');
  await screenshot(page, 'progress-notes-05-cosigned');

  // The same note in Spanish.
  await page.getByRole('button', { name: 'My account' }).click();
  await page.getByRole('menuitemradio', { name: 'Español' }).click();
  await expect(page.getByRole('region', { name: /^Nota del/ })).toContainText(
    'Firmada también por el supervisor',
  );
  await screenshot(page, 'progress-notes-06-cosigned-es');
  await page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Mis notas' }).click();
  await expect(page.getByRole('heading', { name: 'Mis notas', level: 1 })).toBeVisible();
  await screenshot(page, 'progress-notes-07-my-notes-es');
  await page.getByRole('button', { name: 'Mi cuenta' }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'My notes', level: 1 })).toBeVisible();
  await signOut(page);

  // Meanwhile the plan was revised: the crises goal dropped, a benefits goal added.
  await signIn(page, CASEY.username, CASEY.password);
  await reviseDroppingCrises(page, plan);

  // The writer finds the returned note with the comment, as a draft again.
  await openMyNotes(page);
  const returned = page.getByRole('grid', { name: /^Returned to me/ });
  await expect(returned.getByRole('link', { name: 'Lena Park' })).toHaveCount(1);
  await returned.getByRole('link', { name: 'Lena Park' }).click();
  await expect(page.getByText('Say which flats, and when.')).toBeVisible();
  const rewrite = page.getByRole('region', { name: /^Note draft/ });
  await expect(rewrite).toBeVisible();
  // Its rows follow the plan in force: the dropped goal said so, with its mark; the new one offered.
  const dropped = rewrite.getByRole('radiogroup', { name: new RegExp(CRISES) });
  await expect(dropped).toContainText('No longer on the care plan');
  await expect(dropped.getByRole('radio', { name: 'Setback' })).toBeChecked();
  const benefits = rewrite.getByRole('radiogroup', { name: new RegExp(`^Goal: ${BENEFITS}`) });
  await expect(benefits.getByRole('radio', { name: 'Not addressed' })).toBeChecked();
  await expect(benefits).not.toContainText('No longer on the care plan');
  await expect(
    rewrite.getByRole('radiogroup', { name: new RegExp(HOUSING) }).getByRole('radio', { name: 'Progress' }),
  ).toBeChecked();
  // The signed version's addenda and actions stay in view while the note is rewritten.
  const signedVersion = page.getByRole('region', { name: 'The signed version' });
  await expect(signedVersion).toContainText('the Friday viewing moved to Monday');
  await expect(signedVersion.getByRole('button', { name: 'Mark entered in error' })).toBeVisible();
  await screenshot(page, 'progress-notes-08-returned');
  // Removed by keyboard, its button naming the goal; the focus goes on to the next row.
  await pressWithKeyboard(page, `Remove goal “${CRISES}” from this note`);
  await expect(dropped).toHaveCount(0);
  await expect(benefits.getByRole('radio', { name: 'Not addressed' })).toBeFocused();
  await expect(rewrite.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  await expect(rewrite.getByTestId('note-autosave')).toHaveText(/^Saved \d/);
  await screenshot(page, 'progress-notes-08b-plan-revised');
  // Signed again: the stale row gone, main accepts it (the co-signature is asked again).
  await pressWithKeyboard(page, 'Sign the note');
  await expect(page.getByRole('region', { name: /^Note of/ })).toContainText('Awaiting co-signature');

  // The co-signed note marked entered in error: still readable, struck through in the list.
  await openNotesTab(page, clientId);
  await page
    .getByRole('row')
    .filter({ hasText: 'Signed' })
    .getByRole('button', { name: /^Read the note/ })
    .click();
  await page.getByRole('button', { name: 'Mark entered in error' }).click();
  const inError = page.getByRole('alertdialog', { name: 'Mark this note entered in error' });
  await enter(inError.getByRole('textbox', { name: 'Reason' }), 'Written in the wrong client’s file.');
  await inError.getByRole('button', { name: 'Mark entered in error' }).click();
  await expect(inError).toBeHidden();
  const struck = page.getByRole('row').filter({ hasText: 'Entered in error' });
  await expect(struck).toBeVisible();
  await expect(struck.locator('.note-struck').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(page.getByRole('region', { name: /^Note of/ })).toContainText(
    `Marked entered in error by ${CASEY.fullName}`,
  );
  await expect(page.getByRole('region', { name: /^Note of/ })).toContainText('Visit after the viewing.');
  await screenshot(page, 'progress-notes-09-entered-in-error');

  // A draft in the clinic's own format, which the clinic then revises: the editor says the
  // version the draft names is no longer listed, and shows the newest one's sections.
  const started = (await expectOk(
    invoke(page, 'notes:start', { clientId, formatId: 'home-check' }),
    'note started',
  )) as { id: string };
  await signOut(page);
  await signIn(page, ADMIN.username, ADMIN.password);
  await expectOk(
    invoke(page, 'notes:addFormat', { text: homeCheck('2', ['seen', 'safety']) }),
    'format revised',
  );
  await signOut(page);
  await signIn(page, CASEY.username, CASEY.password);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.evaluate(
    ({ client, note }) => {
      window.location.hash = `#/clients/${client}/notes?note=${note}`;
    },
    { client: clientId, note: started.id },
  );
  const homeDraft = page.getByRole('region', { name: 'Note draft (Home check)' });
  await expect(homeDraft).toBeVisible();
  await expect(page.getByRole('note')).toContainText(
    'This note was written in version 1 of the Home check format, which is no longer listed; its sections are shown as in version 2.',
  );
  await expect(homeDraft.getByRole('textbox', { name: /^Safety/ })).toBeVisible();
  await screenshot(page, 'progress-notes-10-format-version');
});
