import type { ClientFields, HistoryValue, JsonValue } from '../../shared/contracts/clients';
import type { Db } from '../db/open';
import type { HistoryEntryHeader } from '../history/repository';
import { insertHistoryRows, readHistoryRows } from '../history/repository';
import { clientIdsOf } from './repository';

/**
 * One changed field and its values before and after, as values (a list stays a list, a code
 * stays a code): the renderer words them in the reader's language. `null` means "no value".
 */
export interface HistoryChange {
  field: string;
  from: HistoryValue | null;
  to: HistoryValue | null;
}

/** A value nobody needs to be told about: blank text, an empty list, an object of blanks. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isEmpty);
  return false;
}

/** The stored value: undefined and blanks become null, everything else as JSON has it. */
function asValue(value: unknown): JsonValue | null {
  if (isEmpty(value)) return null;
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}

/**
 * The fields that differ between two versions of a form, one entry per field (flags one per
 * flag), each with its before/after values.
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
          changes.push({ field: `flags.${flag}`, from: before ? wasOn : null, to: on });
      }
      continue;
    }
    const to = asValue(value);
    const from = before ? asValue(old) : null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({ field, from, to });
  }
  return changes;
}

/** JSON text in the column; SQL NULL for "no value", so `IS NULL` still reads naturally. */
const stored = (value: HistoryValue | null) => (value === null ? null : JSON.stringify(value));

export function recordHistory(db: Db, entry: HistoryEntryHeader, changes: readonly HistoryChange[]): void {
  insertHistoryRows(
    db,
    entry,
    changes.map((change) => ({
      field: change.field,
      oldValue: stored(change.from),
      newValue: stored(change.to),
    })),
  );
}

/** A stored value; a column that is not JSON (it never should be after migration 9) is kept as text. */
function parsed(text: string | null): HistoryValue | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as HistoryValue;
  } catch {
    return { legacyText: text };
  }
}

/** The history of a client and of every record merged into it, newest first. */
export function readHistory(db: Db, clientId: string) {
  return readHistoryRows(db, clientIdsOf(db, clientId)).map((row) => ({
    id: row.id,
    at: row.at,
    actorName: row.actor_name,
    entity: row.entity as 'client' | 'contact' | 'diagnosis' | 'merge',
    entityLabel: row.entity_label,
    field: row.field,
    from: parsed(row.old_value),
    to: parsed(row.new_value),
  }));
}

/**
 * The comparable shape of a client for history: the form's fields, assigned workers by name
 * (resolved now, at write time: a name is what the entry must keep saying after a rename).
 */
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
