import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers, in a fixed order. */
export interface ChainedFields {
  seq: number;
  id: string;
  occurredAt: string;
  action: string;
  actorAccountId: string | null;
  actorName: string | null;
  subject: string | null;
  details: string;
  prevHash: string;
}

/**
 * SHA-256 over a canonical JSON array of the row and its predecessor's hash: changing any field
 * of any row, or removing a row, breaks every link after it.
 */
export function linkHash(fields: ChainedFields): string {
  const canonical = JSON.stringify([
    fields.seq,
    fields.id,
    fields.occurredAt,
    fields.action,
    fields.actorAccountId,
    fields.actorName,
    fields.subject,
    fields.details,
    fields.prevHash,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
