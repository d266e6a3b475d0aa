import type { Page } from '@playwright/test';
import {
  CASEY,
  choose,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { enter, screenshot, signIn } from './steps';

const ROSA = {
  legalFirstName: 'Rosa',
  legalLastName: 'Delgado',
  preferredName: 'Rosa',
  birthDate: '1979-06-02',
};

/** The intake's written sections, by the label each box has. */
const ANSWERS: [label: string, text: string][] = [
  [
    'Presenting concerns, in the client’s own words',
    '"I can\'t sleep and I\'m scared of losing my apartment."',
  ],
  ['Mental-health history', 'Major depression since 2015; one hospitalisation in 2019.'],
  ['Substance use', 'Two or three drinks most evenings.'],
  ['Physical health', 'Type 2 diabetes, managed.'],
  ['Medications', 'Sertraline 100 mg daily; metformin.'],
  ['Family and social supports', 'Sister nearby, visits weekly.'],
  ['Housing', 'Rents a studio; two months behind on rent.'],
  ['Income and benefits', 'SSDI; SNAP pending.'],
  ['Education and employment', 'High school diploma; not working since 2020.'],
  ['Legal', 'None.'],
  ['Cultural and spiritual considerations', 'Attends church some Sundays; Spanish at home.'],
  ['The client’s own goals', '"Keep my place and feel like myself again."'],
];

const box = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const tab = (page: Page) => page.getByRole('tabpanel', { name: 'Assessments' });
const autosaved = (page: Page) => page.getByRole('status').filter({ hasText: /^Draft saved at / });

async function addItem(page: Page, label: 'Add a strength' | 'Add a need', text: string) {
  await enter(page.getByRole('textbox', { name: label }), text);
  await page.keyboard.press('Enter');
}

test.describe('assessments', () => {
  test('an intake is written (autosaved through a lock), signed, reassessed beside its answers, and the risk level set', async ({
    lantern,
  }) => {
    const { page } = lantern;
    await setUpTeam(page, [CASEY]);
    await firstSignIn(page, CASEY);
    const { id } = await createClientThroughBridge(page, ROSA);
    await page.evaluate((clientId) => {
      window.location.hash = `#/clients/${clientId}/assessments`;
    }, id);
    await expect(tab(page)).toContainText('No signed assessment yet: an intake assessment is due.');

    // Start, type one section, and lock: the draft was saved in main and comes back.
    await tab(page).getByRole('button', { name: 'Start an intake assessment' }).click();
    const [first, ...rest] = ANSWERS;
    await enter(box(page, first![0]), first![1]);
    await expect(autosaved(page)).toBeVisible();
    await page.keyboard.press('Control+L');
    await expect(page.getByRole('heading', { name: 'Lantern is locked' })).toBeVisible();
    await signIn(page, CASEY.username, CASEY.password);
    await page.evaluate((clientId) => {
      window.location.hash = `#/clients/${clientId}/assessments`;
    }, id);
    await tab(page)
      .getByRole('button', { name: /^Continue the Intake assessment/ })
      .click();
    await expect(box(page, first![0])).toHaveValue(first![1]);
    // A section stops at its maximum rather than every autosave being refused.
    await expect(box(page, 'Housing')).toHaveAttribute('maxlength', '10000');

    // Signing an incomplete assessment names what is missing, at the sections.
    await page.getByRole('button', { name: 'Sign the assessment' }).click();
    await expect(box(page, 'Housing')).toHaveAttribute('aria-invalid', 'true');

    for (const [label, text] of rest) await enter(box(page, label), text);
    await addItem(page, 'Add a strength', 'Close to her sister');
    await addItem(page, 'Add a need', 'Rent arrears');
    await addItem(page, 'Add a need', 'Sleep');
    await choose(page, /Risk level$/, 'Moderate risk');
    await enter(box(page, 'Why this level'), 'Passive thoughts of death last month, no plan.');
    await expectEveryControlNamed(page, 'assessment-form');
    await screenshot(page, 'assessments-01-intake-form');
    await page.getByRole('button', { name: 'Sign the assessment' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Assessment signed.' })).toBeVisible();
    await expect(tab(page)).toContainText('Signed by Casey Morgan');
    await expect(page.locator('.client-facts')).toContainText('Moderate risk');
    await expect(tab(page)).toContainText('Next reassessment due');
    await screenshot(page, 'assessments-02-signed');

    // A reassessment starts from it: each previous answer beside the new one, changes marked.
    await tab(page).getByRole('button', { name: 'Start a reassessment' }).click();
    const housing = page.getByRole('group', { name: /^Housing/ });
    await expect(housing).toContainText('Previous answer');
    await expect(housing).toContainText('No change');
    await enter(box(page, 'Housing now'), 'Rent paid up; lease renewed in March.');
    await expect(housing).toContainText('Changed');
    await expect(page.getByRole('group', { name: /^Legal/ })).toContainText('No change');
    await addItem(page, 'Add a need', 'Dental care');
    await expect(page.getByRole('group', { name: /^Needs/ })).toContainText('Dental care (new)');
    await expectEveryControlNamed(page, 'reassessment-form');
    await screenshot(page, 'assessments-03-reassessment');

    // The risk level on its own, with a reason: the header and the history follow.
    await tab(page).getByRole('button', { name: 'Set risk level' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set the risk level' });
    await choose(dialog, /Risk level$/, 'High risk');
    await enter(dialog.getByRole('textbox', { name: 'Why this level' }), 'Eviction notice received today.');
    await dialog.getByRole('button', { name: 'Save risk level' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.client-facts')).toContainText('High risk');
    const history = page.getByRole('grid', { name: 'Risk level history' });
    await expect(history.getByRole('row').nth(1)).toContainText('Eviction notice received today.');
    await expect(history.getByRole('row').nth(1)).toContainText('Set on its own');
    await expect(history.getByRole('row').nth(2)).toContainText('A signed assessment');
    await screenshot(page, 'assessments-04-risk');

    // A need of the signed intake goes to the care plan in one step.
    await tab(page)
      .getByRole('button', { name: /^Read the Intake assessment/ })
      .click();
    await page.getByRole('button', { name: 'Add “Rent arrears” to the care plan' }).click();
    await expect(page).toHaveURL(new RegExp(`#/clients/${id}/care-plan$`));

    // The same screens in Spanish.
    await page.getByRole('button', { name: 'My account' }).click();
    await page.getByRole('menuitemradio', { name: 'Español' }).click();
    await page.evaluate((clientId) => {
      window.location.hash = `#/clients/${clientId}/assessments`;
    }, id);
    const tabEs = page.getByRole('tabpanel', { name: 'Evaluaciones' });
    await expect(tabEs.getByRole('heading', { name: 'Historial del nivel de riesgo' })).toBeVisible();
    await tabEs.getByRole('button', { name: /^Continuar la Reevaluación/ }).click();
    await expect(page.getByRole('group', { name: /^Vivienda/ })).toContainText('Cambiada');
    await expectEveryControlNamed(page, 'reassessment-form-es');
    await screenshot(page, 'assessments-05-reassessment-es');
  });
});
