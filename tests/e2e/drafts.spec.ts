import type { Page } from '@playwright/test';
import {
  CASEY,
  createClientThroughBridge,
  fillNewClient,
  firstSignIn,
  openClients,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { enter, screenshot, signIn } from './steps';

/** A new client typed in but not saved yet. */
const ROSA = { legalFirstName: 'Rosa', legalLastName: 'Delgado', birthDate: '1988-04-12' };

async function openAddClient(page: Page): Promise<void> {
  await openClients(page);
  await page.getByRole('link', { name: 'Add a client' }).click();
  await expect(page.getByRole('heading', { name: 'Add a client', level: 1 })).toBeVisible();
}

async function openClientFile(page: Page, id: string): Promise<void> {
  await page.evaluate((clientId) => {
    window.location.hash = `#/clients/${clientId}`;
  }, id);
  await expect(page.getByRole('region', { name: 'Client summary' })).toContainText(
    'Legal name: Rosa Delgado',
  );
}

async function lockAndSignInAgain(page: Page): Promise<void> {
  await page.keyboard.press('Control+L');
  await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
  await signIn(page, CASEY.username, CASEY.password);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
}

/** Someone else saves the client in between, through the bridge main checks like any call. */
async function changeGenderIdentityElsewhere(page: Page, id: string, genderIdentity: string) {
  const ok = await page.evaluate(
    async ({ id, genderIdentity }) => {
      type Bridge = { invoke(c: string, i: unknown): Promise<{ ok: boolean; value: unknown }> };
      const bridge = (window as unknown as { lantern: Bridge }).lantern;
      const file = (await bridge.invoke('clients:get', { id })).value as {
        client: Record<string, unknown> & { updatedAt: string };
      };
      // Everything the form edits, unchanged but for the gender identity.
      const { id: _id, updatedAt, ...rest } = file.client;
      const editable = [
        ...['clientNumber', 'legalFirstName', 'legalLastName', 'preferredName', 'pronouns', 'birthDate'],
        ...['sexAtBirth', 'genderIdentity', 'preferredLanguage', 'interpreterNeeded', 'phones', 'email'],
        ...['address', 'livingSituation', 'enrollments', 'assignedCaseManagerIds', 'insurance'],
        ...['flags'],
      ];
      const client = Object.fromEntries(editable.map((key) => [key, rest[key]]));
      const result = await bridge.invoke('clients:update', {
        id,
        client: { ...client, genderIdentity },
        expectedUpdatedAt: updatedAt,
      });
      return result.ok;
    },
    { id, genderIdentity },
  );
  expect(ok, 'the other save went through').toBe(true);
}

const draftNotice = (page: Page) => page.getByRole('status').filter({ hasText: /^Draft restored from / });

test.describe('drafts', () => {
  test('a new client typed before Lantern locks is back after signing in, and gone once saved', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);

    // Type the names and birth date, then lock at once (Ctrl+L), before the typing pauses.
    await openAddClient(page);
    await expect(draftNotice(page)).toHaveCount(0);
    await fillNewClient(page, ROSA);
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
    // The locked screen holds nothing that was typed.
    await expect(page.getByRole('textbox', { name: 'Legal first name' })).toHaveCount(0);
    await expect(page.getByText(ROSA.legalLastName)).toHaveCount(0);

    // Sign in again: back at Today; Add a client shows the draft, as it was left.
    await signIn(page, CASEY.username, CASEY.password);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await openAddClient(page);
    await expect(draftNotice(page)).toBeVisible();
    await expect(draftNotice(page).getByRole('button', { name: 'Discard draft' })).toBeVisible();
    await expect(page.getByLabel('Legal first name')).toHaveValue(ROSA.legalFirstName);
    await expect(page.getByLabel('Legal last name')).toHaveValue(ROSA.legalLastName);
    await expect(page.getByLabel('Birth date')).toHaveValue(ROSA.birthDate);
    await screenshot(page, 'drafts-01-restored');

    // Saving the client removes the draft: Add a client opens empty again.
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Rosa\b/ })).toBeVisible();
    await openAddClient(page);
    await expect(page.getByLabel('Legal first name')).toHaveValue('');
    await expect(page.getByLabel('Legal last name')).toHaveValue('');
    await expect(page.getByLabel('Birth date')).toHaveValue('');
    await expect(draftNotice(page)).toHaveCount(0);
    // …and stays empty after another lock, so nothing was saved again on the way out.
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
    await signIn(page, CASEY.username, CASEY.password);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await openAddClient(page);
    await expect(page.getByLabel('Legal first name')).toHaveValue('');
    await expect(draftNotice(page)).toHaveCount(0);
  });

  test('with too many drafts, the form says its typing is not kept, and keeps every value', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    // Casey's drafts are at the limit (saved through the bridge, as forms left open would).
    const filled = await page.evaluate(async () => {
      type Bridge = { invoke(c: string, i: unknown): Promise<{ ok: boolean }> };
      const bridge = (window as unknown as { lantern: Bridge }).lantern;
      for (let i = 0; i < 200; i++) {
        const result = await bridge.invoke('drafts:save', { key: `client:edit:old-${i}`, payload: { i } });
        if (!result.ok) return i;
      }
      return 200;
    });
    expect(filled).toBe(200);

    await openAddClient(page);
    await fillNewClient(page, ROSA);
    const notKept = page.getByRole('status').filter({ hasText: /could not keep a safety copy/ });
    await expect(notKept).toContainText('You have too many unsaved drafts.');
    await expect(page.getByLabel('Legal first name')).toHaveValue(ROSA.legalFirstName);
    await expect(page.getByLabel('Legal last name')).toHaveValue(ROSA.legalLastName);
    await expect(page.getByLabel('Birth date')).toHaveValue(ROSA.birthDate);
    await screenshot(page, 'drafts-04-not-kept');

    // Room again (one old draft discarded): the next change is kept and the notice goes.
    await page.evaluate(async () => {
      type Bridge = { invoke(c: string, i: unknown): Promise<{ ok: boolean }> };
      await (window as unknown as { lantern: Bridge }).lantern.invoke('drafts:discard', {
        key: 'client:edit:old-0',
      });
    });
    await enter(page.getByLabel('Preferred name'), 'Ro');
    await expect(notKept).toHaveCount(0);
    await lockAndSignInAgain(page);
    await openAddClient(page);
    await expect(page.getByLabel('Preferred name')).toHaveValue('Ro');
  });

  test('"Discard draft" empties the form and forgets the draft', async ({ lantern }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    await openAddClient(page);
    await fillNewClient(page, ROSA);
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
    await signIn(page, CASEY.username, CASEY.password);
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await openAddClient(page);
    await expect(page.getByLabel('Legal first name')).toHaveValue(ROSA.legalFirstName);

    await draftNotice(page).getByRole('button', { name: 'Discard draft' }).click();
    await expect(draftNotice(page)).toHaveCount(0);
    await expect(page.getByLabel('Legal first name')).toHaveValue('');
    await expect(page.getByLabel('Birth date')).toHaveValue('');
    await openClients(page);
    await page.getByRole('link', { name: 'Add a client' }).click();
    await expect(page.getByRole('heading', { name: 'Add a client', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Legal first name')).toHaveValue('');
    await expect(draftNotice(page)).toHaveCount(0);
  });

  test('changes to a client are kept as a draft too, and still meet the stale-edit check', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    const { id } = await createClientThroughBridge(page, ROSA);

    await openClientFile(page, id);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(draftNotice(page)).toHaveCount(0);
    await enter(page.getByLabel('Preferred name'), 'Ro');
    await lockAndSignInAgain(page);

    // Someone saved the client meanwhile: the draft comes back, but saving it does not silently
    // overwrite their change.
    await changeGenderIdentityElsewhere(page, id, 'woman');
    await openClientFile(page, id);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(draftNotice(page)).toBeVisible();
    await expect(page.getByLabel('Preferred name')).toHaveValue('Ro');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Someone else saved changes' })).toBeVisible();
    await page.getByRole('button', { name: 'Discard my changes and show the latest version' }).click();
    await expect(page.getByLabel('Gender identity')).toHaveValue('woman');
    await enter(page.getByLabel('Preferred name'), 'Ro');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();

    // Saved: no draft any more, even after a lock.
    await lockAndSignInAgain(page);
    await openClientFile(page, id);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByLabel('Preferred name')).toHaveValue('Ro');
    await expect(page.getByLabel('Gender identity')).toHaveValue('woman');
    await expect(draftNotice(page)).toHaveCount(0);
  });
});
