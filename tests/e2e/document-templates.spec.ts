import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { docxText, templateFile } from '../helpers/docx';
import { expectOk, invoke, localDate } from './care-plan-steps';
import {
  CASEY,
  choose,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  setUpTeam,
} from './client-steps';
import { expect, test } from './fixtures';
import { ADMIN, enter, openAdministration, screenshot, signIn, signOut } from './steps';

/**
 * The clinic's own Word templates (issue 11): an administrator uploads one (a broken one is
 * refused with the problem, the tag and its paragraph; the shipped housing-support letter is
 * kept) and reads the field reference; a case manager fills it for a client from the Documents
 * tab, reads the preview and saves it — the saved .docx is read back.
 */

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const HOUSING_LETTER = fileURLToPath(
  new URL('../../resources/templates/housing-support-letter.docx', import.meta.url),
);
const GOAL = 'Move into a stable apartment by June';
const ROSA = {
  legalFirstName: 'Rosa',
  legalLastName: 'Delgado',
  preferredName: 'Rosie',
  birthDate: '1979-11-02',
  preferredLanguage: 'Spanish',
  interpreterNeeded: true,
  address: { line1: '48 Cedar Lane', city: 'Riverside', region: 'OR', postalCode: '97001' },
};

/** A signed care plan with one housing goal, made through the bridge as the signed-in worker. */
async function signedPlan(page: Page, clientId: string): Promise<void> {
  const plan = (await expectOk(invoke(page, 'carePlans:create', { clientId }), 'plan created')) as {
    draftVersionId: string;
  };
  const content = {
    startDate: localDate(),
    reviewDate: localDate(90),
    needs: [
      {
        id: randomUUID(),
        text: 'Housing',
        goals: [{ id: randomUUID(), statement: GOAL, clientWords: 'My own place' }],
      },
    ],
  };
  await expectOk(
    invoke(page, 'carePlans:saveDraft', { versionId: plan.draftVersionId, content }),
    'plan saved',
  );
  await expectOk(invoke(page, 'carePlans:signAsWorker', { versionId: plan.draftVersionId }), 'plan signed');
}

test.describe('the clinic’s Word templates', () => {
  test('an administrator uploads a template and reads the field reference; a case manager fills it and saves it', async ({
    lantern,
  }) => {
    const { page, dataDir } = lantern;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await setUpTeam(page, [CASEY]);
    await signIn(page, ADMIN.username, ADMIN.password);
    await openAdministration(page, 'Word templates');
    await expect(page.getByRole('heading', { name: 'Word templates', level: 2 })).toBeVisible();
    const fileInput = page.locator('input[type="file"]');

    // A template with a typo in a field: the problem, the tag and its paragraph; nothing kept.
    await fileInput.setInputFiles({
      name: 'typo.docx',
      mimeType: DOCX,
      buffer: Buffer.from(templateFile(['To whom it may concern,', 'Dear {client.preferedName},'])),
    });
    const problems = page.getByRole('list', { name: 'Problems to fix in Word before it can be kept' });
    await expect(problems).toContainText(
      'Paragraph 2 (“Dear {client.preferedName},”): “client.preferedName” is not a Lantern field.',
    );
    await expect(page.getByRole('button', { name: 'Keep this template' })).toBeDisabled();
    await expectEveryControlNamed(page, 'document-templates-problem');
    await screenshot(page, 'document-templates-00-problem-en');

    // The shipped housing-support letter: its fields listed, no problems; kept as version 1.
    await fileInput.setInputFiles({
      name: 'housing-support-letter.docx',
      mimeType: DOCX,
      buffer: readFileSync(HOUSING_LETTER),
    });
    await expect(
      page.getByRole('heading', { name: 'What Lantern found in housing-support-letter.docx' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Fields it uses' })).toContainText(
      'client.interpreterNeeded',
    );
    await expect(page.getByText('No problems found.')).toBeVisible();
    await enter(page.getByRole('textbox', { name: 'Template name' }), 'Housing support letter');
    await page.getByRole('button', { name: 'Keep this template' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Housing support letter (version 1) was kept.' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Archive Housing support letter' })).toBeVisible();
    await expectEveryControlNamed(page, 'document-templates-admin');
    await screenshot(page, 'document-templates-01-kept-en');

    // The field reference: searchable, each field copyable.
    await page.getByRole('link', { name: 'Field reference: every field a template can use' }).click();
    await expect(page.getByRole('heading', { name: 'Word template fields', level: 1 })).toBeVisible();
    const fields = page.getByRole('table', { name: 'Fields' });
    await expect(fields).toContainText('{client.preferredName}');
    await enter(page.getByRole('searchbox', { name: 'Search fields' }), 'interpreter');
    await expect(fields.getByRole('row')).toHaveCount(2);
    const condition = '{#client.interpreterNeeded}{/client.interpreterNeeded}';
    await page.getByRole('button', { name: `Copy ${condition}` }).click();
    await expect(page.getByRole('status').filter({ hasText: `Copied ${condition}` })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(condition);
    await expectEveryControlNamed(page, 'document-template-fields');
    await screenshot(page, 'document-templates-02-field-reference-en');
    await signOut(page);

    // Casey fills it for his client, for the landlord.
    await firstSignIn(page, CASEY);
    const { id: clientId } = await createClientThroughBridge(page, ROSA);
    await signedPlan(page, clientId);
    await page.evaluate((id) => {
      window.location.hash = `#/clients/${id}/documents`;
    }, clientId);
    await page.getByRole('button', { name: 'Fill a Word template' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fill a Word template' });
    await choose(dialog, /Template$/, 'Housing support letter');
    await dialog
      .getByRole('radio', { name: 'Someone else (a landlord, an office, a provider)' })
      .check({ force: true });
    await dialog.getByRole('button', { name: 'Fill', exact: true }).click();
    const preview = dialog.getByRole('region', { name: 'Text of the filled document' });
    await expect(preview).toContainText('Re: Housing application of Rosa Delgado, born November 2, 1979');
    await expect(preview).toContainText(`${GOAL} (Not started)`);
    await expect(preview).toContainText('Rosie prefers to speak Spanish: please arrange an interpreter');
    await expect(preview).toContainText('Casey Morgan');
    await expect(preview).not.toContainText('{');
    await expectEveryControlNamed(page, 'document-template-fill');
    await screenshot(page, 'document-templates-03-filled-en');

    // Save as…: the harness answers the save dialog with a file in its exports folder.
    await dialog.getByRole('button', { name: 'Save as…' }).click();
    const saved = page
      .getByRole('status')
      .filter({ hasText: /Saved to .+housing-support-letter-\d{4}-\d{2}-\d{2}\.docx/ });
    await expect(saved).toBeVisible();
    const fileName = `housing-support-letter-${localDate()}.docx`;
    const text = await docxText(new Uint8Array(readFileSync(join(dataDir, 'exports', fileName))));
    expect(text).toContain('Re: Housing application of Rosa Delgado, born November 2, 1979');
    expect(text).toContain('48 Cedar Lane, Riverside, OR 97001');
    expect(text).toContain(GOAL);
    expect(text).toContain('Casey Morgan');
    expect(text).not.toMatch(/[{}]/);
    await screenshot(page, 'document-templates-04-saved-en');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('dialog', { name: 'Fill a Word template' })).toBeHidden();
  });
});
