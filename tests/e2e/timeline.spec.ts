import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { invoke } from './care-plan-steps';
import {
  CASEY,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  openClients,
  setUpTeam,
  setRiskThroughBridge,
} from './client-steps';
import { enter, screenshot } from './steps';

const ROSA = {
  legalFirstName: 'Rosa',
  legalLastName: 'Mendez',
  birthDate: '1979-06-02',
  sexAtBirth: 'female',
};
const ITEMS = 2_000;

/**
 * Two thousand measures entered from paper, one a day going back (PHQ-9 and GAD-7 in turn, all
 * answers 0 so no alert), through the bridge the screens use — one call each, as main checks
 * any other. Run inside the page so the calls do not each wait for Playwright.
 */
async function giveManyMeasures(page: Page, clientId: string, count: number): Promise<number> {
  return page.evaluate(
    async ({ id, total }) => {
      const bridge = (
        window as unknown as { lantern: { invoke(c: string, i: unknown): Promise<{ ok: boolean }> } }
      ).lantern;
      let stored = 0;
      for (let index = 0; index < total; index++) {
        const day = new Date();
        day.setDate(day.getDate() - 1 - index);
        const administeredOn = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        const phq = index % 2 === 0;
        const items = phq ? 9 : 7;
        const answers = Object.fromEntries(Array.from({ length: items }, (_, item) => [`q${item + 1}`, 0]));
        const answer = await bridge.invoke('measures:give', {
          clientId: id,
          instrumentId: phq ? 'phq-9' : 'gad-7',
          mode: 'office',
          answers,
          administeredOn,
        });
        if (answer.ok) stored++;
      }
      return stored;
    },
    { id: clientId, total: count },
  );
}

async function openTimeline(page: Page) {
  await openClients(page);
  const search = page.getByRole('combobox', { name: /Find a client|Buscar/ });
  await enter(search, 'Rosa Mendez');
  await expect(page.getByRole('option', { name: /^Mendez, Rosa/ })).toBeVisible();
  await search.press('ArrowDown');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Rosa/ })).toBeVisible();
  await page.getByRole('tab', { name: /^(Timeline|Cronología)$/ }).click();
}

