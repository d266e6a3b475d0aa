import { pngImage } from '../../helpers/png';
import type { TestLantern } from '../../helpers/lantern';
import { ADMIN } from '../../helpers/lantern';
import { STAFF, client, clinicWithStaff } from '../../helpers/clinic';
import { completeAssessment } from '../assessments/fixture';
import { drawn, planContent } from '../care-plans/plan-clinic';
import { dapContent, dayOffset, signedNote } from '../progress-notes/note-clinic';
import { phq9 } from '../measures/fixture';

export const WHO = {
  cam: { username: 'cam', password: STAFF.cam!.password },
  sage: { username: 'sage', password: STAFF.sage!.password },
  fran: { username: 'fran', password: STAFF.fran!.password },
  ada: { username: ADMIN.username, password: ADMIN.password },
};

/** A drawn signature as the pad sends it: a dark stroke on white, as a PNG data URL. */
export function tinyPng(): string {
  const ink = (x: number, y: number) => y > 2 && y < 6 && x > 2 && x < 21;
  const png = pngImage(24, 8, (x, y) => (ink(x, y) ? [20, 20, 20] : [255, 255, 255]));
  return `data:image/png;base64,${png.toString('base64')}`;
}

/** A Part 2 client (the flag set, an alcohol-use diagnosis) of these workers, as whoever is signed in. */
export async function part2Client(clinic: Pick<TestLantern, 'call'>, workerIds: string[]) {
  const rae = await clinic.call('clients:create', {
    client: client({
      assignedCaseManagerIds: workerIds,
      legalFirstName: 'Rae',
      legalLastName: 'Parton',
      flags: { part2Protected: true },
    }),
    duplicatesReviewed: true,
  });
  await clinic.call('diagnoses:add', { clientId: rae.id, diagnosis: { code: 'F10.20', isPrimary: true } });
  return rae;
}

/**
 * A clinic with one rich client of Cam's, made through the channels as the screens would:
 * contacts and a care team, diagnoses, a care plan signed by Cam and by the client (drawn), a
 * signed intake assessment, PHQ-9 and GAD-7 given several times, and signed notes — one with an
 * addendum, one co-signed by Sage, one late, one entered in error. Beside it a Part 2 client
 * (flag set, an alcohol-use diagnosis, a signed note).
 */
export async function richClinic(dataDir: string) {
  const clinic = await clinicWithStaff({ dataDir });
  await clinic.as('ada');
  const settings = await clinic.call('notes:settings', {});
  await clinic.call('notes:saveSettings', { ...settings, cosignAccountIds: [clinic.ids.dee as string] });

  await clinic.as('cam');
  const mine = { assignedCaseManagerIds: [clinic.ids.cam as string, clinic.ids.dee as string] };
  const ana = await clinic.call('clients:create', {
    client: client({
      ...mine,
      legalFirstName: 'Ana',
      legalLastName: 'Diaz',
      address: { line1: '48 Harbor Road', city: 'Riverbend', region: 'OR', postalCode: '97000' },
      livingSituation: 'with_family',
    }),
    duplicatesReviewed: true,
  });
  const clientId = ana.id;
  await clinic.call('careTeam:add', {
    clientId,
    contact: {
      kind: 'care_team',
      careRole: 'therapist',
      name: 'Noor Haddad',
      organisation: 'Harbor Counselling',
    },
  });
  await clinic.call('careTeam:add', {
    clientId,
    contact: { kind: 'family', name: 'Lucia Diaz', relationship: 'Sister', phone: '(555) 777-2020' },
  });
  await clinic.call('diagnoses:add', { clientId, diagnosis: { code: 'F33.1', isPrimary: true } });

  const created = await clinic.call('carePlans:create', { clientId });
  const planVersionId = created.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', {
    versionId: planVersionId,
    content: planContent(dayOffset(-40), dayOffset(50)),
  });
  await clinic.call('carePlans:signAsWorker', { versionId: planVersionId });
  await clinic.call('carePlans:recordClientAgreement', {
    versionId: planVersionId,
    agreement: drawn(tinyPng()),
  });

  const intake = await clinic.call('assessments:startIntake', { clientId });
  await clinic.call('assessments:saveDraft', { versionId: intake.versionId, content: completeAssessment() });
  await clinic.call('assessments:sign', { versionId: intake.versionId });

  for (const [days, answers] of [
    [-60, phq9(3, 3, 2, 2, 2, 2, 2, 1, 0)],
    [-30, phq9(2, 2, 1, 1, 1, 1, 1, 1, 0)],
    [-5, phq9(1, 1, 1, 0, 0, 1, 0, 0, 0)],
  ] as const)
    await clinic.call('measures:give', {
      clientId,
      instrumentId: 'phq-9',
      mode: 'client',
      answers,
      administeredOn: dayOffset(days),
    });
  for (const [days, score] of [
    [-45, 2],
    [-6, 1],
  ] as const)
    await clinic.call('measures:give', {
      clientId,
      instrumentId: 'gad-7',
      mode: 'client',
      answers: { q1: score, q2: score, q3: score, q4: score, q5: score, q6: score, q7: score, difficulty: 1 },
      administeredOn: dayOffset(days),
    });

  const withAddendum = await signedNote(clinic, clientId, dapContent({ contactDate: dayOffset(-2) }));
  await clinic.call('notes:addAddendum', {
    noteId: withAddendum.id,
    text: 'Sister called: the rent form went in.',
  });
  const late = await signedNote(
    clinic,
    clientId,
    dapContent({ contactDate: dayOffset(-12), contactType: 'phone', location: '', participants: 'Client' }),
  );
  const inError = await signedNote(
    clinic,
    clientId,
    dapContent({ contactDate: dayOffset(-3), location: 'Wrong file' }),
  );
  await clinic.call('notes:markEnteredInError', {
    noteId: inError.id,
    reason: 'Written in the wrong client’s file.',
  });

  // Dee's notes await a supervisor; Sage co-signs this one.
  await clinic.as('dee');
  const cosigned = await signedNote(
    clinic,
    clientId,
    dapContent({ contactDate: dayOffset(-1), contactType: 'video' }),
  );
  await clinic.as('sage');
  await clinic.call('notes:cosign', { versionId: cosigned.current.id, comment: 'Reviewed.' });

  await clinic.as('cam');
  const rae = await part2Client(clinic, mine.assignedCaseManagerIds);
  await signedNote(
    clinic,
    rae.id,
    dapContent({ contactDate: dayOffset(-2), planVersionId: null, addressed: [] }),
  );

  return {
    ...clinic,
    clientId,
    part2ClientId: rae.id,
    notes: { withAddendum: withAddendum.id, late: late.id, inError: inError.id, cosigned: cosigned.id },
  };
}
