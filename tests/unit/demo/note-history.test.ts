import { join } from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import type { Db } from '../../../src/main/db/open';
import type { SeedSummary } from '../../../src/main/demo/synthetic-clinic';
import { seedClinic } from '../../../src/main/demo/synthetic-clinic';
import { newId } from '../../../src/main/ids';
import { loadShippedInstruments } from '../../../src/main/measures/catalogue';
import { loadShippedNoteFormats } from '../../../src/main/note-formats/formats';
import { readNoteSettings } from '../../../src/main/note-formats/settings';
import { daysBetween } from '../../../src/main/progress-notes/dates';
import { currentPlan } from '../../../src/main/progress-notes/plan';
import { verifyRecords } from '../../../src/main/records';
import { progressNoteDraftSchema } from '../../../src/shared/contracts/progress-notes';
import { encryptedTestDatabase } from '../../helpers/db';

const NOW = new Date('2025-06-02T15:00:00.000Z');
const instruments = loadShippedInstruments(join('resources', 'instruments'));
const formats = loadShippedNoteFormats(join('resources', 'note-formats'));

/** A real encrypted clinic of fake clients, with clinical and note histories (about a third of the contacts) or none. */
function seeded(clients: number, notes: boolean) {
  const { db } = encryptedTestDatabase();
  const adminId = newId();
  insertAccount(
    db,
    { id: adminId, username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    NOW.toISOString(),
  );
  const summary = seedClinic(
    db,
    {
      clients,
      seed: 5,
      // Without notes, as `seed:demo --no-clinical` asks: nothing clinical at all.
      ...(notes
        ? { clinical: { shipped: () => instruments, notes: { formats: () => formats, density: 0.35 } } }
        : {}),
    },
    NOW,
  );
  return { db, summary, adminId };
}

const all = <T>(db: Db, sql: string) => db.prepare(sql).all() as T[];
const one = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;

describe('the seeded note history', () => {
  let db: Db;
  let summary: SeedSummary;
  let adminId: string;
  beforeAll(() => {
    ({ db, summary, adminId } = seeded(40, true));
  }, 120_000);
  afterAll(() => db.close());

  it('signs notes for the clients with a clinical history, by their worker, and Verify passes', () => {
    const notes = summary.notes!;
    expect(notes.clients).toBe(summary.clinical?.clients);
    expect(notes.signed).toBeGreaterThan(notes.clients * 5);
    expect(one(db, 'SELECT count(*) FROM progress_notes WHERE signed_version_id IS NOT NULL')).toBe(
      notes.signed,
    );
    // Every note is in the file of a client with an assessment, written by one of its workers.
    const strays = one(
      db,
      `SELECT count(*) FROM progress_notes n WHERE n.client_id NOT IN (SELECT client_id FROM assessments)
         OR NOT EXISTS (SELECT 1 FROM client_assignments a WHERE a.client_id = n.client_id AND a.account_id = n.author_id)`,
    );
    expect(strays).toBe(0);
    const verified = verifyRecords({
      db,
      actor: { id: adminId, role: 'administrator', fullName: 'Ada' },
      now: NOW,
    });
    expect(verified.firstProblem).toBeNull();
    expect(verified.intact).toBe(true);
    expect(verified.checked.addenda).toBeGreaterThanOrEqual(notes.addenda);
  });

  it('mixes formats (mostly the default), ties notes to the current plan with progress marks', () => {
    const byFormat = all<{ format_id: string; n: number }>(
      db,
      `SELECT format_id, count(*) AS n FROM progress_notes GROUP BY format_id ORDER BY n DESC`,
    );
    expect(byFormat[0]?.format_id).toBe(readNoteSettings(db).defaultFormatId);
    expect(byFormat.length).toBeGreaterThanOrEqual(3);
    const signed = all<{ content: string; client_id: string }>(
      db,
      `SELECT v.content, n.client_id FROM progress_notes n JOIN record_versions v ON v.id = n.signed_version_id`,
    ).map((r) => ({ ...r, note: progressNoteDraftSchema.parse(JSON.parse(r.content)) }));
    const onPlan = signed.filter((s) => s.note.addressed.length > 0);
    expect(onPlan.length).toBeGreaterThan(0);
    // Every contact that reached the client after its plan began works on one of the plan's goals.
    const planStart = new Map<string, string | null>();
    const startOf = (clientId: string) => {
      if (!planStart.has(clientId))
        planStart.set(clientId, currentPlan(db, clientId)?.content.startDate ?? null);
      return planStart.get(clientId) ?? null;
    };
    const afterPlan = signed.filter((s) => {
      const start = startOf(s.client_id);
      const reached = !['attempted', 'no_show'].includes(s.note.contactType);
      return reached && start !== null && (s.note.contactDate ?? '') > start;
    });
    expect(afterPlan.length).toBeGreaterThan(10);
    expect(afterPlan.every((s) => s.note.addressed.length > 0)).toBe(true);
    const marks = new Set(onPlan.flatMap((s) => s.note.addressed.map((a) => a.mark)));
    expect([...marks]).toEqual(expect.arrayContaining(['progress', 'no_change', 'setback']));
    // Each addressed goal is on the plan version the note names.
    const planText = db.prepare('SELECT content FROM record_versions WHERE id = ?').pluck();
    for (const { note } of onPlan.slice(0, 50)) {
      const plan = planText.get(note.planVersionId) as string;
      for (const item of note.addressed) expect(plan).toContain(item.goalId);
    }
    const types = new Set(signed.map((s) => s.note.contactType));
    expect([...types]).toEqual(expect.arrayContaining(['face_to_face', 'phone', 'attempted', 'no_show']));
    // Distinct words for search to find.
    const words = new Set(
      signed.flatMap((s) => s.note.sections.flatMap((x) => x.text.toLowerCase().split(/\W+/))),
    );
    expect(words.size).toBeGreaterThan(150);
  });

  it('marks late entries, adds addenda, co-signs the rule’s writers, returns and re-signs a few', () => {
    const notes = summary.notes!;
    const late = all<{ contact_date: string; signed_at: string }>(
      db,
      'SELECT contact_date, signed_at FROM progress_notes WHERE late = 1',
    );
    expect(late.length).toBe(notes.late);
    expect(late.length).toBeGreaterThan(0);
    for (const row of late) expect(daysBetween(row.contact_date, new Date(row.signed_at))).toBeGreaterThan(3);
    expect(notes.addenda).toBeGreaterThan(0);
    expect(
      one(
        db,
        `SELECT count(*) FROM record_addenda d JOIN progress_notes n ON n.record_id = d.record_id WHERE d.status = 'signed'`,
      ),
    ).toBe(notes.addenda);
    const rule = readNoteSettings(db).cosignAccountIds;
    expect(rule.length).toBeGreaterThan(0);
    expect(notes.cosigned).toBeGreaterThan(0);
    const cosigned = all<{ author_id: string; n: number }>(
      db,
      `SELECT n.author_id, count(*) AS n FROM progress_notes n JOIN record_signatures s ON s.version_id = n.signed_version_id
       WHERE s.role = 'supervisor' GROUP BY n.author_id`,
    );
    expect(cosigned.reduce((sum, r) => sum + r.n, 0)).toBe(notes.cosigned);
    expect(cosigned.every((r) => rule.includes(r.author_id))).toBe(true);
    expect(notes.returned).toBeGreaterThan(0);
    expect(one(db, 'SELECT count(*) FROM progress_note_returns')).toBe(notes.returned);
    // A returned note signed again has two signed versions, the returned one kept as it was.
    expect(
      one(
        db,
        `SELECT count(*) FROM (SELECT r.record_id FROM progress_note_returns r JOIN record_versions v ON v.record_id = r.record_id
         WHERE v.status = 'signed' GROUP BY r.record_id HAVING count(*) >= 2)`,
      ),
    ).toBeGreaterThan(0);
    expect(one(db, `SELECT count(*) FROM progress_notes WHERE state = 'awaiting_cosign'`)).toBe(
      notes.awaitingCosign,
    );
  });

  it('leaves open drafts and a few notes entered in error', () => {
    const notes = summary.notes!;
    expect(notes.drafts).toBeGreaterThan(0);
    expect(
      one(db, `SELECT count(*) FROM progress_notes WHERE state = 'draft' AND signed_version_id IS NULL`),
    ).toBe(notes.drafts);
    expect(notes.enteredInError).toBeGreaterThan(0);
    expect(
      one(
        db,
        `SELECT count(*) FROM record_status_events e JOIN progress_notes n ON n.record_id = e.record_id
         WHERE e.status = 'entered_in_error'`,
      ),
    ).toBe(notes.enteredInError);
  });

  it('sets each noted client’s last contact to its newest reached signed note', () => {
    const rows = all<{ id: string; last: string | null; newest: string | null }>(
      db,
      `SELECT c.id, c.last_contact_at AS last,
         (SELECT max(n.reached_at) FROM progress_notes n WHERE n.client_id = c.id AND n.reached_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM record_status_events e WHERE e.record_id = n.record_id
                            AND e.status = 'entered_in_error')) AS newest
       FROM clients c WHERE EXISTS (SELECT 1 FROM progress_notes n WHERE n.client_id = c.id)`,
    );
    expect(rows.length).toBe(summary.notes?.clients);
    expect(rows.every((r) => r.newest !== null)).toBe(true);
    for (const row of rows) expect(row.last).toBe(row.newest);
  });
});

describe('seeding without the clinical history', () => {
  it('writes no progress notes and keeps the co-sign rule untouched', () => {
    const { db } = seeded(12, false);
    expect(one(db, 'SELECT count(*) FROM progress_notes')).toBe(0);
    expect(readNoteSettings(db).cosignAccountIds).toEqual([]);
    db.close();
  });
});
