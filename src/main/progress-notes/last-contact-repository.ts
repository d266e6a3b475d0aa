import type { Db } from '../db/open';

/**
 * The caseload's "last contact" (clients.last_contact_at) comes from signed notes of contacts
 * that reached the client (not attempted contacts or no-shows): `progress_notes.reached_at`.
 * Written only here; the client form never writes it (src/main/clients/columns.ts).
 */

/**
 * A note was signed: the client's last contact is the later of what it was and this contact, and
 * never later than `now` (a contact cannot have happened after the moment it was signed; the
 * caseload sorts and counts "days since" from it).
 */
export function raiseLastContact(db: Db, clientId: string, reachedAt: string, now: string): void {
  db.prepare(
    `UPDATE clients SET last_contact_at = min(@reachedAt, @now)
     WHERE id = @clientId AND (last_contact_at IS NULL OR last_contact_at < min(@reachedAt, @now))`,
  ).run({ clientId, reachedAt, now });
}

/**
 * A note was marked entered in error: the last contact is the latest of the client's remaining
 * signed notes (its own and its merged duplicates'), or none. `family` is their ids as JSON.
 */
export function recomputeLastContact(db: Db, clientId: string, family: string): void {
  db.prepare(
    `UPDATE clients SET last_contact_at = (
       SELECT max(n.reached_at) FROM progress_notes n
       WHERE n.client_id IN (SELECT value FROM json_each(@family)) AND n.reached_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM record_status_events e
                         WHERE e.record_id = n.record_id AND e.status = 'entered_in_error'))
     WHERE id = @clientId`,
  ).run({ clientId, family });
}
