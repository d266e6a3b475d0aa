import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CASEY, choose, firstSignIn, openClients, setUpTeam, tick } from './client-steps';
import { CASELOAD_SIZE, invoke, measureCaseload, seedCaseload } from './caseload-layout-steps';
import { enter, screenshot, setUpClinic } from './steps';

/**
 * The caseload on a clinic laptop's screen (1366×768) and a desktop one (1920×1080), and at 200%
 * zoom: rows and columns in view, no sideways scrolling, the name pinned, the filters beside the
 * list, the density remembered; the client file's tabs on one row and its header across the
 * window. The figures measured are attached to the test's report (`caseload-fit`).
 */

const DEFAULT_COLUMNS = ['Name', 'Status', 'Risk', 'Flags', 'Last contact'];
const grid = (page: Page) => page.getByRole('grid', { name: 'Caseload' });
const firstRow = (page: Page) => grid(page).locator('tbody tr[data-index="0"]');

async function seededCaseload(page: Page) {
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  await seedCaseload(page);
  await openClients(page);
  await expect(page.getByRole('status').filter({ hasText: `${CASELOAD_SIZE} clients` })).toBeVisible();
  await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
}

/** A measured figure, in the test's report and in the run's output (for people reading the figures). */
function report(name: string, fit: unknown) {
  const description = `${name}: ${JSON.stringify(fit)}`;
  test.info().annotations.push({ type: 'caseload-fit', description });
  console.log(`caseload-fit ${description}`);
}

