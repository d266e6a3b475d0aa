import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';
import { localToday } from '../../../src/shared/domain/clients';
import { ADMIN } from '../../helpers/lantern';
import { PROGRAM, completed, dayOffset, dischargeClinic, signedDischarge } from './discharge-clinic';

async function openClinicFile(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(files.database, databaseKey);
}

describe('discharge: signing closes the enrollment; re-enrollment adds one', () => {
  it('signs, closes the enrollment (discharged, ended that day) with history and audit, and keeps the file readable', async () => {
    const clinic = await dischargeClinic();
    const date = dayOffset(-1);
    const signed = await signedDischarge(clinic, clinic.clientId, { dischargeDate: date });
    expect(signed).toMatchObject({ state: 'signed', reason: 'completed_goals', dischargeDate: date });
    expect(signed.can).toEqual({ edit: false, sign: false });
    expect(signed.signatures).toEqual([
      { role: 'worker', signerName: 'Cam Manager', signedAt: expect.any(String) },
    ]);

    const { client } = await clinic.call('clients:get', { id: clinic.clientId });
    expect(client).toMatchObject({ status: 'discharged' });
    expect('enrollments' in client && client.enrollments).toEqual([
      { program: PROGRAM, status: 'discharged', startDate: '2025-01-10', endDate: date },
    ]);
    // The rest of the file stays readable: notes, plan, the discharge itself.
    expect((await clinic.call('notes:list', { clientId: clinic.clientId })).length).toBeGreaterThan(0);
    expect((await clinic.call('carePlans:get', { clientId: clinic.clientId })).plan).not.toBeNull();
    const read = await clinic.call('discharge:read', { dischargeId: signed.id });
    expect(read.content.referrals).toEqual([{ to: 'Eastside Clinic', for: 'Outpatient therapy' }]);

    const history = await clinic.call('clients:history', { clientId: clinic.clientId });
    expect(history[0]).toMatchObject({
      entity: 'client',
      field: 'enrollments',
      actorName: 'Cam Manager',
      to: [{ program: PROGRAM, status: 'discharged', startDate: '2025-01-10', endDate: date }],
    });
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { limit: 50 });
    const discharged = entries.find((e) => e.action === 'client.discharged');
    expect(discharged).toMatchObject({ subject: clinic.clientId, details: { dischargeId: signed.id } });
    expect(entries.some((e) => e.action === 'record.signed' && e.details.kind === 'discharge')).toBe(true);
    expect(JSON.stringify(entries)).not.toContain('Eastside');
    expect(JSON.stringify(entries)).not.toContain(PROGRAM);

    // Nothing more can be started for a closed program.
    await clinic.as('cam');
    const again = await clinic.refuse('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    expect(again).toMatchObject({
      code: 'invalid_input',
      fields: { program: 'validation.discharge_program_not_open' },
    });
  });

  it('the signed discharge is immutable: SQL refuses UPDATE and DELETE of its version, signature and row', async () => {
    const clinic = await dischargeClinic();
    const signed = await signedDischarge(clinic, clinic.clientId);
    const again = await clinic.refuse('discharge:saveDraft', {
      versionId: signed.versionId,
      content: completed(signed, { aftercarePlan: 'Changed' }),
    });
    expect(again.code).toBe('wrong_state');
    clinic.core.close();
    const db = await openClinicFile(clinic.dataDir);
    try {
      for (const [sql, id] of [
        ["UPDATE record_versions SET content = '{}' WHERE id = ?", signed.versionId],
        ['DELETE FROM record_versions WHERE id = ?', signed.versionId],
        ["UPDATE record_signatures SET signer_name = 'X' WHERE version_id = ?", signed.versionId],
        ["UPDATE discharges SET reason = 'moved' WHERE record_id = ?", signed.id],
        ["UPDATE discharges SET discharge_date = '2020-01-01' WHERE record_id = ?", signed.id],
        ['DELETE FROM discharges WHERE record_id = ?', signed.id],
      ] as const)
        expect(() => db.prepare(sql).run(id), sql).toThrow(/immutable/);
    } finally {
      db.close();
    }
  });

  it('re-enrolls: a new active enrollment; the old one stays discharged with its dates, the discharge stays readable', async () => {
    const clinic = await dischargeClinic();
    const ended = dayOffset(-2);
    const signed = await signedDischarge(clinic, clinic.clientId, { dischargeDate: ended });
    const before = await clinic.call('discharge:list', { clientId: clinic.clientId });
    expect(before).toMatchObject({ openPrograms: [], reenrollPrograms: [PROGRAM], canWrite: true });
    const early = await clinic.refuse('discharge:reenroll', {
      clientId: clinic.clientId,
      program: PROGRAM,
      startDate: dayOffset(-3),
    });
    expect(early).toMatchObject({
      code: 'invalid_input',
      fields: { startDate: 'validation.reenroll_before_discharge' },
    });

    const today = localToday();
    const after = await clinic.call('discharge:reenroll', {
      clientId: clinic.clientId,
      program: PROGRAM,
      startDate: today,
    });
    expect(after.enrollments).toEqual([
      { program: PROGRAM, status: 'discharged', startDate: '2025-01-10', endDate: ended },
      { program: PROGRAM, status: 'active', startDate: today, endDate: null },
    ]);
    expect(after).toMatchObject({ openPrograms: [PROGRAM], reenrollPrograms: [] });
    expect(after.reenrollments).toEqual([
      expect.objectContaining({
        program: PROGRAM,
        startDate: today,
        previousDischargeId: signed.id,
        byName: 'Cam Manager',
      }),
    ]);
    expect(after.discharges.map((d) => [d.id, d.state])).toEqual([[signed.id, 'signed']]);
    expect((await clinic.call('clients:get', { id: clinic.clientId })).client.status).toBe('active');
    expect((await clinic.call('discharge:read', { dischargeId: signed.id })).dischargeDate).toBe(ended);
    const history = await clinic.call('clients:history', { clientId: clinic.clientId });
    // Newest first: the re-enrollment, the discharge, then the enrollment as the client was added.
    expect(history.filter((h) => h.field === 'enrollments').map((h) => (h.to as unknown[]).length)).toEqual([
      2, 1, 1,
    ]);

    const twice = await clinic.refuse('discharge:reenroll', {
      clientId: clinic.clientId,
      program: PROGRAM,
      startDate: today,
    });
    expect(twice).toMatchObject({
      code: 'invalid_input',
      fields: { program: 'validation.reenroll_already_enrolled' },
    });
    // The new enrollment can be discharged in turn; the first discharge is untouched.
    const second = await signedDischarge(clinic, clinic.clientId, { dischargeDate: today });
    expect(second.content.enrollmentStartDate).toBe(today);
    const last = await clinic.call('discharge:list', { clientId: clinic.clientId });
    expect(last.discharges.map((d) => d.id).sort()).toEqual([signed.id, second.id].sort());
    expect(last.enrollments.map((e) => [e.status, e.startDate, e.endDate])).toEqual([
      ['discharged', '2025-01-10', ended],
      ['discharged', today, today],
    ]);
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { limit: 80 });
    expect(entries.find((e) => e.action === 'client.reenrolled')).toMatchObject({
      subject: clinic.clientId,
      details: { dischargeId: signed.id },
    });
  });

  it('discarding a draft removes it and changes nothing in the file', async () => {
    const clinic = await dischargeClinic();
    const draft = await clinic.call('discharge:start', { clientId: clinic.clientId, program: PROGRAM });
    await clinic.call('discharge:discardDraft', { versionId: draft.versionId });
    expect((await clinic.call('discharge:list', { clientId: clinic.clientId })).discharges).toEqual([]);
    expect((await clinic.refuse('discharge:read', { dischargeId: draft.id })).code).toBe('not_found');
    expect((await clinic.call('clients:get', { id: clinic.clientId })).client.status).toBe('active');
  });
});