test.describe("the client's timeline", () => {
  test('two thousand items scroll smoothly, load as they come into view, filter, and open their record', async ({
    lantern,
  }) => {
    test.setTimeout(360_000);
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    const { id } = await createClientThroughBridge(page, ROSA);
    expect(await giveManyMeasures(page, id, ITEMS)).toBe(ITEMS);
    await setRiskThroughBridge(page, id, 'moderate');
    const added = await invoke(page, 'careTeam:add', {
      clientId: id,
      contact: { kind: 'care_team', name: 'Dr. Okafor', careRole: 'psychiatrist' },
    });
    expect(added.ok).toBe(true);

    await openTimeline(page);
    const list = page.getByRole('list', { name: 'Timeline of the client’s file, newest first' });
    await expect(list).toBeVisible();
    const rows = list.getByRole('link');
    // Newest first: the contact just added, then the risk level, then yesterday's PHQ-9.
    await expect(rows.first()).toHaveAccessibleName(/Contact Dr\. Okafor: added, by Casey/);
    await expect(rows.nth(1)).toHaveAccessibleName(/Risk level set to moderate/);
    await expect(rows.nth(2)).toHaveAccessibleName(
      /PHQ-9 given: score 0 \(None–minimal\), by Casey Morgan\.$/,
    );
    await expect(page.getByRole('status').filter({ hasText: '100 items shown' })).toBeVisible();
    await expectEveryControlNamed(page, 'timeline');
    await screenshot(page, 'timeline-01-newest');

    // Virtualized: only the rows in view (and a margin) are in the page.
    expect(await list.locator('li').count()).toBeLessThan(60);

    // Scroll to the very start of the file: pages load as the end comes near.
    const scroller = page.locator('.timeline-scroll');
    const started = Date.now();
    for (let step = 0; step < 200; step++) {
      await scroller.evaluate((node) => node.scrollBy(0, 4000));
      if (await page.getByRole('status').filter({ hasText: 'That is everything' }).isVisible()) break;
      await page.waitForTimeout(50);
    }
    await expect(page.getByRole('status').filter({ hasText: `${ITEMS + 2} items shown` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'That is everything' })).toBeVisible();
    console.log(`scrolled through ${ITEMS + 2} items in ${Date.now() - started} ms`);
    await scroller.evaluate((node) => node.scrollTo(0, node.scrollHeight));
    const oldest = new Date();
    oldest.setDate(oldest.getDate() - ITEMS);
    const oldestDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(oldest);
    await expect(rows.last()).toHaveAccessibleName(
      new RegExp(`^${oldestDay.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*GAD-7 given`),
    );
    expect(await list.locator('li').count()).toBeLessThan(60);
    await screenshot(page, 'timeline-02-deep');

    // The keyboard: the list is one Tab stop; Home goes back to the newest, arrows move.
    await rows.last().focus();
    await page.keyboard.press('Home');
    await expect(rows.first()).toBeFocused();
    await expect(rows.first()).toHaveAccessibleName(/Contact Dr\. Okafor/);
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('.timeline-link:focus')).toHaveAccessibleName(/Risk level set to moderate/);

    // Filters on one line, the list stays where it was.
    const listTop = await scroller.evaluate((node) => node.getBoundingClientRect().top + window.scrollY);
    await page.getByRole('button', { name: /^Show: everything/ }).click();
    const kinds = page.getByRole('dialog', { name: 'Kinds of item to show' });
    await kinds.getByRole('checkbox', { name: 'Risk' }).check({ force: true });
    await kinds.getByRole('checkbox', { name: 'Care team' }).check({ force: true });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Show: Risk, Care team' })).toBeVisible();
    await expect(rows).toHaveCount(2);
    expect(await scroller.evaluate((node) => node.getBoundingClientRect().top + window.scrollY)).toBe(
      listTop,
    );
    await page.getByRole('button', { name: 'Clear filters' }).click();

    const weekAgo = new Date();
    weekAgo.setDate(weekAgo.getDate() - 7);
    const iso = (day: Date) =>
      `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    await page.getByLabel('From', { exact: true }).fill(iso(weekAgo));
    await page.getByLabel('To', { exact: true }).fill(iso(yesterday));
    await expect(rows).toHaveCount(7);
    await expect(page.getByRole('status').filter({ hasText: '7 items shown' })).toBeVisible();
    await screenshot(page, 'timeline-03-filtered');

    // Enter on an item opens its record.
    await rows.first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`#/clients/${id}/measures$`));
    await expect(page.getByRole('grid', { name: 'Measures given to this client' })).toBeVisible();
  });

  test('reads in Spanish', async ({ lantern }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    const { id } = await createClientThroughBridge(page, ROSA);
    expect(await giveManyMeasures(page, id, 30)).toBe(30);
    await setRiskThroughBridge(page, id, 'high');
    expect((await invoke(page, 'accounts:setLanguage', { language: 'es' })).ok).toBe(true);
    await page.reload();
    await page.evaluate((clientId) => {
      window.location.hash = `#/clients/${clientId}/timeline`;
    }, id);
    await expect(page.getByRole('heading', { level: 2, name: 'Cronología' })).toBeVisible();
    const list = page.getByRole('list', {
      name: 'Cronología del expediente del cliente, lo más reciente primero',
    });
    await expect(list.getByRole('link').first()).toHaveAccessibleName(/Nivel de riesgo fijado en alto/);
    await expect(list.getByRole('link').nth(1)).toHaveAccessibleName(/PHQ-9 aplicado: puntuación 0/);
    await expect(page.getByRole('button', { name: /^Mostrar: todo/ })).toBeVisible();
    await screenshot(page, 'timeline-04-es');
  });
});
