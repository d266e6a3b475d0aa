import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { invoke } from './care-plan-steps';
import {
  CASEY,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { screenshot } from './steps';

/** Documents (issue 11): a care-plan PDF made, previewed with pdf.js, saved, listed and printed. */

const ANA = { legalFirstName: 'Ana', legalLastName: 'Diaz', birthDate: '1990-05-02' };
const NEED = 'Low mood most days';
const GOAL = 'Sleep 7 hours 5 nights a week';

const isoDay = (offsetDays: number) => {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

/** Casey's signed care plan for the client, through the bridge the plan screen uses. */
async function signedCarePlan(page: Parameters<typeof invoke>[0], clientId: string): Promise<void> {
  const created = await invoke(page, 'carePlans:create', { clientId });
  expect(created.ok, 'the plan was started').toBe(true);
  const versionId = (created.value as { draftVersionId: string }).draftVersionId;
  const content = {
    startDate: isoDay(0),
    reviewDate: isoDay(90),
    needs: [
      {
        id: 'need-1',
        text: NEED,
        goals: [{ id: 'goal-1', clientWords: 'Sleep better', statement: GOAL }],
      },
    ],
  };
  expect((await invoke(page, 'carePlans:saveDraft', { versionId, content })).ok, 'saved').toBe(true);
  expect((await invoke(page, 'carePlans:signAsWorker', { versionId })).ok, 'signed').toBe(true);
}

/** The text of a PDF file as a reader's viewer extracts it (pdf.js in Node). */
async function pdfFileText(file: string): Promise<string> {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false });
  const pdf = await task.promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++)
    text += `${(await (await pdf.getPage(n)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join(' ')}\n`;
  await task.destroy();
  return text.replace(/\s+/g, ' ');
}

test('a care plan as a PDF: previewed with its text, saved where the dialog answered, listed, printed', async ({
  lantern,
}) => {
  const { page, dataDir } = lantern;
  // Watch the browser's print (the operating system's dialog in Electron) without replacing it:
  // count the calls and what the print sheet held at that moment.
  await page.addInitScript(() => {
    const seen = { calls: 0, images: 0, printing: false };
    (window as unknown as { printSeen: typeof seen }).printSeen = seen;
    const original = window.print.bind(window);
    window.print = () => {
      seen.calls += 1;
      seen.images = document.querySelectorAll('.document-print-pages img').length;
      seen.printing = document.body.classList.contains('printing-document');
      original();
    };
  });
  await page.reload();
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const { id } = await createClientThroughBridge(page, ANA);
  await signedCarePlan(page, id);

  await page.evaluate((clientId) => {
    window.location.hash = `#/clients/${clientId}/documents`;
  }, id);
  await expect(page.getByRole('heading', { name: 'Documents', level: 2 })).toBeVisible();
  await expect(page.getByText('No documents have been made for this client yet.')).toBeVisible();
  await screenshot(page, 'documents-01-tab');

  await page.getByRole('button', { name: 'Create a document…' }).click();
  const create = page.getByRole('dialog', { name: 'Create a document' });
  // Progress notes need a date range that runs forwards: said at the field, nothing is made.
  await create.getByRole('radio', { name: 'Progress notes' }).check({ force: true });
  await create.getByLabel('Notes from').fill(isoDay(0));
  await create.getByLabel('Notes to').fill(isoDay(-7));
  await create.getByRole('button', { name: 'Preview' }).click();
  await expect(create.getByText('The “to” date must be on or after the “from” date.')).toBeVisible();
  await expect(create.getByLabel('Notes to')).toHaveAttribute('aria-invalid', 'true');
  await create.getByRole('radio', { name: 'Care plan' }).check({ force: true });
  await expect(create.getByRole('button', { name: /Version of the plan/ })).toContainText(
    'The version in force',
  );
  await expect(create.getByRole('radio', { name: /As signed/ })).toBeChecked();
  await expect(create.getByRole('radio', { name: 'The client' })).toBeChecked();
  await screenshot(page, 'documents-02-create');
  await create.getByRole('button', { name: 'Preview' }).click();

  const preview = page.getByRole('dialog', { name: 'Preview: Care plan' });
  const pages = preview.getByRole('region', { name: 'Pages of Care plan' });
  // The plan's words are in pdf.js's text layer: real text, not a picture of it.
  await expect(pages.getByText(NEED, { exact: false }).first()).toBeVisible();
  await expect(pages.getByText(GOAL, { exact: false }).first()).toBeVisible();
  await expect(preview.getByRole('toolbar', { name: 'Document view' })).toContainText(/\d+ pages?/);
  await preview.getByRole('button', { name: 'Zoom in' }).click();
  await expect(preview.getByRole('toolbar', { name: 'Document view' })).toContainText('150%');
  await expect(preview.getByRole('checkbox', { name: 'Keep a copy in Lantern' })).toBeChecked();
  await expectEveryControlNamed(page, 'document preview');
  await screenshot(page, 'documents-03-preview');

  await preview.getByRole('button', { name: 'Save as…' }).click();
  const saved = preview.getByRole('status').filter({ hasText: /^Saved to / });
  await expect(saved).toContainText('NOT encrypted');
  const file = /^Saved to (.+?\.pdf)\./.exec((await saved.textContent()) ?? '')?.[1] ?? '';
  expect(file.startsWith(join(dataDir, 'exports'))).toBe(true);
  expect(file).not.toMatch(/Ana|Diaz/);
  const text = await pdfFileText(file);
  expect(text).toContain(NEED);
  expect(text).toContain(GOAL);

  await preview.getByRole('button', { name: 'Print' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printSeen: { calls: number } }).printSeen.calls))
    .toBe(1);
  const seen = await page.evaluate(() => (window as unknown as { printSeen: object }).printSeen);
  expect(seen).toMatchObject({ printing: true });
  expect((seen as { images: number }).images).toBeGreaterThan(0);
  // The print sheet is gone once the dialog has closed.
  await expect(page.locator('.document-print-pages')).toHaveCount(0);
  await preview.getByRole('button', { name: 'Close' }).click();

  const row = page.getByRole('row', { name: /Care plan/ });
  await expect(row.getByRole('rowheader', { name: 'Care plan' })).toBeVisible();
  await expect(row).toContainText('Saved, Printed');
  await expect(row).toContainText('Casey Morgan');
  await expect(row).toContainText('Kept');
  await expectEveryControlNamed(page, 'Documents tab');
  await screenshot(page, 'documents-04-listed');

  // The stored copy opens as it was given out.
  await row.getByRole('button', { name: 'Open Care plan' }).click();
  const stored = page.getByRole('dialog', { name: 'Care plan — the copy kept in Lantern' });
  await expect(
    stored.getByRole('region', { name: 'Pages of Care plan' }).getByText(NEED).first(),
  ).toBeVisible();
  await stored.getByRole('button', { name: 'Close' }).click();

  // And it is on the client's timeline.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('Document “Care plan” saved')).toBeVisible();
});
