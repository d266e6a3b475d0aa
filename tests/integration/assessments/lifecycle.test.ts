import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_SECTIONS,
  PART2_SECTIONS,
  SECTION_ACCESS,
} from '../../../src/shared/contracts/assessments';
import { clinicWithClient, completeAssessment, fileRiskLevel } from './fixture';

describe('assessments: intake, autosave, sign, reassessment', () => {
  it('starts an intake as an empty draft, autosaves partial content, and reopening shows the draft', async () => {
    const clinic = await clinicWithClient();
    const started = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    expect(started.summary).toMatchObject({ type: 'intake', state: 'draft', startedByName: 'Cam Manager' });
    expect(started.content).toEqual({});
    await clinic.call('assessments:saveDraft', {
      versionId: started.versionId,
      content: { presentingConcerns: 'Cannot sleep', needs: ['Sleep'] },
    });
    // As after a lock: a new session reads the same draft back.
    await clinic.as('cam');
    const reopened = await clinic.call('assessments:get', { id: started.summary.id });
    expect(reopened.content).toEqual({ presentingConcerns: 'Cannot sleep', needs: ['Sleep'] });
    expect(reopened.versionId).toBe(started.versionId);
    const list = await clinic.call('assessments:list', { clientId: clinic.clientId });
    expect(list.map((a) => [a.id, a.state])).toEqual([[started.summary.id, 'draft']]);
  });

  it('refuses to sign an incomplete assessment, naming each missing section, and keeps the draft', async () => {
    const clinic = await clinicWithClient();
    const started = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    const partial = { ...completeAssessment(), housing: '', strengths: [] };
    delete (partial as Partial<typeof partial>).legal;
    delete (partial as Partial<typeof partial>).needs;
    await clinic.call('assessments:saveDraft', { versionId: started.versionId, content: partial });
    const refusal = await clinic.refuse('assessments:sign', { versionId: started.versionId });
    expect(refusal.code).toBe('invalid_input');
    expect(refusal.fields).toEqual({
      housing: 'validation.required',
      legal: 'validation.required',
      strengths: 'validation.required',
      needs: 'validation.required',
    });
    const after = await clinic.call('assessments:get', { id: started.summary.id });
    expect(after.summary.state).toBe('draft');
    expect(after.content.housing).toBe('');
  });

  it('signs a complete assessment (trauma optional): frozen, and its risk summary becomes the client risk level', async () => {
    const clinic = await clinicWithClient();
    const started = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    await clinic.call('assessments:saveDraft', {
      versionId: started.versionId,
      content: completeAssessment({ risk: { level: 'imminent', reason: 'Plan and means disclosed today.' } }),
    });
    const signed = await clinic.call('assessments:sign', { versionId: started.versionId });
    expect(signed.summary).toMatchObject({
      state: 'signed',
      signedByName: 'Cam Manager',
      riskLevel: 'imminent',
    });
    expect(await fileRiskLevel(clinic)).toBe('imminent');
    const history = await clinic.call('assessments:riskHistory', { clientId: clinic.clientId });
    expect(history[0]).toMatchObject({
      level: 'imminent',
      source: 'assessment',
      assessmentId: started.summary.id,
      setByName: 'Cam Manager',
    });
    const again = await clinic.refuse('assessments:saveDraft', {
      versionId: started.versionId,
      content: { housing: 'changed' },
    });
    expect(again.code).toBe('wrong_state');
    expect((await clinic.refuse('assessments:sign', { versionId: started.versionId })).code).toBe('conflict');
    expect((await clinic.refuse('assessments:discardDraft', { versionId: started.versionId })).code).toBe(
      'wrong_state',
    );
    const read = await clinic.call('assessments:get', { id: started.summary.id });
    expect(read.content.housing).toBe(completeAssessment().housing);
  });

  it('starts a reassessment from the last signed assessment, its content copied and the previous answers beside it', async () => {
    const clinic = await clinicWithClient();
    expect(
      (await clinic.refuse('assessments:startReassessment', { clientId: clinic.clientId })).details,
    ).toMatchObject({
      problem: 'nothing_signed',
    });
    const intake = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    await clinic.call('assessments:saveDraft', {
      versionId: intake.versionId,
      content: completeAssessment(),
    });
    await clinic.call('assessments:sign', { versionId: intake.versionId });
    const re = await clinic.call('assessments:startReassessment', { clientId: clinic.clientId });
    expect(re.summary).toMatchObject({ type: 'reassessment', state: 'draft', basedOnId: intake.summary.id });
    expect(re.content).toEqual(completeAssessment());
    expect(re.previous).toEqual(completeAssessment());
    // One assessment in progress at a time.
    const second = await clinic.refuse('assessments:startIntake', { clientId: clinic.clientId });
    expect(second.details).toMatchObject({ problem: 'draft_open', draftId: re.summary.id });
    await clinic.call('assessments:saveDraft', {
      versionId: re.versionId,
      content: { ...completeAssessment(), housing: 'Rent is paid up; lease renewed.' },
    });
    const reopened = await clinic.call('assessments:get', { id: re.summary.id });
    expect(reopened.content.housing).toBe('Rent is paid up; lease renewed.');
    expect(reopened.previous?.housing).toBe(completeAssessment().housing);
  });

  it('discards a draft: the record goes, nothing signed is touched', async () => {
    const clinic = await clinicWithClient();
    const started = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    await clinic.call('assessments:discardDraft', { versionId: started.versionId });
    expect(await clinic.call('assessments:list', { clientId: clinic.clientId })).toEqual([]);
    expect((await clinic.refuse('assessments:get', { id: started.summary.id })).code).toBe('not_found');
  });

  it('refuses content that is not an assessment (unknown section, oversize, bad risk level), saving nothing', async () => {
    const clinic = await clinicWithClient();
    const started = await clinic.call('assessments:startIntake', { clientId: clinic.clientId });
    const save = (content: unknown) =>
      clinic.refuse('assessments:saveDraft', { versionId: started.versionId, content });
    expect((await save({ favouriteColour: 'blue' })).code).toBe('invalid_input');
    expect((await save({ housing: 'x'.repeat(10_001) })).fields).toEqual({
      'content.housing': 'validation.too_long',
    });
    expect((await save({ risk: { level: 'extreme' } })).code).toBe('invalid_input');
    expect((await save({ needs: [''] })).fields).toEqual({ 'content.needs.0': 'validation.required' });
    expect((await clinic.call('assessments:get', { id: started.summary.id })).content).toEqual({});
  });

  it('declares every section the issue lists', () => {
    expect(ASSESSMENT_SECTIONS).toEqual([
      'presentingConcerns',
      'mentalHealthHistory',
      'substanceUse',
      'physicalHealth',
      'medications',
      'familySupports',
      'housing',
      'incomeBenefits',
      'educationEmployment',
      'legal',
      'culturalSpiritual',
      'trauma',
      'clientGoals',
      'strengths',
      'needs',
      'risk',
    ]);
    // Substance use is 42 CFR Part 2 information: the policy's part2 kind, withheld from whoever it denies.
    expect(PART2_SECTIONS).toEqual(['substanceUse']);
    expect(SECTION_ACCESS.housing).toBe('clinical');
  });
});
