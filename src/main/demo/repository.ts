import { insertClient } from '../clients/repository';
import type { Db } from '../db/open';
import { newId } from '../ids';
import type { GeneratedClient } from './client-generator';

/**
 * The demo seeder's SQL. It writes thousands of rows, so statements are prepared once per run and
 * client rows go through the clients repository; the rest (last contact, contacts, diagnoses)
 * are history we invent, written directly.
 */

/** Prepared once per seeding run: client rows go through the clients repository. */
export function clientWriter(db: Db, by: string) {
  const numberTaken = db.prepare('SELECT 1 FROM clients WHERE client_number = ?').pluck();
  // Last contact is normally kept up to date by notes and contacts; here it is history we invent.
  const setLastContact = db.prepare('UPDATE clients SET last_contact_at = ? WHERE id = ?');
  const insertContact = db.prepare(
    `INSERT INTO client_contacts (id, client_id, kind, care_role, name, relationship, organisation, phone, email,
       may_contact, consent_date, notes, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDiagnosis = db.prepare(
    `INSERT INTO client_diagnoses (id, client_id, code, title, is_primary, onset_date, created_at, created_by, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    numberTaken: (number: string) => numberTaken.get(number) !== undefined,
    write(id: string, client: GeneratedClient): void {
      insertClient(db, id, client.fields, by, client.createdAt);
      if (client.lastContactAt) setLastContact.run(client.lastContactAt, id);
      for (const c of client.contacts) {
        insertContact.run(
          newId(),
          id,
          c.kind,
          c.careRole,
          c.name,
          c.relationship,
          c.organisation,
          c.phone,
          c.email,
          c.mayContact ? 1 : 0,
          c.consentDate,
          c.notes,
          client.createdAt,
          by,
          client.createdAt,
          by,
        );
      }
      for (const d of client.diagnoses) {
        insertDiagnosis.run(
          newId(),
          id,
          d.code,
          d.title,
          d.isPrimary ? 1 : 0,
          d.onsetDate,
          client.createdAt,
          by,
          client.createdAt,
          by,
        );
      }
    },
  };
}

/** An active client the clinical history is written for, with the worker who writes it. */
export interface HistoryCandidate {
  id: string;
  firstName: string;
  lastName: string;
  riskLevel: string;
  /** The client's first assigned worker (by account id, so the same seed picks the same one). */
  workerId: string | null;
  /** The earliest start of an active enrollment, YYYY-MM-DD. */
  activeSince: string | null;
}

/** Active clients in client-number order (read only: the history is written by the features). */
export function activeClientsForHistory(db: Db): HistoryCandidate[] {
  return db
    .prepare(
      `SELECT c.id, c.legal_first_name AS firstName, c.legal_last_name AS lastName, c.risk_level AS riskLevel,
         (SELECT MIN(a.account_id) FROM client_assignments a WHERE a.client_id = c.id) AS workerId,
         (SELECT MIN(e.start_date) FROM client_enrollments e
          WHERE e.client_id = c.id AND e.status = 'active') AS activeSince
       FROM clients c WHERE c.status = 'active' AND c.record_status = 'active' ORDER BY c.client_number`,
    )
    .all() as HistoryCandidate[];
}

/** The active clients with a clinical history (a signed assessment), in client-number order. */
export function clientsWithClinicalHistory(db: Db): HistoryCandidate[] {
  const assessed = new Set(
    db.prepare('SELECT DISTINCT client_id FROM assessments').pluck().all() as string[],
  );
  return activeClientsForHistory(db).filter((client) => assessed.has(client.id));
}

/**
 * The invented last contact of a client about to get a note history is dropped: from then on the
 * signed notes set it (through the progress-notes service), as they do in the app.
 */
export function forgetInventedLastContact(db: Db, clientId: string): void {
  db.prepare('UPDATE clients SET last_contact_at = NULL WHERE id = ?').run(clientId);
}

/** Active accounts of a role, by username (so the same seed picks the same people). */
export function activeAccountIds(db: Db, role: 'supervisor' | 'case_manager'): string[] {
  return db
    .prepare(`SELECT id FROM accounts WHERE role = ? AND status = 'active' ORDER BY username`)
    .pluck()
    .all(role) as string[];
}
