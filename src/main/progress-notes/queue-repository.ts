import type { ListScope } from '../access/policy';
import type { Db } from '../db/open';
import type { NoteListRow } from './repository';
import { NOTE_LIST_SELECT } from './repository';

/**
 * The lists of notes: one client's, and the worker's and supervisor's queues across clients.
 * Queues are filtered in SQL by the access policy's list scope over `clients c` — the client kept,
 * for a merged duplicate's note, as reading the note asks — so a note of a client the viewer may
 * not see is neither returned nor counted.
 */

/** Longest a queue gets in one read (the screens show the oldest waiting first). */
const QUEUE_LIMIT = 500;

/** The client's signed notes and the viewer's own drafts, newest contact first. */
export function notesOfClient(db: Db, family: string, viewerId: string): NoteListRow[] {
  return db
    .prepare(
      `${NOTE_LIST_SELECT}
       WHERE n.client_id IN (SELECT value FROM json_each(@family))
         AND (n.signed_version_id IS NOT NULL OR n.author_id = @viewerId)
       ORDER BY n.contact_date DESC, n.start_time DESC, n.created_at DESC`,
    )
    .all({ family, viewerId }) as NoteListRow[];
}

export type Queue = 'drafts' | 'returned' | 'awaiting_cosign';

const QUEUE_WHERE: Record<Queue, string> = {
  drafts: 'n.author_id = @viewerId AND n.draft_version_id IS NOT NULL',
  // A returned note always has the writer's draft open: the drafts index finds it.
  returned: `n.author_id = @viewerId AND n.draft_version_id IS NOT NULL AND n.state = 'returned'`,
  awaiting_cosign: `n.state = 'awaiting_cosign' AND n.author_id <> @viewerId`,
};

const QUEUE_ORDER: Record<Queue, string> = {
  drafts: 'n.updated_at DESC',
  returned: 'n.updated_at DESC',
  awaiting_cosign: 'n.signed_at ASC',
};

function scoped(scope: ListScope, params: Record<string, string | null>): string {
  if (scope.kind === 'all') return '1';
  if (scope.kind === 'none') return '0';
  Object.assign(params, scope.params);
  return scope.sql;
}

/**
 * One queue, within what the viewer may list (a note entered in error waits for nobody): the clinical record of the note's client, and
 * Part 2 as well for a Part 2 note (marked so, or a Part 2 client's).
 */
export function queueOf(
  db: Db,
  queue: Queue,
  viewerId: string,
  scopes: { clinical: ListScope; part2: ListScope },
): NoteListRow[] {
  const params: Record<string, string | null> = { viewerId };
  const clinical = scoped(scopes.clinical, params);
  const part2 = scoped(scopes.part2, params);
  return db
    .prepare(
      `${NOTE_LIST_SELECT}
       WHERE ${QUEUE_WHERE[queue]} AND e.id IS NULL AND ${clinical}
         AND ((n.part2 = 0 AND c.flag_part2_protected = 0 AND d.flag_part2_protected = 0) OR ${part2})
       ORDER BY ${QUEUE_ORDER[queue]} LIMIT ${QUEUE_LIMIT}`,
    )
    .all(params) as NoteListRow[];
}
