import type { RecordKind } from './access';

/** Vocabulary of the client file, as case managers use it (see docs/domain.md). */
export const ENROLLMENT_STATUSES = ['referred', 'waitlist', 'active', 'on_hold', 'discharged'] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

export const LIVING_SITUATIONS = [
  'own_home',
  'with_family',
  'supported_housing',
  'group_home',
  'shelter',
  'unsheltered',
  'hospital_or_institution',
  'jail',
  'other',
  'unknown',
] as const;

export const INSURANCE_TYPES = [
  'medicaid',
  'medicare',
  'ssi',
  'ssdi',
  'snap',
  'private',
  'va',
  'other',
  'none',
] as const;
export const RISK_LEVELS = ['unknown', 'low', 'moderate', 'high', 'imminent'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const SEX_AT_BIRTH = ['female', 'male', 'intersex', 'unknown', 'declined'] as const;
export type SexAtBirth = (typeof SEX_AT_BIRTH)[number];
export const PHONE_KINDS = ['mobile', 'home', 'work', 'other'] as const;

/**
 * The client's flags, each with the kind of record it is for the access policy (see
 * ./access.ts): who may see it, filter by it and export it. This is the one list of flags: the
 * form, the file, the caseload's filters and badges, the audit's "clinical fields" and the
 * database columns (`flag_<name in snake_case>`, src/main/clients/columns.ts) all follow it.
 */
export const CLIENT_FLAG_KINDS = {
  safetyConcern: 'clinical',
  financialConcern: 'clinical',
  legalInvolvement: 'clinical',
  /** Substance-use treatment records protected by 42 CFR Part 2: disclosure needs matching consent. */
  part2Protected: 'part2',
  /** "Household is not aware of contact": never leave messages, never mail to the home. */
  householdUnaware: 'contact',
} as const satisfies Record<string, RecordKind>;

export type ClientFlag = keyof typeof CLIENT_FLAG_KINDS;
/** The flags in the order the screens show them. */
export const CLIENT_FLAGS = Object.keys(CLIENT_FLAG_KINDS) as [ClientFlag, ...ClientFlag[]];
/** The flags of the given kinds of record, e.g. what a viewer who may see only contact details sees. */
export const flagsOfKinds = (kinds: readonly RecordKind[]): ClientFlag[] =>
  CLIENT_FLAGS.filter((flag) => kinds.includes(CLIENT_FLAG_KINDS[flag]));

export const DEFAULT_PROGRAMS = [
  'Adult Case Management',
  'Housing Support',
  'Crisis Stabilization',
  'Peer Support',
];

/**
 * The client's overall status is the most engaged of their enrollments: one active program makes
 * an active client, even if an older enrollment was discharged.
 */
const STATUS_RANK: Record<EnrollmentStatus, number> = {
  active: 5,
  on_hold: 4,
  waitlist: 3,
  referred: 2,
  discharged: 1,
};
export function overallStatus(enrollments: readonly { status: EnrollmentStatus }[]): EnrollmentStatus {
  let best: EnrollmentStatus = 'referred';
  let rank = 0;
  for (const { status } of enrollments) {
    if (STATUS_RANK[status] > rank) {
      best = status;
      rank = STATUS_RANK[status];
    }
  }
  return best;
}

/** Whole years between a birth date and today (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Today's calendar date where the code runs (local time). */
export function localToday(now: Date = new Date()): string {
  const offset = now.getTimezoneOffset() * 60_000;
  return new Date(now.getTime() - offset).toISOString().slice(0, 10);
}
