import {
  CAM,
  CASEY,
  DEE,
  choose,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  openClients,
} from './client-steps';
import { expect, test } from './fixtures';
import { addStaffMember, enter, openAdministration, screenshot, setUpClinic, signOut } from './steps';

test.describe('teams', () => {
  test('an administrator puts two case managers on a team; one opens the other’s client without a reason', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpClinic(page);
    await openAdministration(page, 'Staff accounts');
    for (const person of [CASEY, DEE]) await addStaffMember(page, person);

    const teams = page.getByRole('region', { name: 'Teams' });
    await expect(teams).toContainText('No teams yet.');
    await enter(teams.getByLabel('New team name'), 'North');
    await teams.getByRole('button', { name: 'Create team' }).click();
    await expect(teams.getByText('Team North was created.')).toBeVisible();
    // Names are unique whatever their capitals: the field says so.
    await enter(teams.getByLabel('New team name'), 'north');
    await teams.getByRole('button', { name: 'Create team' }).click();
    await expect(teams.getByText('There is already a team with this name.')).toBeVisible();

    for (const person of [CASEY, DEE]) {
      await choose(page, new RegExp(`Team for ${person.fullName}`), 'North');
      await expect(
        page.getByRole('button', { name: new RegExp(`Team for ${person.fullName}`) }),
      ).toContainText('North');
    }
    await expect(teams.getByText('North: 2 people')).toBeVisible();
    await expectEveryControlNamed(page, 'staff accounts with teams');
    await screenshot(page, 'teams-01-staff-accounts');
    await signOut(page);

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
    await page.getByRole('switch', { name: 'My team’s clients' }).setChecked(true, { force: true });
    await expect(page.getByRole('switch', { name: 'My caseload' })).not.toBeChecked();
    const caseload = page.getByRole('grid', { name: 'Caseload' });
    const row = caseload.getByRole('row').filter({ hasText: 'Reyes, John' });
    await expect(row).toBeVisible();
    await expect(row).not.toContainText('Not on your caseload');
    await screenshot(page, 'teams-02-my-teams-clients');

    await enter(page.getByRole('combobox', { name: 'Find a client' }), 'Reyes');
    const result = page.getByRole('option', { name: /^Reyes, John/ });
    await expect(result).not.toHaveAccessibleDescription(/Not on your caseload/);
    await result.click();
    await expect(page.getByRole('heading', { level: 1, name: /^Cam\b/ })).toBeVisible();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByText(/Opened with emergency access/)).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Diagnoses' })).toBeVisible();
  });
});
