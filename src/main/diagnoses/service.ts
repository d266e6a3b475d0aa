import type { z } from 'zod';
import type { Diagnosis, diagnosisFieldsSchema } from '../../shared/contracts/diagnoses';
import { appendAudit } from '../audit/service';
import { actorOf } from '../auth/service';
import { AccessPolicy, policyOf } from '../access/policy';
import { auditClientRead } from '../access/read-audit';
import { diffFields, recordHistory } from '../clients/history';
import { clientIdsJson, keptClientId } from '../clients/merged';
import { findClientRow } from '../clients/repository';
import type { Session, Workstation } from '../core/workstation';
import type { Db } from '../db/open';
import { DomainError, notFound } from '../errors';
import { newId } from '../ids';

type DiagnosisFields = z.output<typeof diagnosisFieldsSchema>;

/** The code list the service checks against (ICD-10-CM F01–F99 and Z55–Z65, see resources/icd10cm). */
export interface CodeCatalogue {
  searchCodes(query: string, limit?: number): { code: string; title: string; billable: boolean }[];
  getCode(code: string): { code: string; title: string; billable: boolean } | null;
}

interface DiagnosisRow {
  id: string;
  client_id: string;
  code: string;
  title: string;
  is_primary: number;
  onset_date: string | null;
  resolved_date: string | null;
  recorded_by_name: string | null;
  updated_at: string;
}

const toDiagnosis = (r: DiagnosisRow): Diagnosis => ({
  id: r.id,
  clientId: r.client_id,
  code: r.code,
  title: r.title,
  isPrimary: r.is_primary === 1,
  onsetDate: r.onset_date,
  resolvedDate: r.resolved_date,
  recordedByName: r.recorded_by_name,
  updatedAt: r.updated_at,
});

const SELECT = `SELECT d.*, a.full_name AS recorded_by_name FROM client_diagnoses d LEFT JOIN accounts a ON a.id = d.created_by`;

function requireClinicalAccess(db: Db, session: Session, clientId: string, now: Date): void {
  if (!findClientRow(db, clientId)) throw notFound('That client');
  // A row of a merged duplicate belongs to the kept client's file: access is to that file.
  new AccessPolicy(db, session.account, now).require(keptClientId(db, clientId), 'clinical', 'read');
}

const findRow = (db: Db, id: string) =>
  (db.prepare(`${SELECT} WHERE d.id = ? AND d.status = 'active'`).get(id) as DiagnosisRow | undefined) ??
  null;

function knownCode(catalogue: CodeCatalogue, code: string) {
  const entry = catalogue.getCode(code);
  if (!entry) {
    throw new DomainError(
      'invalid_input',
      `${code} is not an ICD-10-CM code Lantern knows (F01–F99, Z55–Z65).`,
      { 'diagnosis.code': 'validation.icd_unknown' },
    );
  }
  if (!entry.billable) {
    throw new DomainError(
      'invalid_input',
      `${code} is a category heading; choose one of the codes under it.`,
      { 'diagnosis.code': 'validation.icd_not_billable' },
    );
  }
  return entry;
}

/** Every active diagnosis of a client, unfiltered: for code that already asked the policy (exports). */
export function readDiagnoses(db: Db, clientId: string): Diagnosis[] {
  return (
    db
      .prepare(
        `${SELECT} WHERE d.client_id IN (SELECT value FROM json_each(?)) AND d.status = 'active' ORDER BY d.is_primary DESC, d.resolved_date IS NOT NULL, d.created_at`,
      )
      .all(clientIdsJson(db, clientId)) as DiagnosisRow[]
  ).map(toDiagnosis);
}

export function listDiagnoses(ws: Workstation, clientId: string): Diagnosis[] {
  const db = ws.database();
  if (!findClientRow(db, clientId)) throw notFound('That client');
  const policy = policyOf(ws);
  policy.require(clientId, 'clinical', 'read');
  const diagnoses = readDiagnoses(db, clientId);
  auditClientRead(db, policy, 'client.diagnoses_viewed', {
    subject: clientId,
    details: { count: diagnoses.length },
  });
  return diagnoses;
}

/** Only one primary diagnosis: marking a new one primary clears the flag on the others. */
function clearOtherPrimary(db: Db, clientId: string, exceptId: string, by: string, at: string): void {
  db.prepare(
    `UPDATE client_diagnoses SET is_primary = 0, updated_at = ?, updated_by = ?
       WHERE client_id IN (SELECT value FROM json_each(?)) AND id != ? AND is_primary = 1`,
  ).run(at, by, clientIdsJson(db, keptClientId(db, clientId)), exceptId);
}

function history(
  ws: Workstation,
  session: Session,
  clientId: string,
  id: string,
  label: string,
  changes: ReturnType<typeof diffFields>,
) {
  recordHistory(
    ws.database(),
    {
      clientId,
      entity: 'diagnosis',
      entityId: id,
      entityLabel: label,
      actorId: session.account.id,
      actorName: session.account.fullName,
      at: ws.now().toISOString(),
    },
    changes,
  );
}

