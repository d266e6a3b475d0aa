import type { Db } from '../db/open';
import { newId } from '../ids';

/**
 * The SQL of client_history: the before/after trail of every record of a client file (the
 * client, contacts, diagnoses, merges). What goes in and how values read back is
 * src/main/clients/history.ts; this module only stores and reads the rows.
 */

/** One stored change: values are JSON text, SQL NULL for "no value". */
export interface HistoryRowInput {
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

export interface HistoryEntryHeader {
  clientId: string;
  entity: string;
  entityId: string;
  entityLabel: string;
  actorId: string;
  actorName: string;
  at: string;
}

export function insertHistoryRows(db: Db, entry: HistoryEntryHeader, rows: readonly HistoryRowInput[]): void {
  const insert = db.prepare(
    `INSERT INTO client_history (id, client_id, at, actor_id, actor_name, entity, entity_id, entity_label, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    insert.run(
      newId(),
      entry.clientId,
      entry.at,
      entry.actorId,
      entry.actorName,
      entry.entity,
      entry.entityId,
      entry.entityLabel,
      row.field,
      row.oldValue,
      row.newValue,
    );
  }
}

export interface HistoryRow {
  id: string;
  at: string;
  actor_name: string | null;
  entity: string;
  entity_label: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
}

/** The entries of these clients' files, newest first, at most 2,000. */
export function readHistoryRows(db: Db, clientIds: readonly string[]): HistoryRow[] {
  return db
    .prepare(
      `SELECT id, at, actor_name, entity, entity_label, field, old_value, new_value FROM client_history
       WHERE client_id IN (SELECT value FROM json_each(?)) ORDER BY at DESC, id DESC LIMIT 2000`,
    )
    .all(JSON.stringify(clientIds)) as HistoryRow[];
}
