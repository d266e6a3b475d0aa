import type { ClientFields, ClientRecord } from '../../shared/contracts/clients';
import type { EnrollmentStatus, RiskLevel } from '../../shared/domain/clients';
import { RISK_RANK } from '../../shared/domain/risk';

/** A clients row as SQLite returns it. */
export interface ClientRow {
  id: string;
  client_number: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string;
  pronouns: string;
  birth_date: string;
  sex_at_birth: string;
  gender_identity: string;
  preferred_language: string;
  interpreter_needed: number;
  phones: string;
  email: string;
  address: string;
  living_situation: string;
  insurance: string;
  status: EnrollmentStatus;
  risk_level: RiskLevel;
  flag_safety_concern: number;
  flag_financial_concern: number;
  flag_legal_involvement: number;
  flag_part2_protected: number;
  flag_household_unaware: number;
  last_contact_at: string | null;
  record_status: 'active' | 'merged';
  merged_into_id: string | null;
  created_at: string;
  updated_at: string;
}

// One order for every risk level, shared with the assessments' risk history.
export { RISK_RANK };

export const sortNameOf = (first: string, last: string) => `${last}, ${first}`.toLocaleLowerCase('en');

/** Columns written from the form's fields (everything but ids, status and bookkeeping). */
export function rowFromFields(fields: ClientFields) {
  return {
    client_number: fields.clientNumber,
    legal_first_name: fields.legalFirstName,
    legal_last_name: fields.legalLastName,
    preferred_name: fields.preferredName,
    sort_name: sortNameOf(fields.legalFirstName, fields.legalLastName),
    pronouns: fields.pronouns,
    birth_date: fields.birthDate,
    sex_at_birth: fields.sexAtBirth,
    gender_identity: fields.genderIdentity,
    preferred_language: fields.preferredLanguage,
    interpreter_needed: fields.interpreterNeeded ? 1 : 0,
    phones: JSON.stringify(fields.phones),
    email: fields.email,
    address: JSON.stringify(fields.address),
    living_situation: fields.livingSituation,
    insurance: JSON.stringify(fields.insurance),
    risk_level: fields.riskLevel,
    risk_rank: RISK_RANK[fields.riskLevel],
    flag_safety_concern: fields.flags.safetyConcern ? 1 : 0,
    flag_financial_concern: fields.flags.financialConcern ? 1 : 0,
    flag_legal_involvement: fields.flags.legalInvolvement ? 1 : 0,
    flag_part2_protected: fields.flags.part2Protected ? 1 : 0,
    flag_household_unaware: fields.flags.householdUnaware ? 1 : 0,
  };
}

export function recordFromRow(
  row: ClientRow,
  enrollments: ClientFields['enrollments'],
  assignedWorkers: { accountId: string; fullName: string }[],
): ClientRecord {
  return {
    id: row.id,
    clientNumber: row.client_number,
    legalFirstName: row.legal_first_name,
    legalLastName: row.legal_last_name,
    preferredName: row.preferred_name,
    pronouns: row.pronouns,
    birthDate: row.birth_date,
    sexAtBirth: row.sex_at_birth as ClientRecord['sexAtBirth'],
    genderIdentity: row.gender_identity,
    preferredLanguage: row.preferred_language,
    interpreterNeeded: row.interpreter_needed === 1,
    phones: JSON.parse(row.phones) as ClientRecord['phones'],
    email: row.email,
    address: JSON.parse(row.address) as ClientRecord['address'],
    livingSituation: row.living_situation as ClientRecord['livingSituation'],
    enrollments,
    assignedCaseManagerIds: assignedWorkers.map((w) => w.accountId),
    assignedWorkers,
    insurance: JSON.parse(row.insurance) as ClientRecord['insurance'],
    riskLevel: row.risk_level,
    flags: {
      safetyConcern: row.flag_safety_concern === 1,
      financialConcern: row.flag_financial_concern === 1,
      legalInvolvement: row.flag_legal_involvement === 1,
      part2Protected: row.flag_part2_protected === 1,
      householdUnaware: row.flag_household_unaware === 1,
    },
    status: row.status,
    recordStatus: row.record_status,
    mergedIntoId: row.merged_into_id,
    lastContactAt: row.last_contact_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the quick-search index holds for a client. */
export function searchDocument(
  fields: Pick<
    ClientFields,
    'legalFirstName' | 'legalLastName' | 'preferredName' | 'clientNumber' | 'birthDate' | 'phones'
  >,
) {
  const [y, m, d] = fields.birthDate.split('-');
  return {
    names: [fields.legalFirstName, fields.legalLastName, fields.preferredName].filter(Boolean).join(' '),
    identifiers: [
      fields.clientNumber,
      fields.birthDate,
      `${m}/${d}/${y}`,
      ...fields.phones.map((p) => p.number.replace(/\D/g, '')),
    ].join(' '),
  };
}
