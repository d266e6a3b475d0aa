/**
 * The vocabulary of signed records (care plans, notes, assessments, safety plans, consents), shared
 * so feature contracts and screens name the same roles and states as the database holds.
 * The rules themselves live in src/main/records; docs/signed-records.md explains the model.
 */

/**
 * In which capacity someone signed. `worker` is the staff member who wrote the content,
 * `supervisor` a co-signature or approval, `client`/`guardian` the person the record is about (or
 * their guardian) signing on this workstation, `witness` anyone else attesting. At most one
 * signature per role per version or addendum. Add a role at the end; never rename one.
 */
export const SIGNATURE_ROLES = ['worker', 'client', 'guardian', 'supervisor', 'witness'] as const;
export type SignatureRole = (typeof SIGNATURE_ROLES)[number];

/** Roles signed by the person at the keyboard under their own account and name. */
export const STAFF_SIGNATURE_ROLES: readonly SignatureRole[] = ['worker', 'supervisor', 'witness'];

/**
 * A version as a reader sees it: `draft` until its first signature, then `signed` (frozen), and
 * `superseded` once a later version of the same record is signed (it stays, readable, unchanged).
 */
export const VERSION_STATES = ['draft', 'signed', 'superseded'] as const;
export type VersionState = (typeof VERSION_STATES)[number];

/** A record's standing, from its append-only status events. Nothing clinical is deleted. */
export const RECORD_STANDINGS = ['active', 'entered_in_error'] as const;
export type RecordStanding = (typeof RECORD_STANDINGS)[number];
