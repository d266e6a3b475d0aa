import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { invoke } from './care-plan-steps';
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

const localDate = (offsetDays = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function expectOk(answer: Promise<{ ok: boolean; value?: unknown }>, what: string) {
  const result = await answer;
  expect(result.ok, `${what}: ${JSON.stringify(result)}`).toBe(true);
  return result.value;
}

/** A signed care plan with two goals, through the bridge as the signed-in case manager. */
async function signedPlanWithTwoGoals(page: Page, clientId: string): Promise<void> {
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
          { id: randomUUID(), statement: HOUSING, clientWords: 'A place of my own' },
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
  await signOut(page);

  await firstSignIn(page, CASEY);
  const { id: clientId } = await createClientThroughBridge(page, LENA);
  await signedPlanWithTwoGoals(page, clientId);
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
  // Date, time and type already filled; the plan's two goals listed, "not addressed".
  await expect(editor.getByLabel('Contact date')).toHaveValue(localDate());
  await expect(editor.getByLabel('Start time')).toHaveValue(/^\d\d:\d\d$/);
  const housing = editor.getByRole('radiogroup', { name: new RegExp(HOUSING) });
  const crises = editor.getByRole('radiogroup', { name: new RegExp(CRISES) });
  await expect(housing.getByRole('radio', { name: 'Not addressed' })).toBeChecked();
  await expect(crises.getByRole('radio', { name: 'Not addressed' })).toBeChecked();

  await editor.getByRole('spinbutton', { name: 'Duration (minutes)' }).focus();
  await page.keyboard.type('45');
  // One keystroke per goal: 1 progress on the first, Tab, 3 setback on the second.
  await housing.getByRole('radio', { name: 'Not addressed' }).focus();
  await page.keyboard.press('1');
  await expect(housing.getByRole('radio', { name: 'Progress' })).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('3');
  await expect(crises.getByRole('radio', { name: 'Setback' })).toBeChecked();
  await expect(housing.getByRole('radio', { name: 'Progress' })).toBeChecked();

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
  await expect(page.getByRole('row').filter({ hasText: 'Draft' })).toBeVisible();
  await pressWithKeyboard(page, /^Continue the draft of/);
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

  // Signed: read only, awaiting the supervisor's co-signature.
  await pressWithKeyboard(page, 'Sign the note');
  const reader = page.getByRole('region', { name: /^Note of/ });
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

  // The writer finds the returned note with the comment, as a draft again.
  await signIn(page, CASEY.username, CASEY.password);
  await openMyNotes(page);
  const returned = page.getByRole('grid', { name: /^Returned to me/ });
  await expect(returned.getByRole('link', { name: 'Lena Park' })).toHaveCount(1);
  await returned.getByRole('link', { name: 'Lena Park' }).click();
  await expect(page.getByText('Say which flats, and when.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Note draft/ })).toBeVisible();
  await screenshot(page, 'progress-notes-08-returned');

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
});
