import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../helpers/csv-read';
import { expect, test } from './fixtures';
import {
  CASEY,
  choose,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  openClients,
  setUpTeam,
} from './client-steps';
import { ADMIN, enter, openAdministration, screenshot, signIn, signOut } from './steps';

const ROSA = {
  legalFirstName: 'Rosa',
  legalLastName: 'Mendez',
  birthDate: '1979-06-02',
  sexAtBirth: 'female',
};
const OTHER = { legalFirstName: 'Omar', legalLastName: 'Haddad', birthDate: '1990-01-20' };

test.describe('the audit trail, read by a volunteer administrator', () => {
  test('who opened Ms Mendez’s file: filtered by client in two clicks, in sentences, exported as CSV', async ({
    lantern,
  }) => {
    const { page, dataDir } = lantern;
    await page.setViewportSize({ width: 1366, height: 768 });
    await setUpTeam(page, [CASEY]);

    // A case manager opens Rosa's file (and works on another client's).
    await firstSignIn(page, CASEY);
    await createClientThroughBridge(page, ROSA);
    await createClientThroughBridge(page, OTHER);
    await openClients(page);
    const search = page.getByRole('combobox', { name: 'Find a client' });
    await enter(search, 'Rosa Mendez');
    await expect(page.getByRole('option', { name: /^Mendez, Rosa/ })).toBeVisible();
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: /Rosa/ })).toBeVisible();
    await signOut(page);

    // The administrator: Audit trail, type her name, pick her — the list is hers alone.
    await signIn(page, ADMIN.username, ADMIN.password);
    await openAdministration(page, 'Audit trail');
    const table = page.getByRole('grid', { name: 'Audit trail entries' });
    await expect(table.getByRole('row').nth(1)).toBeVisible();
    const clientBox = page.getByRole('combobox', { name: 'Client', exact: true });
    await enter(clientBox, 'Mendez');
    await page.getByRole('option', { name: /^Mendez, Rosa/ }).click();
    await expect(page.getByText('Entries about Mendez, Rosa')).toBeVisible();

    const opened = table
      .getByRole('row')
      .filter({ hasText: /Casey Morgan opened the file of Rosa Mendez \(C-\d+\) with full access/ });
    await expect(opened).toHaveCount(1);
    await expect(
      table.getByRole('row').filter({ hasText: 'Casey Morgan added a new client: Rosa Mendez' }),
    ).toHaveCount(1);
    // Every entry is about her (the header row aside); nothing about anyone else, no ids or code names.
    await expect(table.getByRole('row').filter({ hasNotText: 'Rosa Mendez' })).toHaveCount(1);
    await expect(table).not.toContainText('Haddad');
    await expect(table).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}|access: full|front_desk|→/);
    await expectEveryControlNamed(page, 'Audit trail filtered by client');
    await screenshot(page, 'audit-trail-by-client-1366');

    // Narrowed further to one action, the same answer.
    await choose(page, /Action$/, 'Client record opened');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(opened).toHaveCount(1);

    // Export the filtered list as CSV: warned first, then saved where the dialog answered.
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Export the audit trail' });
    await expect(dialog).toContainText('The file is NOT encrypted');
    await expect(dialog.getByRole('radio', { name: 'Spreadsheet (CSV)' })).toBeChecked();
    await screenshot(page, 'audit-trail-export-dialog');
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(
      page.getByText(/Saved 1 entry to .*Lantern-audit-trail-\d{4}-\d{2}-\d{2}\.csv/),
    ).toBeVisible();
    await screenshot(page, 'audit-trail-exported');

    const folder = join(dataDir, 'exports');
    const [file] = readdirSync(folder).filter((name) => name.endsWith('.csv'));
    const { rows: csv } = readCsv(readFileSync(join(folder, file as string), 'utf8'));
    expect(csv[0]).toContain('What happened');
    expect(csv).toHaveLength(2);
    // The administrator may not give a client's contact details out: the file names her by reference.
    expect(csv[1]?.[6]).toMatch(/^Lantern reference [0-9a-f-]{36}$/);
    expect(csv[1]?.[5]).toMatch(/^Casey Morgan opened the file of a client with full access$/);

    // The export is itself in the trail, under her file.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await enter(clientBox, 'Mendez');
    await page.getByRole('option', { name: /^Mendez, Rosa/ }).click();
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: 'Alex Rivera exported 1 audit trail entry as a spreadsheet (CSV)' }),
    ).toHaveCount(1);
  });
});
