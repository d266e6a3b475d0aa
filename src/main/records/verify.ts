import { appendAudit } from '../audit/service';
import type { Db } from '../db/open';
import { sha256Hex } from './content-hash';
import type { RecordContext } from './definition';
import type { SignedTable } from './repository';
import { firstSignedWithoutSignature, iterateSignatureCoverage, iterateSignedContent } from './repository';

/**
 * Recomputes every signed content hash the way an auditor would — SHA-256 of the stored
 * canonical text — and checks each signature covers exactly that hash. The triggers stop any
 * change made through SQL; this finds a change made around them (triggers dropped, file edited).
 */

export type RecordIntegrityProblem =
  /** The stored content no longer hashes to the hash recorded when it was signed. */
  | 'content_altered'
  /** A signature records a different hash from the content it is attached to. */
  | 'signature_mismatch'
  /** A signature on content that is not signed (a draft, or content that is gone). */
  | 'signature_on_unsigned'
  /** Content marked signed that has no signature at all. */
  | 'signed_without_signature';

export interface RecordVerification {
  intact: boolean;
  checked: { versions: number; addenda: number; signatures: number };
  firstProblem: {
    problem: RecordIntegrityProblem;
    /** Which row: a version, an addendum or a signature. */
    of: 'version' | 'addendum' | 'signature';
    id: string;
    recordId: string | null;
  } | null;
}

const OF: Record<SignedTable, 'version' | 'addendum'> = {
  record_versions: 'version',
  record_addenda: 'addendum',
};

/** Walks every signed version, addendum and signature (oldest first) and stops at the first problem. */
export function checkSignedRecords(db: Db): RecordVerification {
  const checked = { versions: 0, addenda: 0, signatures: 0 };
  const found = (firstProblem: NonNullable<RecordVerification['firstProblem']>): RecordVerification => ({
    intact: false,
    checked,
    firstProblem,
  });
  for (const table of ['record_versions', 'record_addenda'] as const) {
    for (const row of iterateSignedContent(db, table)) {
      if (sha256Hex(row.content) !== row.content_hash)
        return found({ problem: 'content_altered', of: OF[table], id: row.id, recordId: row.record_id });
      if (table === 'record_versions') checked.versions += 1;
      else checked.addenda += 1;
    }
  }
  for (const row of iterateSignatureCoverage(db)) {
    if (row.target_status !== 'signed')
      return found({
        problem: 'signature_on_unsigned',
        of: 'signature',
        id: row.id,
        recordId: row.record_id,
      });
    if (row.content_hash !== row.target_hash)
      return found({ problem: 'signature_mismatch', of: 'signature', id: row.id, recordId: row.record_id });
    checked.signatures += 1;
  }
  for (const table of ['record_versions', 'record_addenda'] as const) {
    const bare = firstSignedWithoutSignature(db, table);
    if (bare)
      return found({
        problem: 'signed_without_signature',
        of: OF[table],
        id: bare.id,
        recordId: bare.record_id,
      });
  }
  return { intact: true, checked, firstProblem: null };
}

/** The check, audited (counts and the first problem's ids only), for an administrator's Verify. */
export function verifyRecords(ctx: RecordContext): RecordVerification {
  const result = checkSignedRecords(ctx.db);
  appendAudit(
    ctx.db,
    {
      action: 'records.verified',
      actor: { accountId: ctx.actor.id, name: ctx.actor.fullName },
      details: {
        intact: result.intact,
        versions: result.checked.versions,
        addenda: result.checked.addenda,
        signatures: result.checked.signatures,
        problem: result.firstProblem?.problem ?? null,
        problemId: result.firstProblem?.id ?? null,
      },
    },
    ctx.now,
  );
  return result;
}
