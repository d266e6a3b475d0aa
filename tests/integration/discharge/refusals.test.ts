import { describe, expect, it } from 'vitest';
import { localToday } from '../../../src/shared/domain/clients';
import {
  PROGRAM,
  completed,
  dayOffset,
  dischargeClinic,
  signedDischarge,
  type DischargeClinic,
} from './discharge-clinic';

/** The client's file as it stands: its enrollments, status and when it last changed. */
async function fileState(clinic: DischargeClinic) {
  const { client } = await clinic.call('clients:get', { id: clinic.clientId });
  return JSON.stringify([
    client.status,
    'enrollments' in client ? client.enrollments : null,
    client.updatedAt,
  ]);
}

describe('discharge: who may, and bad input', () => {
  it('front desk and administrators are refused every discharge channel; a case manager off the caseload too', async () => {
    const clinic = await dischargeClinic();
    const draft = await clinic.call('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    const signedBefore = await fileState(clinic);
    for (const who of ['fran', 'ada', 'remy']) {
      await clinic.as(who);
      for (const [channel, input] of [
        ['discharge:list', { clientId: clinic.clientId }],
        ['discharge:read', { dischargeId: draft.id }],
        ['discharge:start', { clientId: clinic.clientId, program: PROGRAM }],
        ['discharge:saveDraft', { versionId: draft.versionId, content: draft.content }],
        ['discharge:sign', { versionId: draft.versionId }],
        ['discharge:reenroll', { clientId: clinic.clientId, program: PROGRAM, startDate: localToday() }],
      ] as const)
        expect((await clinic.refuse(channel, input)).code, `${who} ${channel}`).toBe('forbidden');
    }
    // Dee is a case manager, but Ana is not on her caseload (nor her team's): behind the glass.
    await clinic.as('dee');
    for (const [channel, input] of [
      ['discharge:list', { clientId: clinic.clientId }],
      ['discharge:start', { clientId: clinic.clientId, program: PROGRAM }],
      ['discharge:reenroll', { clientId: clinic.clientId, program: PROGRAM, startDate: localToday() }],
    ] as const) {
      const refused = await clinic.refuse(channel, input);
      expect(refused, channel).toMatchObject({ code: 'forbidden', details: { needsReason: true } });
    }
    // …and a draft of Cam's is not Dee's to sign even where she may read the file.
    await clinic.as('sage');
    const notYours = await clinic.refuse('discharge:sign', { versionId: draft.versionId });
    expect(notYours).toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'errors.discharge_not_yours' },
    });
    await clinic.as('cam');
    expect(await fileState(clinic)).toBe(signedBefore);
  });

  it('a supervisor may discharge any client of the clinic', async () => {
    const clinic = await dischargeClinic();
    await clinic.as('sage');
    const signed = await signedDischarge(clinic, clinic.clientId);
    expect(signed.signatures[0]).toMatchObject({ role: 'worker', signerName: 'Sage Supervisor' });
  });

  it('bad input gets clear field errors and changes nothing: future date, before the start, unknown program, other without words', async () => {
    const clinic = await dischargeClinic();
    const draft = await clinic.call('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    const before = await fileState(clinic);
    const trySign = async (overrides: Parameters<typeof completed>[1]) => {
      await clinic.call('discharge:saveDraft', {
        versionId: draft.versionId,
        content: completed(draft, overrides),
      });
      return clinic.refuse('discharge:sign', { versionId: draft.versionId });
    };
    expect(await trySign({ dischargeDate: dayOffset(1) })).toMatchObject({
      code: 'invalid_input',
      fields: { dischargeDate: 'validation.date_in_future' },
      details: { messageKey: 'errors.discharge_incomplete' },
    });
    expect((await trySign({ dischargeDate: '2024-12-31' })).fields).toEqual({
      dischargeDate: 'validation.discharge_before_start',
    });
    expect((await trySign({ reason: 'other', reasonOther: '  ' })).fields).toEqual({
      reasonOther: 'validation.required',
    });
    expect((await trySign({ reason: null, summaryOfServices: '' })).fields).toEqual({
      reason: 'validation.required',
      summaryOfServices: 'validation.required',
    });
    expect((await trySign({ referrals: [{ to: '', for: 'Housing' }] })).fields).toEqual({
      'referrals.0.to': 'validation.required',
    });
    const unknown = await clinic.refuse('discharge:start', {
      clientId: clinic.clientId,
      program: 'Juggling',
    });
    expect(unknown).toMatchObject({
      code: 'invalid_input',
      fields: { program: 'validation.discharge_program_not_open' },
      details: { messageKey: 'errors.discharge_program_not_open' },
    });
    const moved = await clinic.refuse('discharge:saveDraft', {
      versionId: draft.versionId,
      content: { ...draft.content, program: 'Housing Support' },
    });
    expect(moved.fields).toEqual({ program: 'validation.discharge_program_fixed' });
    const neverLeft = await clinic.refuse('discharge:reenroll', {
      clientId: clinic.clientId,
      program: PROGRAM,
      startDate: localToday(),
    });
    expect(neverLeft.fields).toEqual({ program: 'validation.reenroll_program_unknown' });
    const elsewhere = await clinic.refuse('discharge:reenroll', {
      clientId: clinic.clientId,
      program: 'Housing Support',
      startDate: localToday(),
    });
    expect(elsewhere.fields).toEqual({ program: 'validation.reenroll_program_unknown' });
    expect(await fileState(clinic)).toBe(before);
    const still = await clinic.call('discharge:read', { dischargeId: draft.id });
    expect(still.state).toBe('draft');
    expect((await clinic.call('discharge:list', { clientId: clinic.clientId })).openPrograms).toEqual([
      PROGRAM,
    ]);
  });

  it('a re-enrollment in the future is refused at its date', async () => {
    const clinic = await dischargeClinic();
    await signedDischarge(clinic, clinic.clientId, { dischargeDate: dayOffset(-1) });
    const future = await clinic.refuse('discharge:reenroll', {
      clientId: clinic.clientId,
      program: PROGRAM,
      startDate: dayOffset(2),
    });
    expect(future).toMatchObject({
      code: 'invalid_input',
      fields: { startDate: 'validation.date_in_future' },
    });
    expect((await clinic.call('clients:get', { id: clinic.clientId })).client.status).toBe('discharged');
  });
});
