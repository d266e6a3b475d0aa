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
export const RISK_LEVELS = ['unknown', 'low', 'moderate', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const SEX_AT_BIRTH = ['female', 'male', 'intersex', 'unknown', 'declined'] as const;
export type SexAtBirth = (typeof SEX_AT_BIRTH)[number];
export const PHONE_KINDS = ['mobile', 'home', 'work', 'other'] as const;

export const CLIENT_FLAGS = [
  'safetyConcern',
  'financialConcern',
  'legalInvolvement',
  /** Substance-use treatment records protected by 42 CFR Part 2: disclosure needs matching consent. */
  'part2Protected',
  /** "Household is not aware of contact": never leave messages, never mail to the home. */
  'householdUnaware',
] as const;
export type ClientFlag = (typeof CLIENT_FLAGS)[number];

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