export function addDiagnosis(
  ws: Workstation,
  catalogue: CodeCatalogue,
  input: { clientId: string; diagnosis: DiagnosisFields },
): Diagnosis {
  const session = ws.requireSession();
  const db = ws.database();
  requireClinicalAccess(db, session, input.clientId, ws.now());
  const entry = knownCode(catalogue, input.diagnosis.code);
  const duplicate = db
    .prepare(
      `SELECT 1 FROM client_diagnoses WHERE client_id IN (SELECT value FROM json_each(?)) AND code = ? AND status = 'active' AND resolved_date IS NULL`,
    )
    .get(clientIdsJson(db, keptClientId(db, input.clientId)), entry.code);
  if (duplicate)
    throw new DomainError('conflict', `${entry.code} is already an open diagnosis for this client.`, {
      'diagnosis.code': 'validation.icd_duplicate',
    });
  const id = newId();
  const at = ws.now().toISOString();
  db.transaction(() => {
    db.prepare(
      `INSERT INTO client_diagnoses (id, client_id, code, title, is_primary, onset_date, resolved_date, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      input.clientId,
      entry.code,
      entry.title,
      input.diagnosis.isPrimary ? 1 : 0,
      input.diagnosis.onsetDate,
      input.diagnosis.resolvedDate,
      at,
      session.account.id,
      at,
      session.account.id,
    );
    if (input.diagnosis.isPrimary) clearOtherPrimary(db, input.clientId, id, session.account.id, at);
    history(
      ws,
      session,
      input.clientId,
      id,
      `${entry.code} ${entry.title}`,
      diffFields(null, { ...input.diagnosis, code: entry.code }),
    );
    appendAudit(
      db,
      {
        action: 'diagnosis.added',
        actor: actorOf(session.account),
        subject: input.clientId,
        details: { diagnosisId: id },
      },
      ws.now(),
    );
  })();
  return toDiagnosis(findRow(db, id) as DiagnosisRow);
}

export function updateDiagnosis(
  ws: Workstation,
  catalogue: CodeCatalogue,
  input: { id: string; diagnosis: DiagnosisFields },
): Diagnosis {
  const session = ws.requireSession();
  const db = ws.database();
  const before = findRow(db, input.id);
  if (!before) throw notFound('That diagnosis');
  requireClinicalAccess(db, session, before.client_id, ws.now());
  const entry = knownCode(catalogue, input.diagnosis.code);
  const at = ws.now().toISOString();
  db.transaction(() => {
    db.prepare(
      `UPDATE client_diagnoses SET code = ?, title = ?, is_primary = ?, onset_date = ?, resolved_date = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(
      entry.code,
      entry.title,
      input.diagnosis.isPrimary ? 1 : 0,
      input.diagnosis.onsetDate,
      input.diagnosis.resolvedDate,
      at,
      session.account.id,
      input.id,
    );
    if (input.diagnosis.isPrimary) clearOtherPrimary(db, before.client_id, input.id, session.account.id, at);
    const old = {
      code: before.code,
      isPrimary: before.is_primary === 1,
      onsetDate: before.onset_date,
      resolvedDate: before.resolved_date,
    };
    history(
      ws,
      session,
      before.client_id,
      input.id,
      `${entry.code} ${entry.title}`,
      diffFields(old, { ...input.diagnosis, code: entry.code }),
    );
    appendAudit(
      db,
      {
        action: 'diagnosis.updated',
        actor: actorOf(session.account),
        subject: before.client_id,
        details: { diagnosisId: input.id },
      },
      ws.now(),
    );
  })();
  return toDiagnosis(findRow(db, input.id) as DiagnosisRow);
}

/** "Entered in error": the row stays, marked, with the reason in the history. */
export function removeDiagnosis(ws: Workstation, input: { id: string; reason: string }): null {
  const session = ws.requireSession();
  const db = ws.database();
  const before = findRow(db, input.id);
  if (!before) throw notFound('That diagnosis');
  requireClinicalAccess(db, session, before.client_id, ws.now());
  db.transaction(() => {
    db.prepare(
      `UPDATE client_diagnoses SET status = 'entered_in_error', is_primary = 0, removed_reason = ?, updated_at = ?, updated_by = ? WHERE id = ?`,
    ).run(input.reason, ws.now().toISOString(), session.account.id, input.id);
    history(ws, session, before.client_id, input.id, `${before.code} ${before.title}`, [
      { field: 'entered_in_error', from: null, to: input.reason },
    ]);
    appendAudit(
      db,
      {
        action: 'diagnosis.removed',
        actor: actorOf(session.account),
        subject: before.client_id,
        details: { diagnosisId: input.id },
      },
      ws.now(),
    );
  })();
  return null;
}
