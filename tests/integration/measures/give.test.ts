import { describe, expect, it } from 'vitest';
import { measuresClinic, phq9 } from './fixture';

describe('giving a measure', () => {
  it('is scored in main, stored with its mode, and listed newest first', async () => {
    const clinic = await measuresClinic();
    const result = await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: { ...phq9(2, 2, 1, 1, 1, 1, 1, 1, 0), difficulty: 1 },
    });
    expect(result).toMatchObject({ total: 10, bandId: 'moderate', status: 'complete', mode: 'office' });
    expect(result.enteredByName).toBe('Cam Manager');
    const overview = await clinic.call('measures:overview', { clientId: clinic.own });
    expect(overview.results.map((r) => r.id)).toEqual([result.id]);
    expect(overview.openAlerts).toEqual([]);
  });

  it('refuses an answer outside the item options at the field, and stores nothing', async () => {
    const clinic = await measuresClinic();
    const error = await clinic.refuse('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'office',
      answers: { ...phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), q3: 7, q42: 1 },
    });
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toEqual({
      'answers.q3': 'validation.measure_answer_not_an_option',
      'answers.q42': 'validation.measure_answer_unknown_item',
    });
    expect((await clinic.call('measures:overview', { clientId: clinic.own })).results).toEqual([]);
  });

  it('refuses an unknown instrument id at the field', async () => {
    const clinic = await measuresClinic();
    const error = await clinic.refuse('measures:give', {
      clientId: clinic.own,
      instrumentId: 'c-ssrs',
      mode: 'office',
      answers: {},
    });
    expect([error.code, error.fields]).toEqual([
      'invalid_input',
      { instrumentId: 'validation.measure_unknown_instrument' },
    ]);
  });

  it("uses the client's sex at birth for AUDIT-C cut-offs", async () => {
    const clinic = await measuresClinic();
    const give = (clientId: string) =>
      clinic.call('measures:give', {
        clientId,
        instrumentId: 'audit-c',
        mode: 'office',
        answers: { q1: 2, q2: 1, q3: 0 },
      });
    expect((await give(clinic.own)).bandId).toBe('negative'); // male: 3 is below 4
    await clinic.as('sage');
    expect((await give(clinic.other)).bandId).toBe('positive'); // sex unknown: the lower cut-off
  });

  it('keeps an unanswered PHQ-9 without a total, as the file says', async () => {
    const clinic = await measuresClinic();
    const result = await clinic.call('measures:give', {
      clientId: clinic.own,
      instrumentId: 'phq-9',
      mode: 'client',
      answers: { ...phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), q4: null },
    });
    expect([result.status, result.total, result.bandId, result.answers.q4]).toEqual([
      'incomplete',
      null,
      null,
      null,
    ]);
  });
});
