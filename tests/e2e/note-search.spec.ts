import type { Page } from '@playwright/test';
import {
  CASEY,
  DEE,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { screenshot, signOut } from './steps';
import { invoke } from './care-plan-steps';

/** Note search (issue 10): notes signed through the bridge, found by their words with the keyboard only. */

const yesterday = () => {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** A DAP note started, saved and signed through the bridge (notes:start → saveDraft → sign). */
async function signNoteThroughBridge(
  page: Page,
  clientId: string,
  data: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const started = await invoke(page, 'notes:start', { clientId, formatId: 'dap' });
  expect(started.ok, 'the note was started').toBe(true);
  const note = started.value as { id: string; current: { id: string } };
  const saved = await invoke(page, 'notes:saveDraft', {
    versionId: note.current.id,
    content: {
      formatId: 'dap',
      formatVersion: '1',
      contactDate: yesterday(),
      startTime: '10:00',
      durationMinutes: 45,
      contactType: 'home_visit',
      sections: [
        { id: 'data', text: data },
        { id: 'assessment', text: 'Engaged and calm.' },
        { id: 'plan', text: 'Visit again next week.' },
      ],
      ...extra,
    },
  });
  expect(saved.ok, 'the draft was saved').toBe(true);
  const signed = await invoke(page, 'notes:sign', { versionId: note.current.id });
  expect(signed.ok, `the note was signed: ${JSON.stringify(signed)}`).toBe(true);
  return note.id;
}

async function pressUntilFocused(page: Page, key: string, target: ReturnType<Page['getByRole']>) {
  for (let step = 0; step < 40; step++) {
    if (await target.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('the control was never reached with the keyboard');
}

test('a worker finds signed notes by their words, keyboard only, within what they may read; in English and Spanish', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY, DEE]);

  // Dee's client, not Casey's: its note holds the same words and must never show for Casey.
  await firstSignIn(page, DEE);
  const bo = await createClientThroughBridge(page, {
    legalFirstName: 'Bo',
    legalLastName: 'Other',
    birthDate: '1975-02-02',
  });
  await signNoteThroughBridge(page, bo.id, 'Talked about the eviction and the landlord at length.');
  await signOut(page);

  await firstSignIn(page, CASEY);
  const ana = await createClientThroughBridge(page, {
    legalFirstName: 'Ana',
    legalLastName: 'Diaz',
    birthDate: '1990-05-02',
  });
  const first = await signNoteThroughBridge(
    page,
    ana.id,
    'Ana brought the eviction notice; we called the landlord together.',
  );
  const part2 = await signNoteThroughBridge(
    page,
    ana.id,
    'Methadone dose review; the landlord knows nothing of it.',
    { part2: true },
  );
  const wrong = await signNoteThroughBridge(
    page,
    ana.id,
    'Meeting with the landlord, written for the wrong client.',
  );
  expect(
    (
      await invoke(page, 'notes:addAddendum', {
        noteId: first,
        text: 'The landlord agreed to wait until May.',
      })
    ).ok,
  ).toBe(true);
  expect((await invoke(page, 'notes:markEnteredInError', { noteId: wrong, reason: 'Wrong client' })).ok).toBe(
    true,
  );
  // A draft is never found.
  expect((await invoke(page, 'notes:start', { clientId: ana.id, formatId: 'dap' })).ok).toBe(true);

  // To the page by the keyboard: the nav link, then the words and Enter.
  const navLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search notes' });
  await navLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Search notes', level: 1 })).toBeVisible();
  const box = page.getByRole('textbox', { name: 'Words to find' });
  await pressUntilFocused(page, 'Tab', box);
  await page.keyboard.type('landlord');
  await page.keyboard.press('Enter');

  const results = page.getByRole('region', { name: 'Results' });
  const hits = results.getByRole('listitem');
  await expect(hits).toHaveCount(4);
  await expect(results.getByText('Bo Other')).toHaveCount(0);
  await expect(results.locator('mark').first()).toHaveText('landlord');
  await expect(results.getByText('Part 2')).toHaveCount(1);
  await expect(results.getByText('In an addendum')).toHaveCount(1);
  await expect(results.getByText('Entered in error')).toHaveCount(1);
  await expect(page.locator('.note-hit-in-error')).toHaveCount(1);
  await expectEveryControlNamed(page, 'note search');
  await screenshot(page, 'note-search-01-results');

  // A phrase, as written; the address holds the search.
  await box.fill('"eviction notice"');
  await page.keyboard.press('Enter');
  await expect(hits).toHaveCount(1);
  await expect(results.locator('mark')).toHaveText(['eviction notice']);
  expect(page.url()).toContain('q=%22eviction+notice%22');

  // The hit opens the note in the client's file, from the keyboard.
  const link = results.getByRole('link', { name: /Ana Diaz/ });
  await pressUntilFocused(page, 'Tab', link);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/clients/${ana.id}/notes\\?note=${first}`));

  // Straight from an address: one client's notes, ?q= run at once, and the filter cleared by keyboard.
  await page.evaluate(
    ([clientId]) => {
      window.location.hash = `#/notes/search?client=${clientId}&q=landlord`;
    },
    [ana.id],
  );
  await expect(page.getByText('Only the notes of Ana Diaz.')).toBeVisible();
  await expect(hits).toHaveCount(4);
  const clear = page.getByRole('button', { name: 'Search all my clients' });
  await clear.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Only the notes of Ana Diaz.')).toHaveCount(0);
  await expect(hits).toHaveCount(4);
  expect(part2).toBeTruthy();

  // Punctuation and FTS syntax are only words: no hit, no crash.
  await box.fill('landlord" OR *');
  await page.keyboard.press('Enter');
  await expect(results.getByText('No signed note matches these words.')).toBeVisible();

  // In Spanish: the account menu by keyboard.
  const account = page.getByRole('button', { name: 'My account' });
  await account.focus();
  await page.keyboard.press('Enter');
  const spanish = page.getByRole('menuitemradio', { name: 'Español' });
  await pressUntilFocused(page, 'ArrowDown', spanish);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Buscar en notas', level: 1 })).toBeVisible();
  const palabras = page.getByRole('textbox', { name: 'Palabras que buscar' });
  await palabras.fill('landlord');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Resultados' }).getByText('Parte 2')).toBeVisible();
  await expect(page.getByText('Registrada por error')).toBeVisible();
  await screenshot(page, 'note-search-02-results-es');
});
