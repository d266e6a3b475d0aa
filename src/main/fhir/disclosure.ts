import type { Diagnosis } from '../../shared/contracts/diagnoses';
import type { AccessPolicy } from '../access/policy';
import type { FhirResource } from './resources';

/**
 * The abbreviated notice 42 CFR §2.32 allows on a disclosure of Part 2 records. It travels inside
 * the Bundle (on the Bundle's security labels and on every Part 2 resource), and only when Part 2
 * information is actually included: a notice on a file without any would itself reveal Part 2 status.
 */
export const PART2_REDISCLOSURE_NOTICE = '42 CFR part 2 prohibits unauthorized disclosure of these records.';

const ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/** Security labels for a Bundle or resource that carries Part 2 information (HL7 ActCode). */
export const PART2_SECURITY_LABELS = [
  { system: ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: ACT_CODE, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
] as const;

/** Substance-use disorder codes (ICD-10-CM F10–F19): what 42 CFR Part 2 protects, flag or no flag. */
export const isSubstanceUseCode = (code: string) => /^F1\d/.test(code);

export interface DiagnosisDisclosure {
  shared: Diagnosis[];
  /** How many were left out because disclosing them needs a Part 2 consent. */
  withheld: number;
  /** Part 2 information is in what is shared: the notice and labels must go with it. */
  part2Included: boolean;
}

/**
 * Which diagnoses may leave Lantern. Substance-use diagnoses are Part 2 records whether or not
 * someone set the client's flag; the policy says whether this disclosure is allowed (it needs a
 * consent, and until consents exist that means never).
 */
export function diagnosesToDisclose(
  policy: AccessPolicy,
  clientId: string,
  diagnoses: readonly Diagnosis[],
): DiagnosisDisclosure {
  const part2Allowed = policy.may(clientId, 'part2', 'export');
  const shared = diagnoses.filter((d) => part2Allowed || !isSubstanceUseCode(d.code));
  return {
    shared,
    withheld: diagnoses.length - shared.length,
    part2Included: shared.some((d) => isSubstanceUseCode(d.code)),
  };
}

/** Marks a resource that carries Part 2 information: security labels and the notice as a note. */
export function labelPart2(resource: FhirResource): FhirResource {
  const notes = Array.isArray(resource.note) ? (resource.note as unknown[]) : [];
  return {
    ...resource,
    meta: { security: [...PART2_SECURITY_LABELS] },
    note: [...notes, { text: PART2_REDISCLOSURE_NOTICE }],
  };
}

/** The Bundle-level label: whoever receives the file sees before opening any entry that it is Part 2. */
export function labelPart2Bundle(bundle: FhirResource): FhirResource {
  return { ...bundle, meta: { security: [...PART2_SECURITY_LABELS] } };
}
