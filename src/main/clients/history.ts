import type { ClientFields } from '../../shared/contracts/clients';
import type { Db } from '../db/open';
import { newId } from '../ids';

export interface HistoryChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** A readable one-line value for the history view; lists become "a; b; c". */
function display(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((item) =>
      typeof item === 'object' && item !== null
        ? Object.values(item as Record<string, unknown>)
            .filter((v) => v !== null && v !== '')
            .join(' ')
        : String(item),
    );
    return parts.length ? parts.join('; ') : null;
  }
  if (typeof value === 'object') {
    const parts = Object.values(value as Record<string, unknown>).filter((v) => v !== null && v !== '');
    return parts.length ? parts.join(', ') : null;
  }
  return String(value);
}

/**
 * The fields that differ between two versions of a form, one entry per field (flags one per
 * flag), each with readable before/after values.
 */
export function diffFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const [field, value] of Object.entries(after)) {
    const old = before ? before[field] : undefined;
    if (field === 'flags' && typeof value === 'object' && value !== null) {
      for (const [flag, on] of Object.entries(value as Record<string, boolean>)) {
        const wasOn = (old as Record<string, boolean> | undefined)?.[flag] ?? false;
        if (before === null ? on : wasOn !== on)
          changes.push({ field: `flags.${flag}`, from: before ? String(wasOn) : null, to: String(on) });
      }
      continue;
    }
    if (JSON.stringify(old ?? null) === JSON.stringify(value ?? null)) continue;
    const to = display(value);
    const from = before ? display(old) : null;
    if (from === to) continue;
    changes.push({ field, from, to });
  }
  return changes;
}

export function recordHistory(
  db: Db,
  entry: {
    clientId: string;
    entity: string;
    entityId: string;
    entityLabel: string;
    actorId: string;
    actorName: string;
    at: string;
  },
  changes: readonly HistoryChange[],
): void {
  const insert = db.prepare(
    `INSERT INTO client_history (id, client_id, at, actor_id, actor_name, entity, entity_id, entity_label, field, old_value, new_value)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const change of changes) {
    insert.run(
      newId(),
      entry.clientId,
      entry.at,
      entry.actorId,
      entry.actorName,
      entry.entity,
      entry.entityId,
      entry.entityLabel,
      change.field,
      change.from,
      change.to,
    );
  }
}

export function readHistory(db: Db, clientId: string) {
  return (
    db
      .prepare(
        `SELECT id, at, actor_name, entity, entity_label, field, old_value, new_value FROM client_history
         WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT 2000`,
      )
      .all(clientId) as {
      id: string;
      at: string;
      actor_name: string | null;
      entity: string;
      entity_label: string;
      field: string;
      old_value: string | null;
      new_value: string | null;
    }[]
  ).map((row) => ({
    id: row.id,
    at: row.at,
    actorName: row.actor_name,
    entity: row.entity as 'client' | 'contact' | 'diagnosis' | 'merge',
    entityLabel: row.entity_label,
    field: row.field,
    from: row.old_value,
    to: row.new_value,
  }));
}

/** The comparable shape of a client for history: the form's fields, assigned workers by name. */
export function historyShape(
  fields: ClientFields,
  workerNames: ReadonlyMap<string, string>,
): Record<string, unknown> {
  const { assignedCaseManagerIds, ...rest } = fields;
  return {
    ...rest,
    assignedCaseManagers: assignedCaseManagerIds.map((id) => workerNames.get(id) ?? id).sort(),
  };
}
