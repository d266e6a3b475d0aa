import { z } from 'zod';
import { LANGUAGES } from '../domain/languages';
import { calendarDateSchema, idSchema } from '../domain/validation';
import { channel } from './channel';

/** Everything Lantern records. Later features add client actions (view, create, sign, print, export). */
export const AUDIT_ACTIONS = [
  'setup.completed',
  'auth.sign_in',
  'auth.sign_in_failed',
  'auth.sign_out',
  'auth.lock',
  'auth.unlock',
  'auth.recovery_used',
  'auth.password_changed',
  'recovery_key.confirmed',
  'recovery_key.regenerated',
  'account.created',
  'account.deactivated',
  'account.password_reset',
  'account.team_changed',
  'account.language_changed',
  // Before and after in the details: { from, to } (a role, a name, a status).
  'account.role_changed',
  'account.renamed',
  'account.reactivated',
  'team.created',
  'settings.updated',
  'audit.verified',
  'client.viewed',
  'client.history_viewed',
  'client.care_team_viewed',
  'client.diagnoses_viewed',
  'clients.listed',
  'clients.searched',
  'clients.duplicates_checked',
  'clients.merges_viewed',
  'clients.access_log_viewed',
  'client.created',
  'client.updated',
  'client.break_glass',
  'client.merged',
  'client.exported',
  'contact.added',
  'contact.updated',
  'contact.removed',
  'diagnosis.added',
  'diagnosis.updated',
  'diagnosis.removed',
  // Assessments and risk levels (src/main/assessments): ids and levels, never content or reasons.
  'client.assessments_viewed',
  'client.risk_history_viewed',
  'client.risk_level_set',
  'backup.created',
  'backup.failed',
  'backup.settings_updated',
  'backup.restored',
  'backup.restore_undone',
  'security.database_key_changed',
  // Signed records (src/main/records): details carry ids, kinds, numbers and roles, never content.
  'record.draft_created',
  'record.draft_discarded',
  'record.new_version_started',
  'record.signed',
  'record.addendum_added',
  'record.addendum_discarded',
  'record.addendum_signed',
  'record.entered_in_error',
  'record.viewed',
  'records.verified',
  // Care plans (src/main/care-plans): the plan's own changes are record.* entries.
  'client.care_plans_viewed',
  'care_plan.template_saved',
  'care_plan.template_archived',
  // Standardized measures: details carry ids, instrument ids and counts, never answers or scores.
  'measures.viewed',
  'measure.trend_viewed',
  'measure.given',
  'measure.alert_acknowledged',
  'measure.entered_in_error',
  'instrument.added',
  'measure_schedule.saved',
  // Note search (src/main/note-search): filters, counts and the ids shown, never the words searched.
  'notes.searched',
  // Progress notes (src/main/progress-notes): the note's own changes are record.* entries; these
  // are its lists and a supervisor's return. Ids and counts, never note text or comments.
  'client.notes_viewed',
  'notes.queue_viewed',
  'note.returned',
  // Note formats and saved phrases: ids, versions and shortcuts, never a phrase's text.
  'note_format.added',
  'note_phrase.saved',
  'note_phrase.deleted',
  // The client's timeline (src/main/timeline): one entry per page read, counts only.
  'client.timeline_viewed',
  // Discharge (src/main/discharge): the record's own changes are record.* entries; these are the
  // enrollment closed and reopened, and the programs list read. Ids only, never text or reasons.
  'client.discharged',
  'client.reenrolled',
  'client.discharges_viewed',
  // Documents (src/main/documents): ids, kinds, recipient, language and the file written, never content.
  'document.previewed',
  'document.saved',
  'document.printed',
  'document.kept',
  'document.viewed',
  'documents.listed',
  // The clinic's letterhead (src/main/documents/letterhead): which parts changed, not their values.
  'letterhead.updated',
  // Attachments (src/main/attachments): ids, kinds, types and sizes, never titles or file contents.
  'attachments.listed',
  'attachment.added',
  'attachment.viewed',
  'attachment.downloaded',
  'attachment.removed',
  // The clinic's Word templates (src/main/document-templates): ids, versions and counts, never a
  // filled document's text.
  'template.added',
  'template.archived',
  'template.filled',
  // The audit trail itself (src/main/audit): a page that named clients, and an export of it.
  'audit.viewed',
  'audit.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The entries that record someone seeing client information (no change was made). */
export const READ_AUDIT_ACTIONS: readonly AuditAction[] = [
  'client.viewed',
  'client.history_viewed',
  'client.care_team_viewed',
  'client.diagnoses_viewed',
  'clients.listed',
  'clients.searched',
  'clients.duplicates_checked',
  'clients.merges_viewed',
  'clients.access_log_viewed',
  'record.viewed',
  'client.assessments_viewed',
  'client.risk_history_viewed',
  'client.care_plans_viewed',
  'measures.viewed',
  'measure.trend_viewed',
  'notes.searched',
  'client.notes_viewed',
  'notes.queue_viewed',
  'client.timeline_viewed',
  'client.discharges_viewed',
  'document.previewed',
  'document.viewed',
  'documents.listed',
  'attachments.listed',
  'attachment.viewed',
  'template.filled',
  'audit.viewed',
];

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  occurredAt: z.string(),
  action: z.string(),
  actorAccountId: z.string().nullable(),
  actorName: z.string().nullable(),
  /** Username typed at a failed sign-in, or the account a change was made to. */
  subject: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** What the audit trail is filtered on (the list, and its export). */
const auditFilterShape = {
  actorAccountId: idSchema.optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** Entries about this client's file (and the duplicates merged into it). */
  clientId: idSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  /** The workstation's offset from UTC, so "from"/"to" mean local calendar days. */
  utcOffsetMinutes: z.number().int().min(-840).max(840).default(0),
};
const fromBeforeTo = {
  check: (value: { from?: string | undefined; to?: string | undefined }) =>
    !value.from || !value.to || value.from <= value.to,
  where: { path: ['to'], message: 'validation.date_range' },
};

export const auditListInputSchema = z
  .strictObject({
    ...auditFilterShape,
    beforeSeq: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .refine(fromBeforeTo.check, fromBeforeTo.where);
export type AuditListInput = z.input<typeof auditListInputSchema>;

/**
 * Who an entry's subject or a detail names, resolved by main for the page (keyed by the id or
 * username recorded). A client's name and ID are null where the viewer may not see them.
 */
export const auditNameSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('client'), name: z.string().nullable(), clientNumber: z.string().nullable() }),
  z.object({ kind: z.literal('account'), fullName: z.string(), username: z.string() }),
]);
export type AuditName = z.infer<typeof auditNameSchema>;
export type AuditNames = Record<string, AuditName>;

