import type { ClientFormInput } from '../../../src/shared/contracts/clients';
import type { Relationship } from '../../../src/shared/domain/access';
import { clinicWithStaff, client, setRisk } from '../../helpers/clinic';

/**
 * A clinic where Cam (case manager) has one client of each relationship: his own, his
 * teammate Dee's, one of Sage's he opened by breaking the glass, and one of Sage's he has not.
 * Every client carries everything the policy guards: risk, a Part 2 flag, a treatment programme,
 * a substance-use diagnosis, a psychiatrist with notes, an emergency contact and history.
 */
export async function policyClinic(options: Parameters<typeof clinicWithStaff>[0] = {}) {
  const clinic = await clinicWithStaff(options);
  const north = await clinic.call('teams:create', { name: 'North' });
  for (const person of ['cam', 'dee'])
    await clinic.call('accounts:setTeam', { accountId: clinic.ids[person] as string, teamId: north.id });
  await clinic.as('sage');
  const people: Record<Relationship, { lastName: string; worker: string }> = {
    caseload: { lastName: 'Ownby', worker: 'cam' },
    team: { lastName: 'Teamwell', worker: 'dee' },
    granted: { lastName: 'Grantham', worker: 'sage' },
    other: { lastName: 'Otherton', worker: 'sage' },
  };
  const clientIds = {} as Record<Relationship, string>;
  for (const [relationship, person] of Object.entries(people) as [Relationship, (typeof people)['other']][]) {
    const fields: ClientFormInput = client({
      legalFirstName: 'Pat',
      legalLastName: person.lastName,
      birthDate: `1970-0${Object.keys(people).indexOf(relationship) + 1}-15`,
      sexAtBirth: 'female',
      insurance: [{ type: 'medicaid', memberId: 'M-1' }],
      enrollments: [{ program: 'Opioid Treatment Program', status: 'active' }],
      flags: { part2Protected: true, safetyConcern: true },
      assignedCaseManagerIds: [clinic.ids[person.worker] as string],
    });
    const created = await clinic.call('clients:create', { client: fields, duplicatesReviewed: true });
    clientIds[relationship] = created.id;
    await setRisk(clinic, created.id, 'high');
    await clinic.call('diagnoses:add', { clientId: created.id, diagnosis: { code: 'F11.20' } });
    await clinic.call('diagnoses:add', { clientId: created.id, diagnosis: { code: 'F33.1' } });
    await clinic.call('careTeam:add', {
      clientId: created.id,
      contact: {
        kind: 'care_team',
        careRole: 'psychiatrist',
        name: 'Dr. Iris Okafor',
        organisation: 'Riverbend Methadone Clinic',
        notes: 'Dose review monthly',
      },
    });
    await clinic.call('careTeam:add', {
      clientId: created.id,
      contact: { kind: 'emergency', name: 'Rosa Kin', relationship: 'sister', phone: '555-222-1111' },
    });
  }
  await clinic.as('cam');
  await clinic.call('clients:breakGlass', {
    clientId: clientIds.granted,
    reason: 'Covering a crisis call for Sage today',
  });
  return { ...clinic, clientIds, people };
}
