import type { CARE_TEAM_ROLES } from '../../shared/contracts/care-team';
import type { EnrollmentStatus, RiskLevel } from '../../shared/domain/clients';

type Weighted<T> = readonly (readonly [T, number])[];

/** Overall status of a client: about 60% active, 10% waitlist, 8% referred, 7% on hold, 15% discharged. */
export const STATUS_WEIGHTS: Weighted<EnrollmentStatus> = [
  ['active', 60],
  ['waitlist', 10],
  ['referred', 8],
  ['on_hold', 7],
  ['discharged', 15],
];

export const PROGRAM_WEIGHTS: Weighted<string> = [
  ['Adult Case Management', 55],
  ['Housing Support', 20],
  ['Peer Support', 15],
  ['Crisis Stabilization', 10],
];

export const RISK_WEIGHTS: Weighted<RiskLevel> = [
  ['unknown', 20],
  ['low', 45],
  ['moderate', 25],
  ['high', 10],
];

/** Chance of each flag on a client (the substance-use flag also follows substance-use diagnoses). */
export const FLAG_CHANCES = {
  safetyConcern: 0.08,
  financialConcern: 0.1,
  legalInvolvement: 0.07,
  part2Protected: 0.01,
  householdUnaware: 0.05,
} as const;

export const LIVING_WEIGHTS = [
  ['own_home', 30],
  ['with_family', 22],
  ['supported_housing', 12],
  ['group_home', 5],
  ['shelter', 8],
  ['unsheltered', 5],
  ['hospital_or_institution', 2],
  ['jail', 1],
  ['other', 3],
  ['unknown', 12],
] as const;

export const INSURANCE_CHANCES = [
  ['medicaid', 0.55],
  ['medicare', 0.2],
  ['ssi', 0.15],
  ['ssdi', 0.12],
  ['snap', 0.3],
  ['private', 0.08],
  ['va', 0.03],
] as const;

export const LANGUAGE_WEIGHTS: Weighted<string> = [
  ['English', 85],
  ['Spanish', 10],
  ['Vietnamese', 2],
  ['American Sign Language', 1],
  ['Arabic', 1],
  ['Haitian Creole', 1],
];

/**
 * A small list of real ICD-10-CM codes (with their official titles) that case managers see often.
 * `substance` marks codes whose records 42 CFR Part 2 may protect.
 */
export const DEMO_DIAGNOSES = [
  { code: 'F20.9', title: 'Schizophrenia, unspecified', weight: 10, substance: false },
  { code: 'F25.0', title: 'Schizoaffective disorder, bipolar type', weight: 5, substance: false },
  { code: 'F31.9', title: 'Bipolar disorder, unspecified', weight: 10, substance: false },
  { code: 'F31.81', title: 'Bipolar II disorder', weight: 3, substance: false },
  {
    code: 'F32.9',
    title: 'Major depressive disorder, single episode, unspecified',
    weight: 10,
    substance: false,
  },
  { code: 'F33.1', title: 'Major depressive disorder, recurrent, moderate', weight: 9, substance: false },
  {
    code: 'F33.2',
    title: 'Major depressive disorder, recurrent severe without psychotic features',
    weight: 4,
    substance: false,
  },
  { code: 'F41.1', title: 'Generalized anxiety disorder', weight: 9, substance: false },
  { code: 'F41.0', title: 'Panic disorder [episodic paroxysmal anxiety]', weight: 3, substance: false },
  { code: 'F43.10', title: 'Post-traumatic stress disorder, unspecified', weight: 8, substance: false },
  { code: 'F43.12', title: 'Post-traumatic stress disorder, chronic', weight: 3, substance: false },
  { code: 'F60.3', title: 'Borderline personality disorder', weight: 3, substance: false },
  { code: 'F10.20', title: 'Alcohol dependence, uncomplicated', weight: 6, substance: true },
  { code: 'F11.20', title: 'Opioid dependence, uncomplicated', weight: 3, substance: true },
  { code: 'F12.20', title: 'Cannabis dependence, uncomplicated', weight: 2, substance: true },
  { code: 'F15.20', title: 'Other stimulant dependence, uncomplicated', weight: 2, substance: true },
  { code: 'Z59.01', title: 'Sheltered homelessness', weight: 3, substance: false },
  { code: 'Z59.02', title: 'Unsheltered homelessness', weight: 2, substance: false },
  { code: 'Z56.0', title: 'Unemployment, unspecified', weight: 3, substance: false },
  { code: 'Z65.1', title: 'Imprisonment and other incarceration', weight: 1, substance: false },
] as const;

export const CONTACT_KIND_WEIGHTS = [
  ['emergency', 30],
  ['family', 25],
  ['guardian', 5],
  ['representative', 5],
  ['care_team', 35],
] as const;

export const CARE_ROLE_WEIGHTS: Weighted<(typeof CARE_TEAM_ROLES)[number]> = [
  ['psychiatrist', 25],
  ['therapist', 20],
  ['primary_care', 20],
  ['pharmacy', 10],
  ['nurse', 5],
  ['housing_worker', 6],
  ['peer_specialist', 5],
  ['probation_officer', 4],
  ['landlord', 3],
  ['other', 2],
];

export const FAMILY_RELATIONSHIPS = [
  'Mother',
  'Father',
  'Sister',
  'Brother',
  'Daughter',
  'Son',
  'Partner',
  'Aunt',
  'Grandmother',
];
export const EMERGENCY_RELATIONSHIPS = [
  'Friend',
  'Neighbor',
  'Partner',
  'Cousin',
  'Pastor',
  'Sister',
  'Mother',
];
