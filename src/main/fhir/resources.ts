import type { Contact } from '../../shared/contracts/care-team';
import type { ClientRecord } from '../../shared/contracts/clients';
import type { Diagnosis } from '../../shared/contracts/diagnoses';

/** FHIR R4 resources as plain JSON; the shapes follow hl7.org/fhir/R4 and are checked in tests. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

export const CLIENT_NUMBER_SYSTEM = 'urn:lantern:client-number';
const ICD10CM = 'http://hl7.org/fhir/sid/icd-10-cm';
const CONDITION_CLINICAL = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
const CONDITION_VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CONDITION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';
const CONTACT_ROLE = 'http://terminology.hl7.org/CodeSystem/v2-0131';

const ADMINISTRATIVE_GENDER: Record<string, string> = {
  female: 'female',
  male: 'male',
  intersex: 'other',
  unknown: 'unknown',
  declined: 'unknown',
};
const CONTACT_RELATIONSHIP: Record<string, { code: string; display: string }> = {
  emergency: { code: 'C', display: 'Emergency Contact' },
  family: { code: 'N', display: 'Next-of-Kin' },
  guardian: { code: 'N', display: 'Next-of-Kin' },
  representative: { code: 'E', display: 'Employer' },
};

/** Drops empty strings, empty arrays and empty objects: FHIR forbids them. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact).filter((v) => !isEmpty(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => [k, compact(v)] as const)
        .filter(([, v]) => !isEmpty(v)),
    ) as T;
  }
  return value;
}
const isEmpty = (v: unknown) =>
  v === '' ||
  v === null ||
  v === undefined ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

export function patientResource(client: ClientRecord, contacts: readonly Contact[]): FhirResource {
  return compact({
    resourceType: 'Patient',
    id: client.id,
    identifier: [{ system: CLIENT_NUMBER_SYSTEM, value: client.clientNumber }],
    active: client.status !== 'discharged',
    name: [
      { use: 'official', family: client.legalLastName, given: [client.legalFirstName] },
      ...(client.preferredName ? [{ use: 'usual', given: [client.preferredName] }] : []),
    ],
    telecom: [
      ...client.phones.map((p) => ({
        system: 'phone',
        value: p.number,
        use: p.kind === 'work' ? 'work' : p.kind === 'home' ? 'home' : 'mobile',
      })),
      ...(client.email ? [{ system: 'email', value: client.email }] : []),
    ],
    gender: ADMINISTRATIVE_GENDER[client.sexAtBirth] ?? 'unknown',
    birthDate: client.birthDate,
    address: [
      {
        line: [client.address.line1, client.address.line2],
        city: client.address.city,
        state: client.address.region,
        postalCode: client.address.postalCode,
      },
    ],
    communication: [{ language: { text: client.preferredLanguage }, preferred: true }],
    contact: contacts
      .filter((c) => c.kind !== 'care_team' && CONTACT_RELATIONSHIP[c.kind])
      .map((c) => ({
        relationship: [
          {
            coding: [{ system: CONTACT_ROLE, ...CONTACT_RELATIONSHIP[c.kind] }],
            text: c.relationship || c.kind,
          },
        ],
        name: { text: c.name },
        telecom: [
          ...(c.phone ? [{ system: 'phone', value: c.phone }] : []),
          ...(c.email ? [{ system: 'email', value: c.email }] : []),
        ],
        organization: c.organisation ? { display: c.organisation } : undefined,
      })),
  });
}

export function conditionResource(diagnosis: Diagnosis, patientId: string): FhirResource {
  const resolved = diagnosis.resolvedDate !== null;
  return compact({
    resourceType: 'Condition',
    id: diagnosis.id,
    clinicalStatus: { coding: [{ system: CONDITION_CLINICAL, code: resolved ? 'resolved' : 'active' }] },
    verificationStatus: { coding: [{ system: CONDITION_VERIFICATION, code: 'confirmed' }] },
    category: [
      { coding: [{ system: CONDITION_CATEGORY, code: 'problem-list-item', display: 'Problem List Item' }] },
    ],
    code: {
      coding: [{ system: ICD10CM, code: diagnosis.code, display: diagnosis.title }],
      text: diagnosis.title,
    },
    subject: { reference: `urn:uuid:${patientId}` },
    onsetDateTime: diagnosis.onsetDate ?? undefined,
    abatementDateTime: diagnosis.resolvedDate ?? undefined,
    note: diagnosis.isPrimary ? [{ text: 'Primary diagnosis' }] : undefined,
  });
}

export function bundle(resources: readonly FhirResource[], timestamp: string, id: string): FhirResource {
  return {
    resourceType: 'Bundle',
    id,
    type: 'collection',
    timestamp,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