test.describe('at 1366×768 and 1920×1080', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the caseload fits the screen, the name stays in view, filters open beside it', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await seededCaseload(page);

    const fit = await measureCaseload(page);
    report('1366×768', fit);
    expect(fit.rowsInView, 'at least 12 whole rows in view').toBeGreaterThanOrEqual(12);
    expect(fit.scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(fit.clientWidth);
    for (const column of DEFAULT_COLUMNS) expect(fit.columnsInView).toContain(column);
    expect(fit.columnsCutOff).toEqual([]);
    // Compact by default: one line a row; the preferred name beside the legal one.
    await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked();
    await screenshot(page, 'caseload-layout-01-1366');

    // The filters open beside the list: its first row does not move.
    const before = await firstRow(page).boundingBox();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters).toBeVisible();
    const after = await firstRow(page).boundingBox();
    // (Only the column headers may take a second line in the narrower list.)
    expect(Math.abs((after?.y ?? 0) - (before?.y ?? 768)), 'the first row stays where it was').toBeLessThan(
      before?.height ?? 0,
    );
    expect((after?.y ?? 768) + (after?.height ?? 0), 'in the viewport').toBeLessThanOrEqual(768);
    const withFilters = await measureCaseload(page);
    report('1366×768, filters open', withFilters);
    expect(withFilters.rowsInView).toBeGreaterThanOrEqual(12);
    await screenshot(page, 'caseload-layout-02-filters-1366');

    // The list is narrower now and scrolls sideways: the names stay pinned at its left edge.
    expect(withFilters.scrollWidth).toBeGreaterThan(withFilters.clientWidth);
    const scroller = page.locator('.caseload-scroll');
    await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
    await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(100);
    const edge = await scroller.boundingBox();
    const name = await grid(page).getByRole('rowheader').first().boundingBox();
    expect(Math.abs((name?.x ?? 0) - (edge?.x ?? -100))).toBeLessThanOrEqual(2);
    await expect(grid(page).getByRole('rowheader').first()).toBeInViewport({ ratio: 1 });
    // A highlighted row shows its name too.
    await firstRow(page).focus();
    await page.keyboard.press('ArrowDown');
    const focused = grid(page).locator('tbody tr[data-index="1"]');
    await expect(focused).toBeFocused();
    await expect(focused.getByRole('rowheader')).toBeInViewport({ ratio: 1 });
    await screenshot(page, 'caseload-layout-03-pinned-name-1366');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(filters).toBeHidden();

    // Comfortable rows, remembered for this person after a reload.
    const compactHeight = (await firstRow(page).boundingBox())?.height ?? 0;
    await page.getByRole('radio', { name: 'Comfortable' }).click();
    await expect(page.getByRole('radio', { name: 'Comfortable' })).toBeChecked();
    await expect
      .poll(async () => (await firstRow(page).boundingBox())?.height ?? 0)
      .toBeGreaterThan(compactHeight);
    await expect(grid(page).getByText('goes by Sunny').first()).toBeVisible();
    await screenshot(page, 'caseload-layout-04-comfortable-1366');
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Comfortable' })).toBeChecked();
    await page.getByRole('radio', { name: 'Compact' }).click();
    await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked();

    // A saved view, then "None": its filters go.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await tick(page.getByRole('checkbox', { name: 'Imminent risk' }));
    await expect(page.getByRole('status').filter({ hasText: /^8 clients$/ })).toBeVisible();
    await page.getByRole('button', { name: 'Save view…' }).click();
    const save = page.getByRole('dialog', { name: 'Save this view' });
    await enter(save.getByLabel('Name of the view'), 'Imminent risk');
    await save.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'View “Imminent risk” saved.' })).toBeVisible();
    await choose(page, /Saved view/, 'None');
    await expect(page.getByRole('status').filter({ hasText: `${CASELOAD_SIZE} clients` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters', exact: true })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Imminent risk' })).not.toBeChecked();
    await choose(page, /Saved view/, 'Imminent risk');
    await expect(page.getByRole('status').filter({ hasText: /^8 clients$/ })).toBeVisible();
    await choose(page, /Saved view/, 'None');
    await expect(page.getByRole('status').filter({ hasText: `${CASELOAD_SIZE} clients` })).toBeVisible();
    await page.getByRole('button', { name: /^Filters/ }).click();

    // The client file: its tabs on one row, every one reachable with the arrow keys.
    await grid(page).getByRole('rowheader').first().click();
    const tabList = page.getByRole('tablist', { name: 'Parts of the client file' });
    await expect(tabList).toBeVisible();
    const tabs = tabList.getByRole('tab');
    const tops = await tabs.evaluateAll((all) => [
      ...new Set(all.map((tab) => Math.round(tab.getBoundingClientRect().top))),
    ]);
    expect(tops, 'the tabs are on one row').toHaveLength(1);
    await tabs.first().focus();
    await page.keyboard.press('End');
    await expect(tabs.last()).toBeFocused();
    // Scrolled into view (tab widths are fractions of a pixel: a sliver of one may stay cut).
    await expect(tabs.last()).toBeInViewport({ ratio: 0.99 });
    report(
      '1366×768 client file tabs',
      await tabList.evaluate((list) => ({ scrollWidth: list.scrollWidth, clientWidth: list.clientWidth })),
    );
    await page.keyboard.press('Home');
    await screenshot(page, 'caseload-layout-05-client-file-1366');

    // 1920×1080: the header's band reaches the window's right edge, the tabs stay on one row.
    await page.setViewportSize({ width: 1920, height: 1080 });
    const band = await page.getByRole('region', { name: 'Client summary' }).boundingBox();
    expect((band?.x ?? 0) + (band?.width ?? 0)).toBeGreaterThanOrEqual(1920 - 1);
    const wideTops = await tabs.evaluateAll((all) => [
      ...new Set(all.map((tab) => Math.round(tab.getBoundingClientRect().top))),
    ]);
    expect(wideTops).toHaveLength(1);
    await screenshot(page, 'caseload-layout-06-client-file-1920');

    // The caseload at 1920: no overflow, and it uses the width (no empty third of the screen).
    await page.goBack();
    await expect(grid(page).getByRole('rowheader').first()).toBeVisible();
    const wide = await measureCaseload(page);
    report('1920×1080', wide);
    expect(wide.scrollWidth).toBeLessThanOrEqual(wide.clientWidth);
    expect(wide.rowsInView).toBeGreaterThanOrEqual(20);
    const main = await page.locator('main').boundingBox();
    const list = await page.locator('.caseload-scroll').boundingBox();
    expect(list?.width ?? 0, 'the list spans the main area').toBeGreaterThan((main?.width ?? 0) * 0.9);
    await screenshot(page, 'caseload-layout-07-1920');
  });

  test('an empty clinic tells the administrator there are no clients yet, and who adds them', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpClinic(page);
    await openClients(page);
    const grid = page.getByRole('grid', { name: 'Caseload' });
    await expect(page.getByRole('status').filter({ hasText: /^0 clients$/ })).toBeVisible();
    const empty = page.locator('.caseload-empty');
    await expect(empty).toContainText('There are no clients in Lantern yet.');
    await expect(empty).toContainText('Clients are added by staff whose role is Supervisor or Case manager.');
    await expect(empty).toContainText('Administration, under Staff accounts');
    await expect(empty).not.toContainText('No clients match these filters');
    await expect(grid).toBeVisible();
    await screenshot(page, 'caseload-layout-08-empty-clinic');
  });
});

