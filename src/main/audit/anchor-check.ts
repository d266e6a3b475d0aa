import type { AnchorFinding, AuditVerification } from '../../shared/contracts/audit';
import type { Db } from '../db/open';
import { entryHashAt, readHead, restoreEntries } from './repository';
import { verifyAudit } from './service';

/** One recorded head, and where it was found (shown by name when it disagrees). */
export interface AnchorSource {
  source: AnchorFinding['source'];
  /** The backup's folder name, or the anchor file's. */
  name: string;
  seq: number;
  hash: string;
  recordedAt: string;
}

/**
 * Verify, anchored: the chain must hold together by itself (verifyAudit) and agree with every
 * head recorded outside the database. An anchor whose entry now has another hash means the
 * history up to it was rewritten; one past the end means entries were cut off and the head reset.
 *
 * One honest exception: after "Restore a backup" the clinic's history really does go back to the
 * backup's point, and anchors recorded before the restore for entries after that point can no
 * longer match. They are counted as `afterRestore`, not as problems, but only when the chain
 * itself records a restore at or before the anchor's entry and after the anchor was taken.
 */
export function verifyAuditAgainstAnchors(db: Db, anchors: readonly AnchorSource[]): AuditVerification {
  const chain = verifyAudit(db);
  const head = readHead(db);
  const entryHash = entryHashAt(db);
  const restores = restoreEntries(db);
  const problems: AnchorFinding[] = [];
  let afterRestore = 0;
  for (const anchor of anchors) {
    const hash = entryHash(anchor.seq);
    if (hash === anchor.hash) continue;
    const explainedByRestore = restores.some(
      (restore) => restore.seq <= anchor.seq && restore.occurred_at >= anchor.recordedAt,
    );
    if (explainedByRestore) {
      afterRestore += 1;
      continue;
    }
    problems.push({
      source: anchor.source,
      name: anchor.name,
      seq: anchor.seq,
      hash: anchor.hash,
      recordedAt: anchor.recordedAt,
      problem: hash === undefined ? 'missing' : 'rewritten',
    });
  }
  return {
    ...chain,
    intact: chain.intact && problems.length === 0,
    head: head.seq > 0 ? { seq: head.seq, hash: head.hash } : null,
    anchors: { checked: anchors.length, afterRestore, problems },
  };
}
