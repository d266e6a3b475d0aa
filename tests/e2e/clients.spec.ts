import type { Page } from '@playwright/test';
import {
  CAM,
  CASEY,
  DEE,
  FRAN,
  JONH,
  ageToday,
  choose,
  createClientThroughBridge,
  setRiskThroughBridge,
  expectEveryControlNamed,
  fillNewClient,
  firstSignIn,
  openClients,
  screenshotOf,
  setUpTeam,
  tick,
} from './client-steps';
import { expect, test } from './fixtures';
import { enter, screenshot, signOut } from './steps';

const clientIdFromUrl = (page: Page) => /#\/clients\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

/** Another workstation user saving the same client, through the bridge main checks like any call. */
async function changeGenderIdentityElsewhere(page: Page, id: string, genderIdentity: string) {
  const ok = await page.evaluate(
    async ({ id, genderIdentity }) => {
      type Bridge = { invoke(c: string, i: unknown): Promise<{ ok: boolean; value: unknown }> };
      const bridge = (window as unknown as { lantern: Bridge }).lantern;
      const file = (await bridge.invoke('clients:get', { id })).value as {
        client: Record<string, unknown> & { updatedAt: string };
      };
      const keys = [
        'clientNumber',
        'legalFirstName',
        'legalLastName',
        'preferredName',
        'pronouns',
        'birthDate',
        'sexAtBirth',
        'genderIdentity',
        'preferredLanguage',
        'interpreterNeeded',
        'phones',
        'email',
        'address',
        'livingSituation',
        'enrollments',
        'assignedCaseManagerIds',
        'insurance',
        'flags',
      ];
      const client = Object.fromEntries(keys.map((key) => [key, file.client[key]]));
      const result = await bridge.invoke('clients:update', {
        id,
        client: { ...client, genderIdentity },
        expectedUpdatedAt: file.client.updatedAt,
      });
      return result.ok;
    },
    { id, genderIdentity },
  );
  expect(ok, 'the other save went through').toBe(true);
}

/** The client file opened for Cam (legally John Reyes). */
const camHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /^Cam\b/ });