export const AUDIT_EXPORT_FORMATS = ['csv', 'pdf'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** The filtered list, to the file chosen with `files:chooseSaveLocation` (purpose `audit_export`). */
export const auditExportInputSchema = z
  .strictObject({ ...auditFilterShape, language: z.enum(LANGUAGES) })
  .refine(fromBeforeTo.check, fromBeforeTo.where);
export type AuditExportInput = z.input<typeof auditExportInputSchema>;

/** A head recorded outside the database that the chain no longer agrees with. */
export const anchorFindingSchema = z.object({
  /** The anchor file beside the database, or a backup's backup.json. */
  source: z.enum(['anchor_file', 'backup']),
  name: z.string(),
  seq: z.number().int(),
  hash: z.string(),
  recordedAt: z.string(),
  /** `rewritten`: that entry now has another hash; `missing`: the chain no longer reaches it. */
  problem: z.enum(['rewritten', 'missing']),
});
export type AnchorFinding = z.infer<typeof anchorFindingSchema>;

export const auditVerificationSchema = z.object({
  /** The chain holds together and agrees with every anchor found. */
  intact: z.boolean(),
  checked: z.number().int(),
  headHash: z.string().nullable(),
  firstProblem: z
    .object({ seq: z.number().int(), problem: z.enum(['altered', 'missing', 'head_mismatch']) })
    .nullable(),
  /** The newest entry's sequence and hash, for the administrator to write down. */
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  anchors: z.object({
    checked: z.number().int(),
    /** Anchors older than a restore recorded in the chain, which cannot match any more. */
    afterRestore: z.number().int(),
    problems: z.array(anchorFindingSchema),
  }),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;

export const auditContract = {
  'audit:list': channel({
    input: auditListInputSchema,
    output: z.object({
      entries: z.array(auditEntrySchema),
      nextBeforeSeq: z.number().int().nullable(),
      names: z.record(z.string(), auditNameSchema),
    }),
    access: 'audit:read',
  }),
  'audit:export': channel({
    input: auditExportInputSchema,
    output: z.object({
      file: z.string(),
      folder: z.string(),
      format: z.enum(AUDIT_EXPORT_FORMATS),
      rows: z.number().int(),
    }),
    access: 'audit:read',
  }),
  'audit:verify': channel({
    input: z.strictObject({}),
    output: auditVerificationSchema,
    access: 'audit:read',
  }),
};
