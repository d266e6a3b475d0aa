import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  CASEY,
  createClientThroughBridge,
  expectEveryControlNamed,
  firstSignIn,
  openClients,
  setUpTeam,
  tick,
} from './client-steps';
import { screenshot } from './steps';

const ANA = { legalFirstName: 'Ana', legalLastName: 'Diaz', birthDate: '1984-09-12' };
const ROSA = {
  legalFirstName: 'Rosa',
  legalLastName: 'Mendez',
  birthDate: '1979-06-02',
  sexAtBirth: 'female',
};
const BEN = { legalFirstName: 'Ben', legalLastName: 'Okoro', birthDate: '1990-02-20' };

const DAY_MS = 86_400_000;
/** A calendar day relative to today, so the review dates are overdue (or not) whenever this runs. */
const daysFromToday = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** Calls main through the same bridge the screens use; main checks it like any other call. */
async function invoke(page: Page, channel: string, input: unknown) {
  const answer = await page.evaluate(
    ([name, payload]) =>
      (
        window as unknown as {
          lantern: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value: unknown }> };
        }
      ).lantern.invoke(name as string, payload),
    [channel, input] as const,
  );
  expect(answer.ok, channel).toBe(true);
  return answer.value as Record<string, unknown>;
}

/** A signed care plan with one need and goal, reviewed on `reviewDate`. */
async function signedPlan(page: Page, clientId: string, startDate: string, reviewDate: string) {
  const created = await invoke(page, 'carePlans:create', { clientId, startDate });
  const versionId = created.draftVersionId as string;
  const needs = [{ id: 'n1', text: 'Housing', goals: [{ id: 'g1', statement: 'Stable housing by spring' }] }];
  await invoke(page, 'carePlans:saveDraft', { versionId, content: { startDate, reviewDate, needs } });
  await invoke(page, 'carePlans:signAsWorker', { versionId });
}

const rowOf = (page: Page, name: string) =>
  page
    .getByRole('grid', { name: /^(Caseload|Carga de casos)$/ })
    .getByRole('row')
    .filter({ hasText: name });

test('the caseload shows an overdue plan review and a PHQ-9 item-9 safety alert, as columns and filters', async ({
  lantern,
}) => {
  const { page } = lantern;
  await setUpTeam(page, [CASEY]);
  await firstSignIn(page, CASEY);
  const ana = await createClientThroughBridge(page, ANA);
  const rosa = await createClientThroughBridge(page, ROSA);
  const ben = await createClientThroughBridge(page, BEN);
  const overdueReview = daysFromToday(-30);
  await signedPlan(page, ana.id, daysFromToday(-120), overdueReview);
  await signedPlan(page, ben.id, daysFromToday(-30), daysFromToday(60));
  const answers = Object.fromEntries([0, 1, 1, 0, 0, 0, 0, 0, 2].map((value, i) => [`q${i + 1}`, value]));
  await invoke(page, 'measures:give', { clientId: rosa.id, instrumentId: 'phq-9', mode: 'office', answers });

  await openClients(page);
  // Both columns are on by default; "Overdue" is written in the cell, not only coloured.
  await expect(page.getByRole('columnheader', { name: 'Safety alert' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Plan review' })).toBeVisible();
  await expect(rowOf(page, 'Diaz, Ana').getByRole('gridcell', { name: /Overdue$/ })).toBeVisible();
  await expect(rowOf(page, 'Okoro, Ben').getByRole('gridcell', { name: /Overdue/ })).toHaveCount(0);
  const alert = rowOf(page, 'Mendez, Rosa').getByRole('gridcell', { name: 'Safety alert: PHQ-9 item 9' });
  await expect(alert).toBeVisible();
  await expect(rowOf(page, 'Diaz, Ana').getByRole('gridcell', { name: /Safety alert/ })).toHaveCount(0);
  await screenshot(page, 'caseload-clinical-01-columns-en');

  // The filter: only the client whose review has passed.
  await page.getByRole('button', { name: /^Filters/ }).click();
  await tick(page.getByRole('checkbox', { name: 'Plan review overdue' }));
  await expect(rowOf(page, 'Diaz, Ana')).toBeVisible();
  await expect(rowOf(page, 'Okoro, Ben')).toHaveCount(0);
  await expect(rowOf(page, 'Mendez, Rosa')).toHaveCount(0);
  await expectEveryControlNamed(page, 'caseload-follow-up-filters');
  await screenshot(page, 'caseload-clinical-02-plan-review-filter-en');

  await tick(page.getByRole('checkbox', { name: 'Plan review overdue' }), false);
  await tick(page.getByRole('checkbox', { name: 'Open safety alert' }));
  await expect(rowOf(page, 'Mendez, Rosa')).toBeVisible();
  await expect(rowOf(page, 'Diaz, Ana')).toHaveCount(0);

  // The same in Spanish.
  await page.getByRole('button', { name: 'My account' }).click();
  await page.getByRole('menuitemradio', { name: 'Español' }).click();
  await expect(page.getByRole('checkbox', { name: 'Alerta de seguridad abierta' })).toBeChecked();
  await expect(
    rowOf(page, 'Mendez, Rosa').getByRole('gridcell', { name: 'Alerta de seguridad: PHQ-9 ítem 9' }),
  ).toBeVisible();
  await screenshot(page, 'caseload-clinical-03-safety-alert-filter-es');
  await tick(page.getByRole('checkbox', { name: 'Alerta de seguridad abierta' }), false);
  await tick(page.getByRole('checkbox', { name: 'Revisión del plan vencida' }));
  await expect(rowOf(page, 'Diaz, Ana').getByRole('gridcell', { name: /Vencida$/ })).toBeVisible();
  await expect(rowOf(page, 'Mendez, Rosa')).toHaveCount(0);
  await expectEveryControlNamed(page, 'caseload-follow-up-filters-es');
  await screenshot(page, 'caseload-clinical-04-plan-review-filter-es');
});
