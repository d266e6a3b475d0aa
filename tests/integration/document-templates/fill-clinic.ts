import { localToday } from '../../../src/shared/domain/clients';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { table, templateFile, upload } from '../../helpers/docx';
import { planContent } from '../care-plans/plan-clinic';
import { phq9 } from '../measures/fixture';
import { dapContent, dayOffset, signedNote } from '../progress-notes/note-clinic';

/**
 * A clinic for filling templates: Cam's client Ana Diaz with everything a template can reach (an
 * interpreter, an address, a care team, a diagnosis, a signed plan with goals and an objective, a
 * PHQ-9, a signed note), and his client Luis Part with a substance-use diagnosis (42 CFR Part 2).
 * Ada (administrator) keeps the templates. Cam is signed in at the end.
 */
export async function fillClinic() {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const cam = clinic.ids.cam as string;
  const ana = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Ana',
      legalLastName: 'Diaz',
      preferredName: 'Anita',
      birthDate: '1990-06-15',
      clientNumber: 'C-0042',
      preferredLanguage: 'Spanish',
      interpreterNeeded: true,
      address: {
        line1: '12 Elm Court',
        line2: 'Apt 3',
        city: 'Riverside',
        region: 'OR',
        postalCode: '97001',
      },
      assignedCaseManagerIds: [cam],
    }),
  });
  await clinic.call('careTeam:add', {
    clientId: ana.id,
    contact: {
      kind: 'care_team',
      careRole: 'psychiatrist',
      name: 'Dr. Iris Okafor',
      organisation: 'Riverside Health',
      phone: '(555) 300-1000',
    },
  });
  await clinic.call('careTeam:add', {
    clientId: ana.id,
    contact: {
      kind: 'care_team',
      careRole: 'therapist',
      name: 'Tomás Reyes',
      organisation: 'Hope Counseling',
      phone: '(555) 300-2000',
    },
  });
  await clinic.call('diagnoses:add', { clientId: ana.id, diagnosis: { code: 'F33.1', isPrimary: true } });
  const plan = await clinic.call('carePlans:create', { clientId: ana.id });
  await clinic.call('carePlans:saveDraft', {
    versionId: plan.draftVersionId as string,
    content: planContent(localToday(), dayOffset(90)),
  });
  await clinic.call('carePlans:signAsWorker', { versionId: plan.draftVersionId as string });
  await clinic.call('measures:give', {
    clientId: ana.id,
    instrumentId: 'phq-9',
    mode: 'office',
    answers: phq9(2, 2, 1, 1, 1, 1, 1, 1, 0),
  });
  await signedNote(clinic, ana.id, dapContent({ addressed: [] }));

  const luis = await clinic.call('clients:create', {
    client: client({
      legalFirstName: 'Luis',
      legalLastName: 'Part',
      flags: { part2Protected: true },
      assignedCaseManagerIds: [cam],
    }),
    duplicatesReviewed: true,
  });
  await clinic.call('diagnoses:add', { clientId: luis.id, diagnosis: { code: 'F11.20' } });

  const addTemplate = async (name: string, lines: readonly string[]) => {
    await clinic.as('ada');
    const kept = await clinic.call('documentTemplates:add', { name, ...upload(templateFile(lines)) });
    await clinic.as('cam');
    return kept.id;
  };
  return { ...clinic, ana: ana.id, luis: luis.id, addTemplate };
}

/** Every kind of tag: fields, a loop with a nested loop, a table-row loop, conditions, an inverted section. */
export const RICH_TEMPLATE = [
  '{clinic.name}',
  '{today}',
  'Dear {client.preferredName} ({client.fullName}, born {client.birthDate}, age {client.age}, number {client.clientNumber}),',
  'Address: {client.address.line1}, {client.address.line2}, {client.address.city}, {client.address.state} {client.address.zip}',
  '{#client.interpreterNeeded}An interpreter ({client.preferredLanguage}) is needed.{/}',
  '{^client.interpreterNeeded}No interpreter is needed.{/client.interpreterNeeded}',
  '{#plan.goals}',
  'Goal: {statement} [{status}] — “{clientWords}”',
  '{#objectives}Objective: {text} by {targetDate}{/objectives}',
  '{/plan.goals}',
  table(
    [
      ['Provider', 'Role', 'Phone'],
      ['{#careTeam}{name}', '{role}', '{phone}{/careTeam}'],
    ],
    { header: true },
  ),
  '{#diagnoses}Diagnosis {code}: {title}{#primary} (primary){/primary}{/diagnoses}',
  '{#measures}Latest {name}: {score} ({band}) on {date}{/measures}',
  '{#medications}Medication {name}{/medications}{^medications}No medications listed.{/medications}',
  '{#notes}Note of {date} ({contactType}, {author}): {text}{/notes}',
  'Plan from {plan.startDate} to review on {plan.reviewDate}.',
  '{worker.name}, {worker.title}',
];
