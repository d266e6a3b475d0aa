import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { localToday } from '../../src/shared/domain/clients';
import { invoke } from './care-plan-steps';
import { CASEY, choose, createClientThroughBridge, firstSignIn, setUpTeam } from './client-steps';
import { expect, test } from './fixtures';
import { enter, screenshot } from './steps';

/**
 * Discharge (issue 11): a case manager discharges a client from a program — the draft comes
 * filled in with the plan's goals — signs it (a date in the future is refused at its box first),
 * sees the client discharged and the signed discharge, re-enrolls them, and sees both enrollments.
 */

const PROGRAM = 'Housing Support';
const HOUSING = 'Move into stable housing within 3 months';
const CRISES = 'Fewer than 2 crisis calls a month';

/** A local calendar day `offsetDays` from today, as a date box holds it. */
const localDate = (offsetDays = 0) => localToday(new Date(Date.now() + offsetDays * 86_400_000));

/** A call through the bridge that must succeed; its answer. */
async function bridge(page: Page, channel: string, input: unknown): Promise<unknown> {
  const answer = await invoke(page, channel, input);
  if (!answer.ok) throw new Error(`${channel} refused: ${JSON.stringify(answer)}`);
  return answer.value;
}

/** A signed plan with two goals, through the bridge as the signed-in case manager. */
async function signedPlan(page: Page, clientId: string): Promise<void> {
  const plan = (await bridge(page, 'carePlans:create', { clientId })) as { draftVersionId: string };
  const content = {
    startDate: localDate(-60),
    reviewDate: localDate(30),
    needs: [
      {
        id: randomUUID(),
        text: 'Housing is not secure',
        goals: [
          { id: randomUUID(), statement: HOUSING, status: 'achieved' },
          { id: randomUUID(), statement: CRISES, status: 'in_progress' },
        ],
      },
    ],
  };
  await bridge(page, 'carePlans:saveDraft', { versionId: plan.draftVersionId, content });
  await bridge(page, 'carePlans:signAsWorker', { versionId: plan.draftVersionId });
}

