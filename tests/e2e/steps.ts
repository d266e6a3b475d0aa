import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { TARGET, expect } from './fixtures';

/** Shared steps for the e2e specs. Elements are found by role and accessible name only. */

export const ADMIN = {
  clinicName: 'Riverside Community Clinic',
  fullName: 'Alex Rivera',
  username: 'alex.rivera',
  password: 'quiet river stones at dawn',
};

export const CASE_MANAGER = {
  fullName: 'Casey Morgan',
  username: 'casey.morgan',
  role: 'Case manager',
  temporaryPassword: 'harbor lights temporary 42',
  password: 'my own garden gate in spring',
};

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/** A full-page picture of the current screen, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Types into a field the way a person arrives at it: a click first (which Lantern reports as
 * activity, as a real keystroke would be), then the text.
 */
export async function enter(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill(text);
}

/**
 * Ticks or clears a react-aria checkbox. Its native input is visually hidden under its label
 * (so assistive technology gets a real checkbox), which makes Playwright's hit test see the
 * label; `force` clicks the same spot a person's click lands on, and the state is then checked.
 */
export async function tick(checkbox: Locator, checked = true): Promise<void> {
  await checkbox.setChecked(checked, { force: true });
  await expect(checkbox).toBeChecked({ checked });
}

/** First run: clinic and administrator, then the recovery key screen. Returns the key shown. */
export async function fillSetupForm(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Welcome to Lantern' })).toBeVisible();
  await enter(page.getByLabel('Clinic or program name'), ADMIN.clinicName);
  await enter(page.getByLabel('Your full name'), ADMIN.fullName);
  await enter(page.getByLabel('Username'), ADMIN.username);
  await enter(page.getByLabel('Password', { exact: true }), ADMIN.password);
  await enter(page.getByLabel('Type the password again'), ADMIN.password);
}

export async function readRecoveryKey(page: Page): Promise<string> {
  const box = page.getByRole('group', { name: 'Recovery key' });
  await expect(box).toBeVisible();
  const text = (await box.textContent()) ?? '';
  const key = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){12}/.exec(text)?.[0];
  expect(key, 'a recovery key of 13 groups of 4 is shown').toBeTruthy();
  return key as string;
}

export async function confirmRecoveryKey(page: Page): Promise<void> {
  await tick(page.getByRole('checkbox', { name: 'I have saved the recovery key somewhere safe' }));
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** Setup through to the shell; returns the recovery key. */
export async function setUpClinic(page: Page): Promise<string> {
  await fillSetupForm(page);
  await page.getByRole('button', { name: 'Set up Lantern' }).click();
  await expect(page.getByRole('heading', { name: 'Save your recovery key' })).toBeVisible();
  const key = await readRecoveryKey(page);
  await confirmRecoveryKey(page);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  return key;
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await enter(page.getByLabel('Username'), username);
  await enter(page.getByLabel('Password', { exact: true }), password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'My account' }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Lantern' })).toBeVisible();
}

export async function openAdministration(page: Page, tab?: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
  await expect(page.getByRole('heading', { name: 'Administration', level: 1 })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** Opens "Add staff member" and fills it in; the caller decides whether to submit. */
export async function fillAddStaffDialog(page: Page, person = CASE_MANAGER): Promise<Locator> {
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await expect(dialog).toBeVisible();
  await enter(dialog.getByLabel('Full name'), person.fullName);
  await enter(dialog.getByLabel('Username'), person.username);
  await dialog.getByRole('button', { name: /Role/ }).click();
  await page.getByRole('option', { name: person.role }).click();
  await enter(dialog.getByLabel('Temporary password', { exact: true }), person.temporaryPassword);
  await enter(dialog.getByLabel('Type the temporary password again'), person.temporaryPassword);
  return dialog;
}

export async function addStaffMember(page: Page, person = CASE_MANAGER): Promise<void> {
  const dialog = await fillAddStaffDialog(page, person);
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('rowheader', { name: new RegExp(person.fullName) })).toBeVisible();
}

/**
 * What the "person" will answer in the next file dialogs (harness only: its test picker stands
 * in for the operating system's dialogs). `path: null` is a cancel.
 */
export async function answerFileDialogs(
  page: Page,
  answers: { kind: 'folder' | 'file' | 'save'; path: string | null }[],
): Promise<void> {
  // Electron shows the real system dialogs, which a test cannot answer.
  if (TARGET === 'electron') throw new Error('File dialogs can only be answered in the harness.');
  const queued = await page.evaluate(async (body) => {
    const response = await fetch('/__harness/picker', { method: 'POST', body: JSON.stringify(body) });
    return response.ok;
  }, answers);
  expect(queued).toBe(true);
}
