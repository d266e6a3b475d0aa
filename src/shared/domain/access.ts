import type { Role } from './roles';

/**
 * The one access policy, as a table. For a viewer's role, their relationship to a client, a kind
 * of record and what they want to do with it, the table gives one verdict. Main's policy module
 * (src/main/access/policy.ts) is the only code that reads it; the tests enumerate every cell.
 *
 * - Relationship: the client is on their own caseload, on their team's, opened by breaking the
 *   glass (an active grant), or none of these.
 * - Kinds: `contact` is what is needed to reach a client and book a visit (names, birth date,
 *   client ID, language, phones, e-mail, address, assigned workers, "household not aware");
 *   `demographics` is the rest of the non-clinical file (sex and gender, living situation,
 *   insurance, non-clinical contacts' details); `clinical` is what reveals treatment (risk level,
 *   flags, programs, diagnoses, the care team's roles and notes); `part2` is substance-use
 *   information protected by 42 CFR Part 2; `history` is the before/after trail of changes.
 * - Actions: open the file (`read`), see it as a row of a list (`list`) or a search result
 *   (`search`), and give it to someone outside Lantern (`export`: files, prints, referrals).
 */
export const RELATIONSHIPS = ['caseload', 'team', 'granted', 'other'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const RECORD_KINDS = ['contact', 'demographics', 'clinical', 'part2', 'history'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const ACCESS_ACTIONS = ['read', 'list', 'search', 'export'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/**
 * `needs_reason`: allowed after breaking the glass (then the relationship is `granted`).
 * `needs_consent`: allowed only with the client's written consent for this disclosure; Lantern
 * has no consents yet, so today this is a refusal.
 */
export type Verdict = 'allow' | 'needs_reason' | 'needs_consent' | 'deny';

type KindRules = Record<AccessAction, Verdict>;
type RoleRules = (relationship: Relationship) => Record<RecordKind, KindRules>;

const ALL: KindRules = { read: 'allow', list: 'allow', search: 'allow', export: 'allow' };
const VIEW_ONLY: KindRules = { read: 'allow', list: 'allow', search: 'allow', export: 'deny' };
const NONE: KindRules = { read: 'deny', list: 'deny', search: 'deny', export: 'deny' };
// Part 2 information is seen by the program's own clinical staff; disclosing it needs consent.
const PART2_CLINICAL: KindRules = { read: 'allow', list: 'allow', search: 'allow', export: 'needs_consent' };
// Outside one's caseload: the name appears in lists (to find the person and break the glass), the file
// opens only with a reason, and nothing clinical shows in a row, so neither does a filter's count.
const BEHIND_GLASS: KindRules = {
  read: 'needs_reason',
  list: 'deny',
  search: 'deny',
  export: 'needs_reason',
};
const FINDABLE: KindRules = { read: 'needs_reason', list: 'allow', search: 'allow', export: 'needs_reason' };

const clinicalStaff: Record<RecordKind, KindRules> = {
  contact: ALL,
  demographics: ALL,
  clinical: ALL,
  part2: PART2_CLINICAL,
  history: VIEW_ONLY,
};

const RULES: Record<Role, RoleRules> = {
  // Supervisors oversee every client of the clinic.
  supervisor: () => clinicalStaff,
  case_manager: (relationship) =>
    relationship === 'other'
      ? {
          contact: FINDABLE,
          demographics: BEHIND_GLASS,
          clinical: BEHIND_GLASS,
          part2: BEHIND_GLASS,
          history: BEHIND_GLASS,
        }
      : clinicalStaff,
  // Front desk reaches clients and books visits: contact details only, never anything that says
  // which services someone receives.
  front_desk: () => ({ contact: VIEW_ONLY, demographics: NONE, clinical: NONE, part2: NONE, history: NONE }),
  // Administrators find and merge duplicate records: the non-clinical file, nothing clinical.
  administrator: () => ({
    contact: VIEW_ONLY,
    demographics: VIEW_ONLY,
    clinical: NONE,
    part2: NONE,
    history: NONE,
  }),
  // Reporting sees aggregate figures only, never a named client.
  reporting: () => ({ contact: NONE, demographics: NONE, clinical: NONE, part2: NONE, history: NONE }),
};

export function verdict(
  role: Role,
  relationship: Relationship,
  kind: RecordKind,
  action: AccessAction,
): Verdict {
  return RULES[role](relationship)[kind][action];
}

/**
 * Who a document, print or file is for. `client`: the client's own copy (a care plan signed with
 * them, their notes on request). A person's own records are theirs to have — HIPAA's right of
 * access and 42 CFR §2.23 let a program give a patient their own Part 2 records without a
 * consent form — so what this viewer may read, they may hand to the client. `other`: anyone else
 * (a psychiatrist, a landlord, a benefits office), where the export column of the table decides.
 */
export const RECIPIENTS = ['client', 'other'] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/**
 * May this viewer put `kind` into a document for `recipient`? For someone else the table's
 * `export` verdict stands; for the client themselves, `needs_consent` (Part 2) becomes `allow`
 * where the viewer may read that kind, since no consent is needed to give a person their own record.
 */
export function disclosureVerdict(
  role: Role,
  relationship: Relationship,
  kind: RecordKind,
  recipient: Recipient,
): Verdict {
  const toExport = verdict(role, relationship, kind, 'export');
  if (recipient === 'client' && toExport === 'needs_consent') {
    return verdict(role, relationship, kind, 'read') === 'allow' ? 'allow' : toExport;
  }
  return toExport;
}

/** The kinds of a client's record this viewer may see when doing `action` (only `allow` counts). */
export function visibleKinds(role: Role, relationship: Relationship, action: AccessAction): Set<RecordKind> {
  return new Set(RECORD_KINDS.filter((kind) => verdict(role, relationship, kind, action) === 'allow'));
}

/**
 * Who may change which workers are assigned to a client. A case manager may hand over or share
 * a client on their own caseload; a client reached through the team or a break-the-glass grant is
 * a supervisor's to reassign (otherwise an eight-hour grant could be made permanent).
 */
export const REASSIGN: Record<Role, 'any' | 'own_caseload' | 'never'> = {
  supervisor: 'any',
  case_manager: 'own_caseload',
  front_desk: 'never',
  administrator: 'never',
  reporting: 'never',
};

/**
 * Changing a client's file, beside the table above: for a role and its relationship to the
 * client, may this kind of record be changed? Registering a new client is judged as `caseload`
 * (the person registering fills in the new file). `history` is written by Lantern with every
 * change, never by hand. Front desk registers people and keeps their contact details current
 * (names, birth date, client ID, phones, e-mail, address, language, interpreter, "household not
 * aware") and nothing else — not the demographics they cannot read, not who is assigned, nothing
 * clinical. Administrators merge duplicates (their own permission) but change no client.
 */
const CHANGE_ANY: Record<RecordKind, Verdict> = {
  contact: 'allow',
  demographics: 'allow',
  clinical: 'allow',
  part2: 'allow',
  history: 'deny',
};
const CHANGE_NOTHING: Record<RecordKind, Verdict> = {
  contact: 'deny',
  demographics: 'deny',
  clinical: 'deny',
  part2: 'deny',
  history: 'deny',
};
const CHANGE_RULES: Record<Role, (relationship: Relationship) => Record<RecordKind, Verdict>> = {
  supervisor: () => CHANGE_ANY,
  // Outside one's caseload the file opens only with a reason, and so it changes only with one.
  case_manager: (relationship) =>
    relationship === 'other'
      ? {
          contact: 'needs_reason',
          demographics: 'needs_reason',
          clinical: 'needs_reason',
          part2: 'needs_reason',
          history: 'deny',
        }
      : CHANGE_ANY,
  front_desk: () => ({ ...CHANGE_NOTHING, contact: 'allow' }),
  administrator: () => CHANGE_NOTHING,
  reporting: () => CHANGE_NOTHING,
};

export function changeVerdict(role: Role, relationship: Relationship, kind: RecordKind): Verdict {
  return CHANGE_RULES[role](relationship)[kind];
}

/** The kinds of a client's record this role may set when registering a client (what the form shows). */
export function registrableKinds(role: Role): Set<RecordKind> {
  return new Set(RECORD_KINDS.filter((kind) => changeVerdict(role, 'caseload', kind) === 'allow'));
}