test.describe('at 200% zoom', () => {
  // Browser zoom as Chromium does it: the window's 1366×768 pixels hold a layout half as wide
  // and half as tall in CSS pixels, each drawn with two device pixels (deviceScaleFactor 2).
  test.use({ viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 });

  test('the client file header scrolls away, the diagnosis actions are not cut off', async ({ lantern }) => {
    const { page } = lantern;
    await seededCaseload(page);
    report('200% zoom (683×384 CSS px)', await measureCaseload(page));
    await screenshot(page, 'caseload-layout-09-200pct-caseload');

    await grid(page).getByRole('rowheader').first().click();
    const header = page.getByRole('region', { name: 'Client summary' });
    await expect(header).toBeVisible();
    const id = /\/clients\/([^/?#]+)/.exec(page.url())?.[1] as string;
    await invoke(page, 'diagnoses:add', {
      clientId: id,
      diagnosis: { code: 'F33.1', isPrimary: true, onsetDate: '2024-02-01', resolvedDate: null },
    });
    await invoke(page, 'careTeam:add', {
      clientId: id,
      contact: {
        kind: 'care_team',
        careRole: 'psychiatrist',
        name: 'Dr. Priya Natarajan',
        relationship: 'Psychiatrist',
      },
    });
    // Not sticky in a short window: scrolled past, it leaves the screen to the content.
    await page.getByRole('tab', { name: 'Diagnoses' }).click();
    const inError = page.getByRole('button', { name: 'Mark F33.1 as entered in error' });
    await expect(inError).toBeVisible();
    await inError.scrollIntoViewIfNeeded();
    const wrap = await page.locator('.table-wrap').boundingBox();
    const button = await inError.boundingBox();
    expect((button?.x ?? 0) + (button?.width ?? 0), 'the button is inside the table').toBeLessThanOrEqual(
      (wrap?.x ?? 0) + (wrap?.width ?? 0),
    );
    expect(await page.locator('.table-wrap').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const headerBox = await header.boundingBox();
    expect(
      (headerBox?.y ?? 0) + (headerBox?.height ?? 0),
      'the header has scrolled away',
    ).toBeLessThanOrEqual(button?.y ?? 0);
    await screenshot(page, 'caseload-layout-10-200pct-diagnoses');

    // Role and relationship the same: said once.
    await page.getByRole('tab', { name: 'Contacts & care team' }).click();
    const card = page.getByRole('listitem').filter({ hasText: 'Dr. Priya Natarajan' });
    await expect(card).toContainText('Dr. Priya Natarajan · Psychiatrist');
    await expect(card).not.toContainText('(Psychiatrist)');
    await screenshot(page, 'caseload-layout-11-200pct-contacts');
  });
});
