import {
  FRAN,
  type Person,
  expectEveryControlNamed,
  fillNewClient,
  firstSignIn,
  openClients,
  screenshotOf,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { enter, screenshot, signOut } from './steps';

/** A walk-in at the front desk: a name, a birth date and a phone number to call back. */
const WALK_IN = {
  legalFirstName: 'Rosa',
  legalLastName: 'Delgado',
  birthDate: '1988-06-14',
  phone: '555-310-4455',
};

const SAM: Person = {
  fullName: 'Sam Okoye',
  username: 'sam.okoye',
  role: 'Supervisor',
  temporaryPassword: 'lookout hill temporary 58',
  password: 'sam watches the whole harbor',
};

/** The clinic laptop the front desk uses. */
test.use({ viewport: { width: 1366, height: 768 } });

test.describe('front desk', () => {
  test('registers a client, updates a phone number, and cannot see or set anything clinical', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [FRAN, SAM]);
    await firstSignIn(page, FRAN);
    await openClients(page);
    await page.getByRole('link', { name: 'Add a client' }).click();
    await expect(page.getByRole('heading', { name: 'Add a client', level: 1 })).toBeVisible();
    await expect(page.getByText('A supervisor assigns the new client to a case manager')).toBeVisible();

    // The form shows only what front desk may set: no programs, assignments, insurance or flags.
    const form = page.getByRole('form', { name: 'Add a client' });
    for (const hidden of ['Sex at birth', 'Gender identity', 'Living situation']) {
      await expect(form.getByLabel(hidden, { exact: true })).toHaveCount(0);
    }
    await expect(form.getByRole('button', { name: 'Add a program' })).toHaveCount(0);
    await expect(form.getByRole('group', { name: 'Assigned case managers' })).toHaveCount(0);
    await expect(form.getByRole('group', { name: 'Insurance and benefits' })).toHaveCount(0);
    await expect(form.getByRole('group', { name: 'Risk and flags' })).toHaveCount(0);
    for (const flag of ['Safety concern', 'Financial concern', 'Legal involvement', 'Part 2 protected'])
      await expect(form.getByRole('checkbox', { name: flag })).toHaveCount(0);
    await expect(form.getByRole('checkbox', { name: 'Household not aware' })).toHaveCount(1);
    await expect(form.getByLabel('Preferred language')).toBeVisible();

    await fillNewClient(page, WALK_IN);
    await enter(form.getByLabel('Email'), 'rosa@example.org');
    await expectEveryControlNamed(page, 'front desk: add a client');
    await screenshotOf(page, 'front-desk-01-register', form);
    await form.getByRole('button', { name: 'Save client' }).click();

    // The new file, as front desk sees it: contact details, nobody assigned yet, nothing clinical.
    const heading = page.getByRole('heading', { name: 'Rosa', level: 1 });
    await expect(heading).toBeVisible();
    await expect(page.getByText('Rosa Delgado was registered. They are unassigned')).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Parts of the client file' }).getByRole('tab');
    await expect(tabs).toHaveText(['Overview', 'Contacts & care team']);
    await expect(page.getByRole('region', { name: 'Contact', exact: true })).toContainText('555-310-4455');
    await expect(page.getByRole('region', { name: 'Assigned case managers' })).toContainText(
      'No case manager yet',
    );
    await expect(page.getByRole('region', { name: 'Risk and flags' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Programs and enrollment' })).toHaveCount(0);
    await screenshot(page, 'front-desk-02-registered');

    // A new phone number, from "Edit details": the contact form only.
    await page.getByRole('button', { name: 'Edit details' }).click();
    const edit = page.getByRole('form', { name: 'Edit contact details' });
    await expect(edit).toBeVisible();
    await expect(edit.getByRole('button', { name: 'Add a program' })).toHaveCount(0);
    await expect(edit.getByRole('checkbox', { name: 'Safety concern' })).toHaveCount(0);
    await expect(edit.getByText('Risk level')).toHaveCount(0);
    const phone = edit
      .getByRole('group', { name: 'Phone number 1' })
      .getByRole('textbox', { name: 'Phone number' });
    await expect(phone).toHaveValue('555-310-4455');
    await enter(phone, '555-777-0101');
    await expectEveryControlNamed(page, 'front desk: edit contact details');
    await screenshotOf(page, 'front-desk-03-edit-contact', edit);
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Changes saved.')).toBeVisible();
    const contact = page.getByRole('region', { name: 'Contact', exact: true });
    await expect(contact).toContainText('555-777-0101');
    await expect(contact).not.toContainText('555-310-4455');
    await screenshot(page, 'front-desk-04-phone-updated');

    // The duplicate check works at the desk too: the same person again is caught.
    await openClients(page);
    await page.getByRole('link', { name: 'Add a client' }).click();
    await fillNewClient(page, { ...WALK_IN, phone: undefined });
    await expect(page.getByRole('heading', { name: 'Possible duplicates' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Open Rosa/ })).toBeVisible();
    await screenshot(page, 'front-desk-05-duplicate-check');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await signOut(page);

    // A supervisor sees the new client with nobody assigned, to give them a case manager.
    await firstSignIn(page, SAM);
    await openClients(page);
    await page.getByRole('switch', { name: 'My caseload' }).setChecked(false, { force: true });
    const caseload = page.getByRole('grid', { name: 'Caseload' });
    // The caseload's default columns fit a laptop (Case manager is in the chooser); the file says it.
    const row = caseload.getByRole('row').filter({ hasText: 'Delgado, Rosa' });
    await expect(row).toContainText('Referred');
    await row.click();
    await expect(page.getByText('No case manager yet').first()).toBeVisible();
  });
});
