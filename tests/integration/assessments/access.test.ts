import { describe, expect, it } from 'vitest';
import { clinicWithClient, completeAssessment, fileRiskLevel } from './fixture';

/** Assessments are the clinical record: front desk never, an off-caseload case manager not without a grant. */
describe('assessments: the access policy', () => {
  async function withSignedAndDraft() {
    const clinic = await clinicWithClient();
    const intake = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    await clinic.call('assessments:saveDraft', {
      versionId: intake.versionId,
      content: completeAssessment(),
    });
    await clinic.call('assessments:sign', { versionId: intake.versionId });
    const re = await clinic.call('assessments:startReassessment', { clientId: clinic.clientId });
    return { ...clinic, intake, re };
  }

  it('refuses front desk and an off-caseload case manager on every channel; the refusals change nothing', async () => {
    const clinic = await withSignedAndDraft();
    const { clientId } = clinic;
    const calls: [string, unknown][] = [
      ['assessments:list', { clientId }],
      ['assessments:get', { id: clinic.intake.summary.id }],
      ['assessments:startIntake', { clientId }],
      ['assessments:startReassessment', { clientId }],
      ['assessments:saveDraft', { versionId: clinic.re.versionId, content: { housing: 'overwritten' } }],
      ['assessments:discardDraft', { versionId: clinic.re.versionId }],
      ['assessments:sign', { versionId: clinic.re.versionId }],
      ['assessments:due', { clientId }],
      ['assessments:setRisk', { clientId, level: 'low', reason: 'Looks fine to me' }],
      ['assessments:riskHistory', { clientId }],
    ];
    for (const person of ['fran', 'dee', 'ada', 'remy']) {
      await clinic.as(person);
      for (const [channel, input] of calls) {
        const refusal = await clinic.refuse(channel, input);
        expect([channel, person, refusal.code]).toEqual([channel, person, 'forbidden']);
      }
    }
    await clinic.as('cam');
    const list = await clinic.call('assessments:list', { clientId });
    expect(list.map((a) => a.state)).toEqual(['draft', 'signed']);
    expect((await clinic.call('assessments:get', { id: clinic.re.summary.id })).content).toEqual(
      completeAssessment(),
    );
    expect(await fileRiskLevel(clinic)).toBe('moderate');
    expect(await clinic.call('assessments:riskHistory', { clientId })).toHaveLength(1);
  });

  it('lets a supervisor read and a case manager who broke the glass open them', async () => {
    const clinic = await withSignedAndDraft();
    await clinic.as('sage');
    expect(await clinic.call('assessments:list', { clientId: clinic.clientId })).toHaveLength(2);
    await clinic.as('dee');
    expect((await clinic.refuse('assessments:list', { clientId: clinic.clientId })).details).toMatchObject({
      needsReason: true,
    });
    await clinic.call('clients:breakGlass', { clientId: clinic.clientId, reason: 'Covering for Cam today' });
    const read = await clinic.call('assessments:get', { id: clinic.intake.summary.id });
    expect(read.summary.state).toBe('signed');
    // Reading is audited as a view of the record, with the client as subject.
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { action: 'record.viewed' });
    expect(entries.some((e) => e.subject === clinic.clientId && e.actorName === 'Dee Manager')).toBe(true);
  });
});
