import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { TYPED, planClinic, planContent } from './plan-clinic';

const inDays = (days: number) =>
  new Date(Date.parse(`${localToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Clinic = Awaited<ReturnType<typeof planClinic>>;

/** Cam's plan, saved with `content` (default: a complete one starting today), signed by `signer`. */
async function signedPlan(clinic: Clinic, signer = 'cam', content = planContent(localToday(), inDays(90))) {
  await clinic.as(signer);
  const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
  const versionId = created.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', { versionId, content });
  await clinic.call('carePlans:signAsWorker', { versionId });
  return versionId;
}

describe('a revised plan’s review date', () => {
  it('starts a new cycle from today (editable), and signing refuses a review date already passed', async () => {
    const clinic = await planClinic();
    await clinic.as('ada');
    const settings = await clinic.call('settings:get', {});
    await clinic.call('settings:update', { ...settings, planReviewDays: 60 });
    // Version 1 began 100 days ago and its review is due today.
    const v1 = await signedPlan(clinic, 'cam', planContent(inDays(-100), localToday()));
    const revised = await clinic.call('carePlans:revise', { versionId: v1 });
    const v2 = revised.versions.find((v) => v.id === revised.draftVersionId);
    expect(v2?.content.startDate).toBe(inDays(-100));
    expect(v2?.content.reviewDate).toBe(inDays(60));

    const content = { ...(v2?.content as NonNullable<typeof v2>['content']), reviewDate: inDays(-1) };
    await clinic.call('carePlans:saveDraft', { versionId: v2?.id as string, content });
    const refused = await clinic.refuse('carePlans:signAsWorker', { versionId: v2?.id as string });
    expect(refused).toMatchObject({
      code: 'invalid_input',
      fields: { reviewDate: 'validation.review_in_past' },
    });
    expect(refused.details?.messageKey).toBe('errors.invalid_input');
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions.map((v) => [v.versionNo, v.state, v.signatures.length])).toEqual([
      [1, 'signed', 1],
      [2, 'draft', 0],
    ]);
    // The worker changes it back to a later day: it signs, and the plan's review date follows.
    await clinic.call('carePlans:saveDraft', {
      versionId: v2?.id as string,
      content: { ...content, reviewDate: inDays(30) },
    });
    const signed = await clinic.call('carePlans:signAsWorker', { versionId: v2?.id as string });
    expect([signed.reviewDate, signed.reviewOverdue]).toEqual([inDays(30), false]);
  });
  it('lets a first version look back: a plan agreed on paper months ago is entered as it was, overdue', async () => {
    const clinic = await planClinic();
    const v1 = await signedPlan(clinic, 'cam', planContent(inDays(-200), inDays(-20)));
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions.map((v) => [v.id, v.state])).toEqual([[v1, 'signed']]);
    expect([plan?.reviewDate, plan?.reviewOverdue]).toEqual([inDays(-20), true]);
  });
});

describe('a supervisor’s approval', () => {
  it('is refused to the supervisor who signed the plan as its worker, changing nothing', async () => {
    const clinic = await planClinic();
    await clinic.as('ada');
    const settings = await clinic.call('settings:get', {});
    await clinic.call('settings:update', { ...settings, planSupervisorApproval: true });
    const versionId = await signedPlan(clinic, 'sage');
    await clinic.call('carePlans:recordClientAgreement', { versionId, agreement: TYPED });
    const own = await clinic.refuse('carePlans:approve', { versionId });
    expect(own).toMatchObject({
      code: 'wrong_state',
      details: { problem: 'own_approval', messageKey: 'errors.care_plan_own_approval' },
    });
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.stage).toBe('awaiting_approval');
    expect(plan?.versions[0]?.signatures.map((s) => s.role)).toEqual(['worker', 'client']);
  });

  it('may come before the client’s agreement (it follows the worker’s signature), and when not required', async () => {
    const clinic = await planClinic();
    await clinic.as('ada');
    const settings = await clinic.call('settings:get', {});
    await clinic.call('settings:update', { ...settings, planSupervisorApproval: true });
    const versionId = await signedPlan(clinic);
    await clinic.as('sage');
    const approved = await clinic.call('carePlans:approve', { versionId });
    expect(approved.stage).toBe('awaiting_client');
    await clinic.as('cam');
    const agreed = await clinic.call('carePlans:recordClientAgreement', { versionId, agreement: TYPED });
    expect(agreed.stage).toBe('in_force');
    expect(agreed.versions[0]?.signatures.map((s) => s.role)).toEqual(['worker', 'supervisor', 'client']);

    // Not required: a supervisor may still approve; it is recorded and changes nothing of the stage.
    await clinic.as('ada');
    await clinic.call('settings:update', { ...settings, planSupervisorApproval: false });
    const second = await planClinic();
    const other = await signedPlan(second);
    await second.call('carePlans:recordClientAgreement', { versionId: other, agreement: TYPED });
    await second.as('sage');
    const extra = await second.call('carePlans:approve', { versionId: other });
    expect(extra.stage).toBe('in_force');
    expect(extra.versions[0]?.signatures.at(-1)?.role).toBe('supervisor');
  });
});

describe('a goal’s measure link', () => {
  const withMeasure = (instrumentId: string, value: number) => {
    const content = planContent(localToday(), inDays(90));
    const goal = content.needs[0]?.goals[0];
    if (!goal?.measure) throw new Error('fixture');
    goal.measure = { ...goal.measure, instrumentId, value };
    return content;
  };

  it('names an instrument of the catalogue and a target within its scores, at save and at signing', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const versionId = created.draftVersionId as string;
    const unknown = await clinic.refuse('carePlans:saveDraft', {
      versionId,
      content: withMeasure('phq-99', 10),
    });
    expect(unknown.fields).toEqual({
      'needs.0.goals.0.measure.instrumentId': 'validation.measure_unknown_instrument',
    });
    const huge = await clinic.refuse('carePlans:saveDraft', {
      versionId,
      content: withMeasure('phq-9', 500),
    });
    expect(huge.fields).toEqual({
      'needs.0.goals.0.measure.value': 'validation.measure_target_out_of_range',
    });
    expect(
      (await clinic.refuse('carePlans:saveDraft', { versionId, content: withMeasure('gad-7', 22) })).code,
    ).toBe('invalid_input');
    await clinic.call('carePlans:saveDraft', { versionId, content: withMeasure('gad-7', 21) });
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions[0]?.content.needs[0]?.goals[0]?.measure?.instrumentId).toBe('gad-7');

    // A template is not checked against one clinic's catalogue; signing a plan from it is.
    const second = await planClinic();
    await second.as('ada');
    const template = await second.call('carePlans:saveTemplate', {
      template: { name: 'Mood', needs: withMeasure('phq-9', 500).needs },
    });
    await second.as('cam');
    const fromTemplate = await second.call('carePlans:create', {
      clientId: second.clientId,
      templateId: template.id,
    });
    const refused = await second.refuse('carePlans:signAsWorker', {
      versionId: fromTemplate.draftVersionId as string,
    });
    expect(refused.fields).toEqual({
      'needs.0.goals.0.measure.value': 'validation.measure_target_out_of_range',
    });
  });
});