test('discharge a client with the pre-filled goals, sign, see the discharge, re-enroll, see both enrollments', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const { id: clientId } = await createClientThroughBridge(page, {
    legalFirstName: 'Lena',
    legalLastName: 'Park',
    birthDate: '1985-09-21',
    enrollments: [{ program: PROGRAM, status: 'active', startDate: localDate(-90) }],
  });
  await signedPlan(page, clientId);

  await page.evaluate((id) => {
    window.location.hash = `#/clients/${id}`;
  }, clientId);
  const header = page.getByRole('region', { name: 'Client' }).or(page.locator('header.client-header'));
  const actions = page.getByRole('group', { name: 'Programs and discharge' });
  await expect(actions.getByRole('button', { name: 'Discharge…' })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Re-enroll…' })).toHaveCount(0);

  // Start: the program is the only open one; by keyboard.
  await actions.getByRole('button', { name: 'Discharge…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Discharge from a program' });
  await expect(dialog.getByRole('button', { name: /Program/ })).toContainText(PROGRAM);
  await dialog.getByRole('button', { name: 'Start the discharge' }).click();
  await expect(page.getByRole('heading', { name: `Discharge from ${PROGRAM}`, level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/discharge\//);

  // Pre-filled: both goals with their plan status, the summary of services, today, the writer.
  const editor = page.getByRole('region', { name: `Discharge from ${PROGRAM}` });
  const goal1 = editor.getByRole('group', { name: `Goal 1: ${HOUSING}` });
  const goal2 = editor.getByRole('group', { name: `Goal 2: ${CRISES}` });
  await expect(goal1.getByRole('button', { name: /Status/ })).toContainText('Achieved');
  await expect(goal2.getByRole('button', { name: /Status/ })).toContainText('In progress');
  await expect(goal1.getByLabel('Progress', { exact: true })).toHaveValue(/Not marked in any signed note/);
  await expect(editor.getByLabel('Summary of services')).toHaveValue(
    new RegExp(`Enrolled in ${PROGRAM} from ${localDate(-90)}`),
  );
  await expect(editor.getByLabel('Discharge date')).toHaveValue(localDate());
  await expect(editor.getByLabel('Name', { exact: true })).toHaveValue(CASEY.fullName);
  await screenshot(page, 'discharge-prefilled');

  await choose(editor, /Reason for discharge/, 'Completed goals');
  await enter(
    editor.getByLabel('Aftercare plan'),
    'Monthly check-in with her GP; tenants’ group on Thursdays.',
  );
  await editor.getByRole('button', { name: 'Add a referral' }).click();
  const referral = editor.getByRole('group', { name: 'Referral 1' });
  await enter(referral.getByLabel('To whom'), 'Eastside Clinic');
  await enter(referral.getByLabel('For what'), 'Outpatient therapy');
  // A date in the future passes the form but not main: refused at its box, nothing signed.
  await editor.getByLabel('Discharge date').fill(localDate(2));
  await expect(page.getByTestId('discharge-autosave')).toHaveText(/Draft saved/);
  await editor.getByRole('button', { name: 'Review…' }).click();
  await expect(page.getByRole('heading', { name: 'Review before signing' })).toBeFocused();
  await page.getByRole('button', { name: 'Sign the discharge' }).click();
  await expect(editor.getByText('This date is in the future.')).toBeVisible();
  await expect(editor.getByLabel('Discharge date')).toHaveAttribute('aria-invalid', 'true');

  await editor.getByLabel('Discharge date').fill(localDate());
  await editor.getByRole('button', { name: 'Review…' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Review before signing' })).toBeFocused();
  await expect(page.getByText(`Signing closes the enrollment in ${PROGRAM}`)).toBeVisible();
  await screenshot(page, 'discharge-review');
  await page.getByRole('button', { name: 'Sign the discharge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Discharge signed.' })).toBeVisible();
  await expect(page.getByText(`Signed by ${CASEY.fullName}`)).toBeVisible();
  await expect(page.getByText('Eastside Clinic — Outpatient therapy')).toBeVisible();
  await screenshot(page, 'discharge-signed');
  // The discharge summary PDF, made from the signed discharge, in the preview dialog.
  await page.getByRole('button', { name: 'Discharge summary (PDF)' }).click();
  const pdf = page.getByRole('dialog', { name: 'Preview: Discharge summary' });
  await expect(pdf).toBeVisible();
  await expect(pdf.getByRole('button', { name: 'Save as…' })).toBeVisible();
  // The PDF itself, drawn in the dialog (real text, one or more pages).
  await expect(pdf.getByRole('toolbar')).toContainText(/page/i);
  await screenshot(page, 'discharge-summary-preview');
  await pdf.getByRole('button', { name: 'Close' }).click();
  await expect(pdf).toHaveCount(0);

  // The file: discharged, the discharge readable, "Re-enroll…" offered instead of "Discharge…".
  await page.getByRole('link', { name: 'Back to the client’s file' }).click();
  await expect(header.first()).toContainText('Discharged');
  await expect(actions.getByRole('button', { name: 'Discharge…' })).toHaveCount(0);
  await expect(actions.getByRole('link', { name: new RegExp(`^Discharge from ${PROGRAM}`) })).toBeVisible();
  await actions.getByRole('button', { name: 'Re-enroll…' }).click();
  const reenroll = page.getByRole('dialog', { name: 'Re-enroll in a program' });
  await expect(reenroll.getByLabel('Start date')).toHaveValue(localDate());
  await reenroll.getByRole('button', { name: 'Re-enroll' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Re-enrolled in ${PROGRAM}` })).toBeVisible();
  await expect(header.first()).toContainText('Active');

  // Both enrollments on the file, each with its dates; the old discharge still there to read.
  const enrollments = page.locator('.enrollment-list > li');
  await expect(enrollments).toHaveCount(2);
  await expect(enrollments.nth(0)).toContainText('Discharged');
  await expect(enrollments.nth(1)).toContainText('Active');
  await expect(actions.getByRole('link', { name: new RegExp(`^Discharge from ${PROGRAM}`) })).toBeVisible();
  await expect(actions.getByRole('button', { name: 'Discharge…' })).toBeVisible();
  await screenshot(page, 'discharge-reenrolled');

  // The timeline tells the story.
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText(`Re-enrolled in ${PROGRAM} from ${localDate()}`)).toBeVisible();
  await expect(page.getByText(new RegExp(`Discharged from ${PROGRAM} \\(Completed goals\\)`))).toBeVisible();
});
