import { openEncrypted } from '../../../src/main/db/open';
import { dataFiles } from '../../../src/main/paths';
import {
  addAddendum,
  createDraft,
  defineRecordKind,
  markEnteredInError,
  sign,
  signAddendum,
} from '../../../src/main/records';
import { Keyring } from '../../../src/main/security/keyring';
import { progressNoteDraftSchema } from '../../../src/shared/contracts/progress-notes';
import type { ProgressNoteDraftInput } from '../../../src/shared/contracts/progress-notes';
import { localToday } from '../../../src/shared/domain/clients';
import { clinicWithStaff, client, STAFF } from '../../helpers/clinic';
import { ADMIN } from '../../helpers/lantern';
import { completeAssessment } from '../assessments/fixture';
import { planContent, TYPED } from '../care-plans/plan-clinic';
import { movableClock, phq9 } from '../measures/fixture';

/**
 * The progress note as a signed record, declared here with the contract's content schema: the
 * notes service is built beside the timeline (issue 10), and the timeline reads only the
 * primitive's tables, so the tests write notes through the primitive itself.
 */
export const progressNote = defineRecordKind({
  kind: 'progress_note',
  content: progressNoteDraftSchema,
  draft: progressNoteDraftSchema,
});

/** A second connection to the clinic's real encrypted file (as the merge tests do). */
export async function openClinicFile(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(files.database, databaseKey);
}

export const noteContent = (overrides: Partial<ProgressNoteDraftInput> = {}): ProgressNoteDraftInput => ({
  formatId: 'dap',
  formatVersion: '1',
  contactDate: '2026-02-20',
  startTime: '09:30',
  durationMinutes: 45,
  contactType: 'home_visit',
  sections: [
    {
      id: 'data',
      text: '  Met Ana at home.\nShe said the rent is paid and she slept better this week, which she credits to the new routine.',
    },
    { id: 'assessment', text: 'Mood improving.' },
  ],
  ...overrides,
});

/**
 * A clinic with Cam's client Ana and one of everything a timeline shows, each a minute apart on
 * a movable clock (from 2026-03-02 15:00 UTC), Cam signed in at the end. Notes are written
 * through the primitive on a second connection.
 */
export async function timelineClinic() {
  const clock = movableClock();
  const tick = () => clock.set(new Date(clock.now().getTime() + 60_000).toISOString());
  const clinic = await clinicWithStaff({ now: clock.now });
  await clinic.as('cam');
  const { id: clientId } = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Ana',
      legalLastName: 'Diaz',
      sexAtBirth: 'female',
      assignedCaseManagerIds: [clinic.ids.cam as string],
    }),
  });
  tick();
  const intake = await clinic.call('assessments:startIntake', { clientId });
  await clinic.call('assessments:saveDraft', { versionId: intake.versionId, content: completeAssessment() });
  await clinic.call('assessments:sign', { versionId: intake.versionId });
  tick();
  const plan = await clinic.call('carePlans:create', { clientId });
  const planVersion = plan.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', {
    versionId: planVersion,
    content: planContent(localToday(), '2099-01-01'),
  });
  await clinic.call('carePlans:signAsWorker', { versionId: planVersion });
  tick();
  await clinic.call('carePlans:recordClientAgreement', { versionId: planVersion, agreement: TYPED });
  tick();
  await clinic.as('sage');
  await clinic.call('carePlans:approve', { versionId: planVersion });
  await clinic.as('cam');
  tick();
  const phq = await clinic.call('measures:give', {
    clientId,
    instrumentId: 'phq-9',
    mode: 'office',
    answers: phq9(2, 2, 1, 1, 1, 1, 1, 1, 1),
  });
  tick();
  const [alert] = (await clinic.call('measures:overview', { clientId })).openAlerts;
  await clinic.call('measures:acknowledgeAlert', {
    alertId: alert!.id,
    note: 'Safety plan reviewed with Ana; crisis line given.',
  });
  tick();
  const audit = await clinic.call('measures:give', {
    clientId,
    instrumentId: 'audit-c',
    mode: 'office',
    answers: { q1: 2, q2: 1, q3: 1 },
  });
  tick();
  const wrong = await clinic.call('measures:give', {
    clientId,
    instrumentId: 'gad-7',
    mode: 'office',
    answers: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0 },
  });
  await clinic.call('measures:markEnteredInError', {
    resultId: wrong.id,
    reason: 'Given to the wrong client.',
  });
  tick();
  await clinic.call('assessments:setRisk', {
    clientId,
    level: 'high',
    reason: 'Lost her housing voucher today.',
  });
  tick();
  const contact = await clinic.call('careTeam:add', {
    clientId,
    contact: { kind: 'care_team', name: 'Dr. Okafor', careRole: 'psychiatrist' },
  });
  tick();
  const diagnosis = await clinic.call('diagnoses:add', {
    clientId,
    diagnosis: { code: 'F33.1', isPrimary: true },
  });
  tick();

  const db = await openClinicFile(clinic.dataDir);
  const person = (username: 'cam' | 'sage') => ({
    id: clinic.ids[username] as string,
    role: STAFF[username]!.role,
    fullName: STAFF[username]!.fullName,
  });
  const ctx = (username: 'cam' | 'sage' = 'cam') => ({ db, actor: person(username), now: clock.now() });
  const writeNote = (content: ProgressNoteDraftInput, on = clientId) => {
    const draft = createDraft(ctx(), progressNote, { clientId: on, content });
    const versionId = draft.versions[0]!.id;
    sign(ctx(), progressNote, versionId, { role: 'worker' });
    return { recordId: draft.id, versionId };
  };
  const note = writeNote(noteContent());
  tick();
  sign(ctx('sage'), progressNote, note.versionId, { role: 'supervisor' });
  tick();
  const withAddendum = addAddendum(ctx(), progressNote, note.versionId, {
    text: 'Ana called back: the rent was paid late.',
  });
  const addendumId = withAddendum.addenda[0]!.id;
  signAddendum(ctx(), progressNote, addendumId, { role: 'worker' });
  tick();
  const erroneous = writeNote(
    noteContent({ contactDate: '2026-02-25', startTime: null, contactType: 'phone' }),
  );
  markEnteredInError(ctx(), progressNote, erroneous.recordId, 'Written in the wrong file.');
  const part2Note = writeNote(noteContent({ contactDate: '2026-02-26', startTime: '14:00', part2: true }));
  tick();
  return {
    ...clinic,
    clock,
    tick,
    db,
    ctx,
    writeNote,
    clientId,
    ids: { ...clinic.ids },
    made: {
      intake,
      planVersion,
      phq,
      alert: alert!,
      audit,
      wrong,
      contact,
      diagnosis,
      note,
      addendumId,
      erroneous,
      part2Note,
    },
  };
}
