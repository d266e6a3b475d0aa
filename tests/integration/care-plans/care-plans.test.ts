import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import { SIGNATURE_PNG_MAX_CHARS } from '../../../src/shared/contracts/care-plan-signatures';
import { diffCarePlans } from '../../../src/shared/domain/care-plan-diff';
import { TYPED, drawn, planClinic, planContent } from './plan-clinic';

const today = () => localToday();
const inDays = (days: number) =>
  new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('care plans', () => {
  it('drafts, signs as worker and client, revises into version 2 and tells the differences', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const [draft] = created.versions;
    expect(created.stage).toBe('draft');
    expect(draft?.content).toEqual({ startDate: today(), reviewDate: inDays(90), needs: [] });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content: planContent(today(), inDays(90)) });

    const signed = await clinic.call('carePlans:signAsWorker', { versionId });
    expect(signed.stage).toBe('awaiting_client');
    expect(signed.reviewDate).toBe(inDays(90));
    const afterClient = await clinic.call('carePlans:recordClientAgreement', {
      versionId,
      agreement: drawn(),
    });
    expect(afterClient.stage).toBe('in_force');
    const v1 = afterClient.versions[0];
    expect(v1?.signatures.map((s) => [s.role, s.signerName, s.method, s.contentHash])).toEqual([
      ['worker', 'Cam Manager', 'staff', v1?.contentHash],
      ['client', 'Ana Diaz', 'drawn', v1?.contentHash],
    ]);
    expect(v1?.signatures[1]?.png).toBe(drawn().png);

    const revised = await clinic.call('carePlans:revise', { versionId });
    const v2Id = revised.draftVersionId as string;
    const v2Content = structuredClone(v1?.content) as NonNullable<typeof v1>['content'];
    const goal = v2Content.needs[0]?.goals[0];
    if (!goal) throw new Error('fixture');
    goal.status = 'in_progress';
    v2Content.needs[0]?.goals.pop();
    await clinic.call('carePlans:saveDraft', { versionId: v2Id, content: v2Content });
    await clinic.call('carePlans:signAsWorker', { versionId: v2Id });
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions.map((v) => [v.versionNo, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'signed'],
    ]);
    expect(plan?.stage).toBe('awaiting_client');
    const [first, second] = plan?.versions ?? [];
    if (!first || !second) throw new Error('two versions');
    expect(diffCarePlans(first.content, second.content).map((c) => c.type)).toEqual(['status', 'removed']);
    // A superseded version takes no more signatures.
    const late = await clinic.refuse('carePlans:recordClientAgreement', { versionId, agreement: TYPED });
    expect(late.details?.problem).toBe('version_superseded');
  });

  it('refuses to sign an empty plan or a target date before the start, at the item, changing nothing', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', {
      clientId: clinic.clientId,
      startDate: today(),
    });
    const versionId = created.draftVersionId as string;
    const empty = await clinic.refuse('carePlans:signAsWorker', { versionId });
    expect(empty.code).toBe('invalid_input');
    expect(empty.fields).toEqual({ needs: 'validation.plan_empty' });

    const early = planContent(today(), inDays(90));
    const objective = early.needs[0]?.goals[0]?.objectives[0];
    if (!objective) throw new Error('fixture');
    objective.targetDate = inDays(-4);
    await clinic.call('carePlans:saveDraft', { versionId, content: early });
    const refused = await clinic.refuse('carePlans:signAsWorker', { versionId });
    expect(refused.fields).toEqual({
      'needs.0.goals.0.objectives.0.targetDate': 'validation.before_plan_start',
    });
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions.map((v) => [v.state, v.signatures.length])).toEqual([['draft', 0]]);
    expect(plan?.versions[0]?.content).toEqual(early);
  });

  it('a signed plan cannot be changed through invoke: a typed error, the content as signed', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const versionId = created.draftVersionId as string;
    const content = planContent(today(), inDays(90));
    await clinic.call('carePlans:saveDraft', { versionId, content });
    const signed = await clinic.call('carePlans:signAsWorker', { versionId });
    const edited = structuredClone(content);
    edited.needs = [];
    const refused = await clinic.refuse('carePlans:saveDraft', { versionId, content: edited });
    expect(refused).toMatchObject({ code: 'wrong_state', details: { problem: 'version_not_draft' } });
    expect((await clinic.refuse('carePlans:discardDraft', { versionId })).code).toBe('wrong_state');
    expect((await clinic.refuse('carePlans:signAsWorker', { versionId })).details?.problem).toBe(
      'role_already_signed',
    );
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions[0]?.content).toEqual(content);
    expect(plan?.versions[0]?.contentHash).toBe(signed.versions[0]?.contentHash);
  });

  it('takes the client agreement typed, or declined with a reason, only after the worker signed', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content: planContent(today(), inDays(90)) });
    const early = await clinic.refuse('carePlans:recordClientAgreement', { versionId, agreement: TYPED });
    expect(early).toMatchObject({ code: 'wrong_state', details: { problem: 'worker_signs_first' } });
    await clinic.call('carePlans:signAsWorker', { versionId });
    const declined = await clinic.call('carePlans:recordClientAgreement', {
      versionId,
      agreement: { method: 'declined', reason: 'Wants to read it at home first' },
    });
    expect(declined.versions[0]?.signatures[1]).toMatchObject({
      role: 'client',
      method: 'declined',
      signerName: 'Ana Diaz',
      reason: 'Wants to read it at home first',
      accountName: 'Cam Manager',
    });
  });

  it('refuses a drawn signature over the size limit or not a PNG, typed at the image, keeping nothing', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content: planContent(today(), inDays(90)) });
    await clinic.call('carePlans:signAsWorker', { versionId });
    const huge = drawn(`data:image/png;base64,${'A'.repeat(SIGNATURE_PNG_MAX_CHARS)}`);
    const tooBig = await clinic.refuse('carePlans:recordClientAgreement', { versionId, agreement: huge });
    expect(tooBig).toMatchObject({
      code: 'invalid_input',
      fields: { 'agreement.png': 'validation.signature_too_large' },
    });
    const notPng = await clinic.refuse('carePlans:recordClientAgreement', {
      versionId,
      agreement: drawn('data:text/html;base64,PHNjcmlwdD4='),
    });
    expect(notPng.fields).toEqual({ 'agreement.png': 'validation.invalid' });
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions[0]?.signatures.map((s) => s.role)).toEqual(['worker']);
  });

  it('waits for a supervisor when the clinic requires approval; a case manager cannot approve', async () => {
    const clinic = await planClinic();
    await clinic.as('ada');
    const settings = await clinic.call('settings:get', {});
    await clinic.call('settings:update', { ...settings, planSupervisorApproval: true, planReviewDays: 30 });
    await clinic.as('cam');
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    expect(created.versions[0]?.content.reviewDate).toBe(inDays(30));
    const versionId = created.draftVersionId as string;
    await clinic.call('carePlans:saveDraft', { versionId, content: planContent(today(), inDays(30)) });
    await clinic.call('carePlans:signAsWorker', { versionId });
    const agreed = await clinic.call('carePlans:recordClientAgreement', { versionId, agreement: TYPED });
    expect(agreed.stage).toBe('awaiting_approval');
    expect((await clinic.refuse('carePlans:approve', { versionId })).code).toBe('forbidden');
    await clinic.as('sage');
    const approved = await clinic.call('carePlans:approve', { versionId });
    expect(approved.stage).toBe('in_force');
    expect(approved.versions[0]?.signatures.at(-1)).toMatchObject({
      role: 'supervisor',
      signerName: 'Sage Supervisor',
    });
  });

  it('one plan per client: a second is refused (revise instead)', async () => {
    const clinic = await planClinic();
    await clinic.call('carePlans:create', { clientId: clinic.clientId });
    const again = await clinic.refuse('carePlans:create', { clientId: clinic.clientId });
    expect(again).toMatchObject({ code: 'conflict', details: { messageKey: 'errors.care_plan_exists' } });
  });

  it('audits views with the primitive and every change with the client as subject', async () => {
    const clinic = await planClinic();
    const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
    await clinic.call('carePlans:get', { clientId: clinic.clientId });
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { limit: 500 });
    const mine = entries.filter((e) => e.subject === clinic.clientId).map((e) => e.action);
    expect(mine).toEqual(expect.arrayContaining(['record.draft_created', 'record.viewed']));
    expect(created.recordId).toBeTruthy();
  });
});
