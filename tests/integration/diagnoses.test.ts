import { describe, expect, it } from 'vitest';
import { clinicWithStaff, client } from '../helpers/clinic';

async function clinicWithClient() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const { id } = await clinic.call('clients:create', { client: client() });
  return { ...clinic, clientId: id };
}

describe('diagnoses', () => {
  it('finds ICD-10-CM codes by code or words', async () => {
    const clinic = await clinicWithClient();
    const search = async (query: string) =>
      (await clinic.call('diagnoses:searchCodes', { query })).map((c) => c.code);
    expect((await search('f33.1'))[0]).toBe('F33.1');
    expect((await search('F32A'))[0]).toBe('F32.A');
    expect(await search('ptsd')).toContain('F43.10');
    expect(await search('homeless')).toContain('Z59.00');
    expect(await search('qqqqzz')).toEqual([]);
  });

  it('adds a diagnosis with the catalogue title; one primary at a time; edits and removals are in the history', async () => {
    const clinic = await clinicWithClient();
    const first = await clinic.call('diagnoses:add', {
      clientId: clinic.clientId,
      diagnosis: { code: 'f33.1', isPrimary: true, onsetDate: '2019-05-01' },
    });
    expect(first).toMatchObject({
      code: 'F33.1',
      title: 'Major depressive disorder, recurrent, moderate',
      isPrimary: true,
      recordedByName: 'Cam Manager',
    });
    const second = await clinic.call('diagnoses:add', {
      clientId: clinic.clientId,
      diagnosis: { code: 'Z59.01', isPrimary: true },
    });
    const list = await clinic.call('diagnoses:list', { clientId: clinic.clientId });
    expect(list.map((d) => [d.code, d.isPrimary])).toEqual([
      ['Z59.01', true],
      ['F33.1', false],
    ]);
    await clinic.call('diagnoses:update', {
      id: first.id,
      diagnosis: { code: 'F33.1', resolvedDate: '2024-01-15', onsetDate: '2019-05-01' },
    });
    await clinic.call('diagnoses:remove', { id: second.id, reason: 'Entered on the wrong client' });
    expect((await clinic.call('diagnoses:list', { clientId: clinic.clientId })).map((d) => d.code)).toEqual([
      'F33.1',
    ]);
    const history = (await clinic.call('clients:history', { clientId: clinic.clientId })).filter(
      (h) => h.entity === 'diagnosis',
    );
    expect(history.map((h) => h.field)).toEqual(
      expect.arrayContaining(['code', 'resolvedDate', 'entered_in_error']),
    );
    expect(history.find((h) => h.field === 'entered_in_error')?.to).toBe('Entered on the wrong client');
  });

  it('refuses an unknown code, a category heading, a duplicate open code and impossible dates, saving nothing', async () => {
    const clinic = await clinicWithClient();
    const add = (diagnosis: Record<string, unknown>) =>
      clinic.refuse('diagnoses:add', { clientId: clinic.clientId, diagnosis });
    expect((await add({ code: 'F99.99' })).fields).toEqual({ 'diagnosis.code': 'validation.icd_unknown' });
    expect((await add({ code: 'J45.909' })).fields).toEqual({ 'diagnosis.code': 'validation.icd_unknown' });
    expect((await add({ code: 'F32' })).fields).toEqual({ 'diagnosis.code': 'validation.icd_not_billable' });
    expect((await add({ code: 'F32.9', onsetDate: '2020-02-30' })).fields).toEqual({
      'diagnosis.onsetDate': 'validation.date_invalid',
    });
    expect(
      (await add({ code: 'F32.9', onsetDate: '2021-01-01', resolvedDate: '2020-01-01' })).fields,
    ).toEqual({ 'diagnosis.resolvedDate': 'validation.date_range' });
    await clinic.call('diagnoses:add', { clientId: clinic.clientId, diagnosis: { code: 'F32.9' } });
    expect((await add({ code: 'F32.9' })).fields).toEqual({ 'diagnosis.code': 'validation.icd_duplicate' });
    expect(await clinic.call('diagnoses:list', { clientId: clinic.clientId })).toHaveLength(1);
  });
});