describe('discharge on the timeline', () => {
  it('shows the discharge and the re-enrollment, each opening the discharge', async () => {
    const clinic = await dischargeClinic();
    const ended = dayOffset(-1);
    const signed = await signedDischarge(clinic, clinic.clientId, { dischargeDate: ended });
    await clinic.call('discharge:reenroll', {
      clientId: clinic.clientId,
      program: PROGRAM,
      startDate: localToday(),
    });
    const { items, authors } = await clinic.call('timeline:list', {
      clientId: clinic.clientId,
      kinds: ['discharge'],
    });
    expect(items.map((i) => [i.kind, i.event, i.params, i.ref])).toEqual([
      [
        'discharge',
        'client_reenrolled',
        { program: PROGRAM, date: localToday(), reason: null },
        { screen: 'discharge', id: signed.id },
      ],
      [
        'discharge',
        'client_discharged',
        { program: PROGRAM, date: ended, reason: 'completed_goals' },
        { screen: 'discharge', id: signed.id },
      ],
    ]);
    expect(items.every((i) => i.authorName === 'Cam Manager' && !i.part2 && !i.enteredInError)).toBe(true);
    expect(authors.map((a) => a.name)).toContain('Cam Manager');
    // In the whole timeline too, among the notes and measures.
    const all = await clinic.call('timeline:list', { clientId: clinic.clientId });
    expect(all.items.filter((i) => i.kind === 'discharge')).toHaveLength(2);
  });
});
