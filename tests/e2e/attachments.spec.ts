import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import PizZip from 'pizzip';
import { solidPng, textPdf } from '../helpers/attachment-files';
import {
  CASEY,
  choose,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  openClients,
  setUpTeam,
} from './client-steps';
import { expect, TARGET, test } from './fixtures';
import { ADMIN, enter, openAdministration, screenshot, signIn, signOut } from './steps';

/**
 * Attachments (issue 11): a scanned consent form (a real PDF made in the test) added through the
 * file picker, listed, opened in Lantern's PDF viewer (its text is there to read), saved as a
 * file (the warning, then the harness's save dialog); a photo of an ID card added and shown; a
 * wrong file refused before sending, a zip refused by main after; a removal with a reason.
 */

const CONSENT_TEXT = 'Consent to share information with Riverbend Hospital';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function openDocuments(page: Page) {
  await openClients(page);
  const search = page.getByRole('combobox', { name: /Find a client/ });
  await enter(search, 'Rosa Mendez');
  await expect(page.getByRole('option', { name: /^Mendez, Rosa/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Rosa/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { name: 'Attachments', level: 3 })).toBeVisible();
}

/** Casey signs in for the first time, adds Rosa Mendez and opens her Documents tab. */
async function openRosasDocumentsAsCasey(page: Page) {
  await firstSignIn(page, CASEY);
  await createClientThroughBridge(page, {
    legalFirstName: 'Rosa',
    legalLastName: 'Mendez',
    birthDate: '1979-04-02',
  });
  await openDocuments(page);
}

const fileInput = (page: Page) => page.getByLabel('File to attach');

test('attach a scanned PDF and a photo, open both inside Lantern, save one, remove one', async ({
  lantern,
}) => {
  test.setTimeout(180_000);
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await openRosasDocumentsAsCasey(page);
  await expect(page.getByRole('group', { name: 'Add a file' })).toContainText('up to 25 MB');
  await expect(page.getByRole('button', { name: 'Choose a file…' })).toBeVisible();
  await screenshot(page, 'attachments-01-empty');

  // A file that is neither a document nor an image is refused before anything is sent.
  await fileInput(page).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Call back Tuesday.'),
  });
  await expect(page.getByRole('alert')).toContainText(
    '“notes.txt” is not a PDF, JPEG, PNG, HEIC or Word (.docx) file',
  );

  // A zip named like a Word file looks like one at first; main, reading all of it, refuses it.
  const zip = new PizZip();
  zip.file('scan-1.pdf', 'x');
  await fileInput(page).setInputFiles({
    name: 'letters.docx',
    mimeType: 'application/octet-stream',
    buffer: zip.generate({ type: 'nodebuffer' }),
  });
  await page.getByRole('button', { name: 'Add to the file' }).click();
  await expect(page.getByRole('alert')).toContainText('Zip archives are not accepted');
  await screenshot(page, 'attachments-02-zip-refused');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // The scanned consent form, through the file picker.
  const pdf = textPdf([CONSENT_TEXT, 'Signed by Rosa Mendez on 2 March 2026']);
  await fileInput(page).setInputFiles({ name: 'consent_scan.pdf', mimeType: 'application/pdf', buffer: pdf });
  const form = page.getByRole('region', { name: 'Add “consent_scan.pdf”' });
  await expect(form.getByLabel('Title')).toHaveValue('consent scan');
  await enter(form.getByLabel('Title'), 'Consent to share with the hospital');
  await choose(form, /Kind of document/, 'Consent form');
  await form.getByLabel('Date on the document').fill('2026-03-02');
  await screenshot(page, 'attachments-03-details');
  await form.getByRole('button', { name: 'Add to the file' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '“Consent to share with the hospital” was added.' }),
  ).toBeVisible();

  const table = page.getByRole('grid', { name: 'Attachments of this client', exact: true });
  const row = table.getByRole('row', { name: /Consent to share with the hospital/ });
  await expect(row).toContainText('Consent form');
  await expect(row).toContainText('PDF');
  await expect(row).toContainText('Casey');
  for (const header of ['Title', 'Kind', 'Date', 'Type', 'Size', 'Added by, when'])
    await expect(table.getByRole('columnheader', { name: header })).toBeVisible();
  await expectEveryControlNamed(page, 'attachments');
  await screenshot(page, 'attachments-04-listed');

  // Opened in Lantern's PDF viewer: the page's text is real text.
  await page.getByRole('button', { name: 'Open Consent to share with the hospital' }).click();
  const viewer = page.getByRole('dialog', { name: 'Consent to share with the hospital' });
  await expect(viewer.getByText(CONSENT_TEXT)).toBeVisible({ timeout: 30_000 });
  await screenshot(page, 'attachments-05-pdf-viewer');
  await viewer.getByRole('button', { name: 'Close' }).click();

  // Save as: the warning first, then the save dialog (the harness answers it), then where it went.
  if (TARGET === 'harness') {
    await page.getByRole('button', { name: 'Save Consent to share with the hospital as a file' }).click();
    const warning = page.getByRole('alertdialog', { name: 'Save a copy outside Lantern' });
    await expect(warning).toContainText('NOT encrypted');
    await screenshot(page, 'attachments-06-save-warning');
    await warning.getByRole('button', { name: 'Choose where to save' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'This copy is not encrypted.' })).toBeVisible();
    const exports = join(lantern.dataDir, 'exports');
    const saved = readdirSync(exports).filter((name) => name.endsWith('.pdf'));
    expect(saved).toEqual(['Lantern-attachment-2026-03-02.pdf']);
    expect(sha256(readFileSync(join(exports, saved[0] as string)))).toBe(sha256(pdf));
  }

  // A photo of an ID card: shown as an image, with its alt text.
  await fileInput(page).setInputFiles({
    name: 'id-card.png',
    mimeType: 'image/png',
    buffer: solidPng(320, 200, [40, 110, 180]),
  });
  const cardForm = page.getByRole('region', { name: 'Add “id-card.png”' });
  await enter(cardForm.getByLabel('Title'), 'State ID card');
  await choose(cardForm, /Kind of document/, 'ID card');
  await cardForm.getByRole('button', { name: 'Add to the file' }).click();
  await expect(table.getByRole('row', { name: /State ID card/ })).toContainText('PNG image');
  await page.getByRole('button', { name: 'Open State ID card' }).click();
  const image = page
    .getByRole('dialog', { name: 'State ID card' })
    .getByRole('img', { name: 'State ID card (scanned ID card)' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
  expect(await image.getAttribute('src')).toMatch(/^blob:/);
  await screenshot(page, 'attachments-07-image-viewer');
  await page.getByRole('dialog', { name: 'State ID card' }).getByRole('button', { name: 'Close' }).click();

  // Removed with a reason: it leaves the list, and is listed apart with who, when and why.
  await page.getByRole('button', { name: 'Remove State ID card' }).click();
  const remove = page.getByRole('alertdialog', { name: 'Remove “State ID card”?' });
  await enter(remove.getByLabel('Reason'), 'Scanned the wrong card');
  await remove.getByRole('button', { name: 'Remove attachment' }).click();
  const removed = page.getByRole('grid', { name: 'Removed attachments of this client' });
  await expect(removed.getByRole('row', { name: /State ID card/ })).toContainText('Scanned the wrong card');
  await expect(table.getByRole('row', { name: /State ID card/ })).toHaveCount(0);
  await screenshot(page, 'attachments-08-removed');

  // And the timeline tells it.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = page.getByRole('list', { name: 'Timeline of the client’s file, newest first' });
  await expect(timeline.getByRole('link', { name: /Attachment removed: State ID card/ })).toBeVisible();
  await expect(
    timeline.getByRole('link', { name: /Attachment added: Consent to share with the hospital/ }),
  ).toBeVisible();
  await screenshot(page, 'attachments-09-timeline');
});

test('the administrator sets the size limit; a file over it is refused before sending, naming the limit', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await signIn(page, ADMIN.username, ADMIN.password);
  await openAdministration(page, 'Attachments');
  const limit = page.getByRole('spinbutton', { name: 'Largest file (MB)' });
  await expect(limit).toHaveValue('25');
  await limit.fill('2');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Attachment settings saved.' })).toBeVisible();
  await screenshot(page, 'attachments-10-admin-limit');
  await signOut(page);

  await openRosasDocumentsAsCasey(page);
  await expect(page.getByRole('group', { name: 'Add a file' })).toContainText('up to 2 MB');
  const big = textPdf(['Discharge summary'], 3 * 1024 * 1024);
  await fileInput(page).setInputFiles({ name: 'discharge.pdf', mimeType: 'application/pdf', buffer: big });
  await expect(page.getByRole('alert')).toContainText('“discharge.pdf” is 3.1 MB. The limit is 2 MB');
  await expect(page.getByRole('region', { name: /Add “discharge.pdf”/ })).toHaveCount(0);
  await screenshot(page, 'attachments-11-too-big');
});
