import type { RecordStanding, SignatureRole, VersionState } from '../../shared/domain/signed-records';
import type { RecordContext, RecordKind } from './definition';
import type { AddendumRow, RecordRow, SignatureRow, StatusEventRow, VersionRow } from './repository';
import { addendaOf, signaturesOfRecord, statusEventsOf, versionsOf } from './repository';

/** A record as a feature reads it: every version, signature, addendum and status event. */

export interface SignatureView {
  id: string;
  role: SignatureRole;
  /** The name as signed (a staff member's name at the time, or the name a client typed). */
  signerName: string;
  /** The account at the keyboard when it was signed, and that person's name at the time. */
  accountId: string;
  accountName: string;
  signedAt: string;
  /** SHA-256 of the canonical content this signature covers. */
  contentHash: string;
  details: Record<string, unknown>;
}

interface Authored {
  createdAt: string;
  createdBy: string;
  createdByName: string;
  updatedAt: string;
}

export interface AddendumView<Addendum> extends Authored {
  id: string;
  versionId: string;
  state: 'draft' | 'signed';
  schemaVersion: number;
  content: Addendum;
  contentHash: string;
  signatures: SignatureView[];
}

export interface VersionView<Content> extends Authored {
  id: string;
  versionNo: number;
  state: VersionState;
  supersedesId: string | null;
  /** The content schema's version when this was written (older content keeps its old shape). */
  schemaVersion: number;
  content: Content;
  contentHash: string;
  signatures: SignatureView[];
  addenda: AddendumView<unknown>[];
}

export interface StatusEventView {
  id: string;
  status: string;
  reason: string;
  at: string;
  byId: string;
  byName: string;
}

export interface RecordView<Content, Draft, Addendum> {
  id: string;
  kind: string;
  clientId: string;
  createdAt: string;
  createdBy: string;
  createdByName: string;
  standing: RecordStanding;
  statusEvents: StatusEventView[];
  /** Oldest first. Signed and superseded versions hold `Content`; the draft holds `Draft`. */
  versions: VersionView<Content | Draft>[];
  /** The signed version in force, if any has been signed. */
  currentVersionId: string | null;
  draftVersionId: string | null;
  /** Addenda by id, the same objects as inside `versions[].addenda`, typed for this kind. */
  addenda: AddendumView<Addendum>[];
}

const toSignature = (row: SignatureRow): SignatureView => ({
  id: row.id,
  role: row.role as SignatureRole,
  signerName: row.signer_name,
  accountId: row.account_id,
  accountName: row.account_name,
  signedAt: row.signed_at,
  contentHash: row.content_hash,
  details: JSON.parse(row.details) as Record<string, unknown>,
});

const authored = (row: VersionRow | AddendumRow): Authored => ({
  createdAt: row.created_at,
  createdBy: row.created_by,
  createdByName: row.created_by_name,
  updatedAt: row.updated_at,
});

const toStatusEvent = (row: StatusEventRow): StatusEventView => ({
  id: row.id,
  status: row.status,
  reason: row.reason,
  at: row.created_at,
  byId: row.created_by,
  byName: row.created_by_name,
});

/** Assembles the view from four queries (no query per version: a note may have many addenda). */
export function buildRecordView<Content, Draft, Addendum>(
  ctx: RecordContext,
  _kind: RecordKind<Content, Draft, Addendum>,
  record: RecordRow,
): RecordView<Content, Draft, Addendum> {
  const versionRows = versionsOf(ctx.db, record.id);
  const signatures = signaturesOfRecord(ctx.db, record.id);
  const events = statusEventsOf(ctx.db, record.id);
  const signedOn = (column: 'version_id' | 'addendum_id', id: string) =>
    signatures.filter((s) => s[column] === id).map(toSignature);
  const addenda: AddendumView<Addendum>[] = addendaOf(ctx.db, record.id).map((row) => ({
    id: row.id,
    versionId: row.version_id,
    state: row.status,
    schemaVersion: row.schema_version,
    content: JSON.parse(row.content) as Addendum,
    contentHash: row.content_hash,
    ...authored(row),
    signatures: signedOn('addendum_id', row.id),
  }));
  const signed = versionRows.filter((v) => v.status === 'signed');
  const current = signed.at(-1) ?? null;
  const versions = versionRows.map((row): VersionView<Content | Draft> => ({
    id: row.id,
    versionNo: row.version_no,
    state: row.status === 'draft' ? 'draft' : row.id === current?.id ? 'signed' : 'superseded',
    supersedesId: row.supersedes_id,
    schemaVersion: row.schema_version,
    content: JSON.parse(row.content) as Content | Draft,
    contentHash: row.content_hash,
    ...authored(row),
    signatures: signedOn('version_id', row.id),
    addenda: addenda.filter((a) => a.versionId === row.id),
  }));
  return {
    id: record.id,
    kind: record.kind,
    clientId: record.client_id,
    createdAt: record.created_at,
    createdBy: record.created_by,
    createdByName: record.created_by_name,
    standing: events.some((e) => e.status === 'entered_in_error') ? 'entered_in_error' : 'active',
    statusEvents: events.map(toStatusEvent),
    versions,
    currentVersionId: current?.id ?? null,
    draftVersionId: versionRows.find((v) => v.status === 'draft')?.id ?? null,
    addenda,
  };
}
