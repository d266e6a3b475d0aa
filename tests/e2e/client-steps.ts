import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import {
  CASE_MANAGER,
  addStaffMember,
  enter,
  openAdministration,
  setUpClinic,
  signIn,
  signOut,
  tick,
} from './steps';

/** Steps for the client screens. Elements are found by role and accessible name only. */

export interface Person {
  fullName: string;
  username: string;
  role: string;
  temporaryPassword: string;
  password: string;
}

export const CASEY: Person = CASE_MANAGER;

export const DEE: Person = {
  fullName: 'Dee Okafor',
  username: 'dee.okafor',
  role: 'Case manager',
  temporaryPassword: 'river bend temporary 77',
  password: 'dee keeps her own lamp lit',
};

export const FRAN: Person = {
  fullName: 'Fran Delgado',
  username: 'fran.delgado',
  role: 'Front desk',
  temporaryPassword: 'front door temporary 31',
  password: 'fran greets everyone warmly',
};

/** "Cam": legally John Reyes. Jonh Reyes, born the same day, looks like the same person. */
export const CAM = {
  legalFirstName: 'John',
  legalLastName: 'Reyes',
  preferredName: 'Cam',
  pronouns: 'he/him',
  birthDate: '1988-03-14',
  phone: '555-201-3344',
  program: 'Adult Case Management',
  programStatus: 'Waitlist',
};

export const JONH = { legalFirstName: 'Jonh', legalLastName: 'Reyes', birthDate: '1988-03-14' };

/** The administrator sets Lantern up and adds each person with a temporary password. */
export async function setUpTeam(page: Page, people: readonly Person[]): Promise<void> {
  await setUpClinic(page);
  await openAdministration(page, 'Staff accounts');
  for (const person of people) await addStaffMember(page, person);
  await signOut(page);
}

/** A first sign-in: the temporary password must be replaced before anything else. */
export async function firstSignIn(page: Page, person: Person): Promise<void> {
  await signIn(page, person.username, person.temporaryPassword);
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await enter(page.getByLabel('Temporary password'), person.temporaryPassword);
  await enter(page.getByLabel('New password', { exact: true }), person.password);
  await enter(page.getByLabel('Type the new password again'), person.password);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
}

export async function openClients(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click();
  await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
}

/** Picks an option of a react-aria Select, found by (part of) its label. */
export async function choose(scope: Page | Locator, label: RegExp, option: string): Promise<void> {
  await scope.getByRole('button', { name: label }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills the required fields of "Add a client" (and, for Cam, a phone, a program and flags). */
export async function fillNewClient(
  page: Page,
  client: { legalFirstName: string; legalLastName: string; birthDate: string } & Partial<typeof CAM>,
): Promise<void> {
  await enter(page.getByLabel('Legal first name'), client.legalFirstName);
  await enter(page.getByLabel('Legal last name'), client.legalLastName);
  if (client.preferredName) await enter(page.getByLabel('Preferred name'), client.preferredName);
  if (client.pronouns) await enter(page.getByLabel('Pronouns'), client.pronouns);
  await enter(page.getByLabel('Birth date'), client.birthDate);
  if (client.phone) {
    await page.getByRole('button', { name: 'Add a phone number' }).click();
    await enter(
      page.getByRole('group', { name: 'Phone number 1' }).getByRole('textbox', { name: 'Phone number' }),
      client.phone,
    );
  }
  if (client.program && client.programStatus) {
    await page.getByRole('button', { name: 'Add a program' }).click();
    const program = page.getByRole('group', { name: 'Program 1' });
    await choose(program, /Program$/, client.program);
    await choose(program, /Status in this program/, client.programStatus);
  }
}

/** Whole years between a birth date and today, as the form shows it. */
export function ageToday(birthDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const now = new Date();
  const [ty, tm, td] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Creates a client through the same bridge the screens use (main checks it like any other call). */
export async function createClientThroughBridge(
  page: Page,
  client: Record<string, unknown>,
): Promise<{ id: string }> {
  const result = await page.evaluate(
    (input) =>
      (
        window as unknown as {
          lantern: {
            invoke(channel: string, input: unknown): Promise<{ ok: boolean; value: { id: string } }>;
          };
        }
      ).lantern.invoke('clients:create', { client: input, duplicatesReviewed: true }),
    client,
  );
  expect(result.ok, 'the client was created').toBe(true);
  return result.value;
}

/** A risk level the one way there is: through its history, with a reason (as the signed-in person). */
export async function setRiskThroughBridge(page: Page, clientId: string, level: string): Promise<void> {
  const result = await page.evaluate(
    (input) =>
      (
        window as unknown as {
          lantern: { invoke(channel: string, input: unknown): Promise<{ ok: boolean }> };
        }
      ).lantern.invoke('assessments:setRisk', input),
    { clientId, level, reason: 'Reviewed with the client today.' },
  );
  expect(result.ok, 'the risk level was set').toBe(true);
}

/** Every control a person can reach must have a name a screen reader can say. */
const NAMED_ROLES = [
  'button',
  'link',
  'textbox',
  'checkbox',
  'switch',
  'combobox',
  'spinbutton',
  'tab',
  'tabpanel',
  'tablist',
  'menu',
  'menuitem',
  'listbox',
  'option',
  'dialog',
  'alertdialog',
  'navigation',
  'table',
  'grid',
  'row',
  'columnheader',
  'rowheader',
  'group',
  'region',
] as const;

export async function expectEveryControlNamed(page: Page, screen: string): Promise<void> {
  let checked = 0;
  for (const role of NAMED_ROLES) {
    for (const element of await page.getByRole(role).all()) {
      await expect(element, `every ${role} on "${screen}" has an accessible name`).toHaveAccessibleName(/\S/);
      checked += 1;
    }
  }
  expect(checked, `"${screen}" has controls to check`).toBeGreaterThan(0);
}

const SCREENSHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

/**
 * A picture of what is on screen with `part` scrolled into view, for long forms whose save bar
 * stays at the bottom of the window (a full-page picture would show it in mid-air).
 */
export async function screenshotOf(page: Page, name: string, part: Locator): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await part.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -16));
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

export { tick };