test.describe('clients', () => {
  test('a case manager adds clients, is warned of a duplicate, edits, and sees the history', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    await openClients(page);
    await expect(page.getByRole('switch', { name: 'My caseload' })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: /^0 clients$/ })).toBeVisible();
    await expectEveryControlNamed(page, 'caseload-empty');

    // Add Cam, with a phone, a program and two flags; the age follows the birth date.
    await page.getByRole('link', { name: 'Add a client' }).click();
    await expect(page.getByRole('heading', { name: 'Add a client', level: 1 })).toBeVisible();
    await expect(page.getByLabel('Client ID')).toHaveValue('');
    await expect(page.getByText('Leave empty to number automatically.')).toBeVisible();
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect(page.getByLabel('Legal first name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('This is required.').first()).toBeVisible();
    await fillNewClient(page, CAM);
    await expect(page.getByText(`Age: ${ageToday(CAM.birthDate)} years`)).toBeVisible();
    await tick(page.getByRole('checkbox', { name: 'Part 2 protected' }));
    await tick(page.getByRole('checkbox', { name: 'Household not aware' }));
    await expect(
      page.getByText('Substance-use treatment records protected by 42 CFR Part 2', { exact: false }),
    ).toBeVisible();
    await expectEveryControlNamed(page, 'add-client');
    await screenshotOf(page, 'clients-01-add-client', page.getByRole('group', { name: 'Identity' }));
    await screenshotOf(
      page,
      'clients-01b-add-client-flags',
      page.getByRole('group', { name: 'Risk and flags' }),
    );
    await page.getByRole('button', { name: 'Save client' }).click();

    await expect(camHeading(page)).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Cam Reyes was added.' })).toBeVisible();
    const header = page.getByRole('region', { name: 'Client summary' });
    await expect(header).toContainText('Legal name: John Reyes');
    await expect(header).toContainText(`${ageToday(CAM.birthDate)} years old`);
    await expect(header).toContainText('Part 2 protected');
    await expect(header).toContainText('Household not aware');
    await expect(header).toContainText(CASEY.fullName);
    await expect(header).toContainText('Waitlist');
    await expect(header).toContainText(/C-\d+|\w+-\d+/);
    await expectEveryControlNamed(page, 'client-file-overview');
    await screenshot(page, 'clients-02-file-overview');

    // Jonh Reyes, born the same day: the warning names John first, then "a different person".
    await openClients(page);
    await page.getByRole('link', { name: 'Add a client' }).click();
    await fillNewClient(page, JONH);
    const warning = page.getByRole('alert').filter({ hasText: 'Possible duplicates' });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('John Reyes');
    await expect(warning).toContainText('goes by Cam');
    await expect(warning).toContainText('Same birth date, similar name');
    await expect(warning.getByRole('link', { name: 'Open John Reyes' })).toBeVisible();
    await page.getByLabel('Pronouns').click(); // leave the birth date so the live check has settled
    await expectEveryControlNamed(page, 'add-client-duplicates');
    await screenshotOf(page, 'clients-03-possible-duplicate', page.getByRole('group', { name: 'Identity' }));
    // Looking at the match and coming back loses nothing that was typed.
    await warning.getByRole('link', { name: 'Open John Reyes' }).click();
    await expect(camHeading(page)).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('status').filter({ hasText: 'Draft restored' })).toBeVisible();
    await expect(page.getByLabel('Legal first name')).toHaveValue(JONH.legalFirstName);
    await expect(page.getByLabel('Birth date')).toHaveValue(JONH.birthDate);
    await page.getByRole('button', { name: 'Save client' }).click();
    await expect(warning).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Add a client', level: 1 })).toBeVisible();
    // A problem main finds (a client ID already in use) appears next to its field.
    await enter(page.getByLabel('Client ID'), 'C-000001');
    const saveAnyway = warning.getByRole('button', { name: 'This is a different person — save anyway' });
    await saveAnyway.click();
    await expect(page.getByText('Another client already has this number.')).toBeVisible();
    await expect(page.getByLabel('Client ID')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Legal first name')).toHaveValue(JONH.legalFirstName);
    await enter(page.getByLabel('Client ID'), '');
    await saveAnyway.click();
    await expect(page.getByRole('heading', { level: 1, name: /^Jonh\b/ })).toBeVisible();

    // Back to Cam through quick search, with a typo in the surname.
    await openClients(page);
    await expect(page.getByRole('status').filter({ hasText: /^2 clients$/ })).toBeVisible();
    const search = page.getByRole('combobox', { name: 'Find a client' });
    await enter(search, 'John Reyse');
    const camOption = page.getByRole('option', { name: /^Reyes, John goes by Cam/ });
    await expect(camOption).toBeVisible();
    await expectEveryControlNamed(page, 'quick-search');
    await screenshot(page, 'clients-04-quick-search');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(camHeading(page)).toBeVisible();

    // Edit the preferred name; the header follows, and History says who changed what.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await expect(page.getByRole('heading', { name: 'Edit client details' })).toBeVisible();
    await expect(page.getByLabel('Preferred name')).toHaveValue('Cam');
    // The risk level is not a field of the form: shown, with the way to change it with a reason.
    const risk = page.getByTestId('form-risk-current');
    await expect(risk).toContainText('Risk level: Not assessed');
    await expect(risk.getByRole('link', { name: 'Set the risk level on the Assessments tab' })).toBeVisible();
    await enter(page.getByLabel('Preferred name'), 'Cammy');
    await enter(page.getByLabel('Email'), 'not an email');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Enter an email address like name@example.org.')).toBeVisible();
    await expect(page.getByLabel('Preferred name')).toHaveValue('Cammy');
    await enter(page.getByLabel('Email'), 'cam.reyes@example.org');
    await expectEveryControlNamed(page, 'client-edit');

    // Someone else saves first: Lantern says so and keeps this person's changes.
    await changeGenderIdentityElsewhere(page, clientIdFromUrl(page), 'man');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Someone else saved changes' })).toBeVisible();
    await expect(page.getByLabel('Preferred name')).toHaveValue('Cammy');
    await screenshotOf(
      page,
      'clients-04b-stale-edit',
      page.getByRole('alert').filter({ hasText: 'Someone else' }),
    );
    await page.getByRole('button', { name: 'Discard my changes and show the latest version' }).click();
    await expect(page.getByLabel('Gender identity')).toHaveValue('man');
    await expect(page.getByLabel('Preferred name')).toHaveValue('Cam');
    await enter(page.getByLabel('Preferred name'), 'Cammy');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: /^Cammy\b/ })).toBeVisible();

    // A care-team member.
    await page.getByRole('tab', { name: 'Contacts & care team' }).click();
    await page.getByRole('button', { name: 'Add a contact' }).click();
    const contact = page.getByRole('dialog', { name: 'Add a contact' });
    await choose(contact, /Kind of contact/, 'Care team');
    await choose(contact, /Role in the care team/, 'Psychiatrist');
    await enter(contact.getByLabel('Name', { exact: true }), 'Dr. Priya Natarajan');
    await enter(contact.getByLabel('Organization'), 'Riverside Psychiatry');
    await enter(contact.getByLabel('Phone', { exact: true }), '555-300-1200');
    await tick(contact.getByRole('checkbox', { name: 'The client agrees that we may contact this person' }));
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await expect(
      contact.getByText('Enter the date the client agreed to this contact being made.'),
    ).toBeVisible();
    await enter(contact.getByLabel('Date the client agreed'), '2025-01-15');
    await expectEveryControlNamed(page, 'contact-dialog');
    await screenshot(page, 'clients-05-contact-dialog');
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await expect(contact).toBeHidden();
    const careTeam = page.getByRole('region', { name: 'Care team' });
    await expect(careTeam).toContainText('Dr. Priya Natarajan');
    await expect(careTeam).toContainText('Psychiatrist');
    await expect(careTeam).toContainText('May be contacted');
    await screenshot(page, 'clients-06-contacts');
    // Removing asks why; the reason goes into the history.
    await page.getByRole('button', { name: 'Add a contact' }).click();
    await choose(contact, /Kind of contact/, 'Emergency contact');
    await enter(contact.getByLabel('Name', { exact: true }), 'Old Neighbour');
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('region', { name: 'Emergency contacts' })).toContainText('Old Neighbour');
    await page.getByRole('button', { name: 'Remove Old Neighbour' }).click();
    const remove = page.getByRole('alertdialog', { name: 'Remove Old Neighbour?' });
    await remove.getByRole('button', { name: 'Remove contact' }).click();
    await expect(remove.getByText('This is required.')).toBeVisible();
    await enter(remove.getByLabel('Reason'), 'Moved away; no longer in touch');
    await remove.getByRole('button', { name: 'Remove contact' }).click();
    await expect(page.getByRole('region', { name: 'Emergency contacts' })).toHaveCount(0);

    // A diagnosis found by words, marked primary.
    await page.getByRole('tab', { name: 'Diagnoses' }).click();
    await page.getByRole('button', { name: 'Add a diagnosis' }).click();
    const diagnosis = page.getByRole('dialog', { name: 'Add a diagnosis' });
    await enter(diagnosis.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }), 'recurrent');
    const f331 = page.getByRole('option', { name: /^F33\.1 Major depressive disorder, recurrent/ });
    await expect(f331).toBeVisible();
    await expectEveryControlNamed(page, 'diagnosis-search');
    await screenshot(page, 'clients-07-diagnosis-search');
    await f331.click();
    await tick(diagnosis.getByRole('checkbox', { name: 'Primary diagnosis' }));
    await diagnosis.getByRole('button', { name: 'Add diagnosis' }).click();
    await expect(diagnosis).toBeHidden();
    const row = page.getByRole('row').filter({ hasText: 'F33.1' });
    await expect(row).toContainText('Major depressive disorder, recurrent');
    await expect(row).toContainText('Primary');
    await expect(row).toContainText(CASEY.fullName);
    await screenshot(page, 'clients-08-diagnoses');

    // History: when, who, what, from, to.
    await page.getByRole('tab', { name: 'History' }).click();
    const history = page.getByRole('grid', { name: 'History of changes' });
    const preferred = history.getByRole('row').filter({ hasText: 'Preferred name' }).first();
    await expect(preferred).toContainText(CASEY.fullName);
    await expect(preferred).toContainText('Client John Reyes');
    await expect(preferred.getByRole('gridcell').nth(2)).toHaveText('Cam');
    await expect(preferred.getByRole('gridcell').nth(3)).toHaveText('Cammy');
    await expect(history).toContainText('Contact Dr. Priya Natarajan');
    await expect(history).toContainText('Diagnosis F33.1');
    // Values are worded from the catalogue: a care role's name, a flag's yes, the programs as a list.
    const role = history.getByRole('row').filter({ hasText: 'Role in the care team' }).first();
    await expect(role.getByRole('gridcell').nth(3)).toHaveText('Psychiatrist');
    const part2 = history.getByRole('row').filter({ hasText: 'Flag: Part 2 protected' }).first();
    await expect(part2.getByRole('gridcell').nth(3)).toHaveText('Yes');
    const programs = history.getByRole('row').filter({ hasText: 'Programs' }).first();
    await expect(programs.getByRole('gridcell').nth(3).getByRole('listitem')).toHaveCount(1);
    await expect(history.getByRole('row').filter({ hasText: 'Removed (reason)' })).toContainText(
      'Moved away; no longer in touch',
    );
    await expectEveryControlNamed(page, 'client-history');
    await screenshot(page, 'clients-09-history');

    // Progress notes arrived with issue 10: the tab names every control. The placeholders left
    // (referrals) are honest and labelled.
    await page.getByRole('tab', { name: 'Notes' }).click();
    await expect(
      page.getByRole('tabpanel', { name: 'Notes' }).getByRole('button', { name: 'New note' }),
    ).toBeVisible();
    await expectEveryControlNamed(page, 'client-notes');
    await page.getByRole('tab', { name: 'Referrals' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Referrals' })).toContainText(
      'Coming soon: referrals to local services',
    );

    // The record leaves as a FHIR file; this client's Part 2 flag keeps substance-use diagnoses out.
    await page.getByRole('tab', { name: 'Overview' }).click();
    // Said before anything is chosen: the file is not encrypted. The harness answers the save
    // dialog with a file under its own data folder.
    await page.getByRole('button', { name: 'Export record (FHIR)' }).click();
    const exportDialog = page.getByRole('alertdialog', { name: 'Export the record as a file' });
    await expect(exportDialog).toContainText('The exported file is NOT encrypted.');
    await expectEveryControlNamed(page, 'export-warning');
    await exportDialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /was saved to .+exports.+NOT encrypted/ }),
    ).toBeVisible();

    // Filter the caseload, save the view, reload, and pick it again.
    await openClients(page);
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await tick(page.getByRole('checkbox', { name: 'Waitlist' }));
    await expect(page.getByRole('status').filter({ hasText: /^1 client$/ })).toBeVisible();
    const caseload = page.getByRole('grid', { name: 'Caseload' });
    await expect(caseload.getByRole('rowheader')).toHaveCount(1);
    await expect(caseload.getByRole('rowheader')).toContainText('Reyes, John');
    await expectEveryControlNamed(page, 'caseload-filters');
    await screenshot(page, 'clients-10-caseload-filtered');
    await page.getByRole('button', { name: 'Save view…' }).click();
    const save = page.getByRole('dialog', { name: 'Save this view' });
    await enter(save.getByLabel('Name of the view'), 'My waitlist');
    await save.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'View “My waitlist” saved.' })).toBeVisible();

    await page.reload();
    await expect(page.getByRole('heading', { name: 'Clients', level: 1 })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^2 clients$/ })).toBeVisible();
    await choose(page, /Saved view/, 'My waitlist');
    await expect(page.getByRole('status').filter({ hasText: /^1 client$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Filters (1 in use)' })).toBeVisible();
    await expect(page.getByText('Filtered by: Waitlist.')).toBeVisible();
  });

  test('another case manager gives a reason before opening a client who is not theirs', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY, DEE]);
    await firstSignIn(page, CASEY);
    await createClientThroughBridge(page, {
      legalFirstName: CAM.legalFirstName,
      legalLastName: CAM.legalLastName,
      preferredName: CAM.preferredName,
      birthDate: CAM.birthDate,
    });
    await signOut(page);

    await firstSignIn(page, DEE);
    await openClients(page);
    await expect(page.getByRole('status').filter({ hasText: /^0 clients$/ })).toBeVisible();
    await page.getByRole('switch', { name: 'My caseload' }).setChecked(false, { force: true });
    const caseload = page.getByRole('grid', { name: 'Caseload' });
    await expect(caseload.getByRole('row').filter({ hasText: 'Reyes, John' })).toContainText(
      'Not on your caseload',
    );

    await enter(page.getByRole('combobox', { name: 'Find a client' }), 'Reyes');
    const result = page.getByRole('option', { name: /^Reyes, John/ });
    await expect(result).toHaveAccessibleDescription(/Not on your caseload/);
    await result.click();
    const ask = page.getByRole('alertdialog', { name: 'Open a file outside your caseload' });
    // Cancel keeps the file closed; the question can be asked again.
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'Not on your caseload', level: 1 })).toBeVisible();
    await expect(page.getByText('Reyes')).toHaveCount(0);
    await page.getByRole('button', { name: 'Give a reason and open the file' }).click();
    await expect(ask).toContainText(
      'Cam is not on your caseload. Say why you need to open this file; supervisors will see it.',
    );
    await enter(ask.getByLabel('Why do you need this file?'), 'crisis');
    await ask.getByRole('button', { name: 'Open file' }).click();
    await expect(ask.getByText('Please give a reason of at least 10 characters.')).toBeVisible();
    await expectEveryControlNamed(page, 'break-glass');
    await screenshot(page, 'clients-11-break-the-glass');
    const reason = 'Cam called in crisis and Casey is away today';
    await enter(ask.getByLabel('Why do you need this file?'), reason);
    await ask.getByRole('button', { name: 'Open file' }).click();
    await expect(camHeading(page)).toBeVisible();
    await expect(page.getByText(`Opened with emergency access: ${reason}`)).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Diagnoses' })).toBeVisible();
    await screenshot(page, 'clients-12-emergency-access');
  });

  test('the front desk sees demographics and contacts, never the clinical tabs', async ({ lantern }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY, FRAN]);
    await firstSignIn(page, CASEY);
    const created = await createClientThroughBridge(page, {
      legalFirstName: CAM.legalFirstName,
      legalLastName: CAM.legalLastName,
      preferredName: CAM.preferredName,
      birthDate: CAM.birthDate,
      flags: { part2Protected: true, householdUnaware: true },
    });
    await setRiskThroughBridge(page, created.id, 'high');
    await signOut(page);

    await firstSignIn(page, FRAN);
    await openClients(page);
    await expect(page.getByRole('switch', { name: 'My caseload' })).toHaveCount(0);
    // Front desk registers people (tests/e2e/front-desk.spec.ts), with the contact fields only.
    await expect(page.getByRole('link', { name: 'Add a client' })).toHaveCount(1);
    const caseload = page.getByRole('grid', { name: 'Caseload' });
    await expect(caseload.getByRole('columnheader', { name: 'Risk' })).toHaveCount(0);
    // Nor the clinical follow-ups (issue 9): front desk does not read clinical records.
    await expect(caseload.getByRole('columnheader', { name: 'Safety alert' })).toHaveCount(0);
    await expect(caseload.getByRole('columnheader', { name: 'Plan review' })).toHaveCount(0);
    const row = caseload.getByRole('row').filter({ hasText: 'Reyes, John' });
    await expect(row).toContainText('Household not aware');
    await expect(row).not.toContainText('Part 2 protected');
    await row.click();

    await expect(camHeading(page)).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Parts of the client file' }).getByRole('tab');
    await expect(tabs).toHaveText(['Overview', 'Contacts & care team']);
    await expect(page.getByRole('tab', { name: 'Diagnoses' })).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'History' })).toHaveCount(0);
    // Edit details opens the contact details only (tests/e2e/front-desk.spec.ts).
    await expect(page.getByRole('button', { name: 'Edit details' })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Risk and flags' })).toHaveCount(0);
    // A programme's name can reveal treatment; insurance is not needed to book a visit.
    await expect(page.getByRole('region', { name: 'Programs and enrollment' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Insurance and benefits' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Contact', exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Before contacting the client' })).toContainText(
      'Never leave messages at home',
    );
    await expect(page.getByText('Part 2 protected')).toHaveCount(0);
    await expectEveryControlNamed(page, 'front-desk-file');
    await screenshot(page, 'clients-13-front-desk');
    await page.getByRole('tab', { name: 'Contacts & care team' }).click();
    await expect(page.getByText('No contacts yet.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a contact' })).toHaveCount(0);
  });

  test('a long caseload scrolls, sorts and moves with the keyboard; columns can be chosen', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    const count = 240;
    await page.evaluate(async (total) => {
      const bridge = (window as unknown as { lantern: { invoke(c: string, i: unknown): Promise<unknown> } })
        .lantern;
      const first = [
        'Ada',
        'Ben',
        'Cleo',
        'Dev',
        'Esme',
        'Finn',
        'Gia',
        'Hal',
        'Ines',
        'Jude',
        'Kai',
        'Lena',
      ];
      for (let index = 0; index < total; index += 1) {
        const day = String((index % 28) + 1).padStart(2, '0');
        const month = String((index % 12) + 1).padStart(2, '0');
        await bridge.invoke('clients:create', {
          client: {
            legalFirstName: first[index % first.length],
            legalLastName: `Testperson${String(index).padStart(3, '0')}`,
            birthDate: `${1950 + (index % 50)}-${month}-${day}`,
            phones: [{ kind: 'mobile', number: `555-${String(1000 + index)}-0000` }],
          },
          duplicatesReviewed: true,
        });
      }
    }, count);

    await openClients(page);
    await expect(page.getByRole('status').filter({ hasText: `${count} clients` })).toBeVisible();
    const caseload = page.getByRole('grid', { name: 'Caseload' });
    await expect(caseload).toHaveAttribute('aria-rowcount', String(count + 1));
    const rendered = await caseload.locator('tbody tr[data-index]').count();
    expect(rendered, 'only the rows in view are in the page').toBeLessThan(80);
    await expect(caseload.getByRole('rowheader').first()).toContainText('Testperson000');

    // Sort by name, descending.
    const nameHeader = caseload.getByRole('columnheader', { name: 'Name' });
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(caseload.getByRole('rowheader').first()).toContainText('Testperson239');

    // Keyboard: arrows, End (loads the last page), Home, Enter.
    const firstRow = caseload.locator('tbody tr[data-index="0"]');
    await firstRow.focus();
    await page.keyboard.press('ArrowDown');
    await expect(caseload.locator('tbody tr[data-index="1"]')).toBeFocused();
    await page.keyboard.press('End');
    const lastRow = caseload.locator(`tbody tr[data-index="${count - 1}"]`);
    await expect(lastRow).toBeFocused();
    await expect(lastRow.getByRole('rowheader')).toBeInViewport({ ratio: 1 });
    await expect(lastRow).toHaveAttribute('aria-rowindex', String(count + 1));
    await expect(lastRow).toContainText('Testperson000');
    await screenshot(page, 'clients-14-caseload-end');
    await page.keyboard.press('Home');
    await expect(firstRow).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Client summary' })).toContainText('Testperson238');
    await page.goBack();

    // Columns: show Phone, hide Plan review, move Status before Safety alert. (A new caseload
    // shows the columns that fit the window: at 1280 pixels, up to Plan review.)
    await page.getByRole('button', { name: 'Columns' }).click();
    const chooser = page.getByRole('dialog', { name: 'Choose columns' });
    await tick(chooser.getByRole('checkbox', { name: 'Phone' }));
    await tick(chooser.getByRole('checkbox', { name: 'Plan review' }), false);
    await chooser.getByRole('button', { name: 'Move Status up' }).click();
    await expectEveryControlNamed(page, 'column-chooser');
    await screenshot(page, 'clients-15-columns');
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    const headers = caseload.getByRole('columnheader');
    await expect(headers).toHaveText([
      /^Name/,
      /^Status/,
      /^Safety alert/,
      /^Risk/,
      /^Flags/,
      /^Last contact/,
      /^Phone/,
    ]);
    await expectEveryControlNamed(page, 'caseload-long');
  });
});
