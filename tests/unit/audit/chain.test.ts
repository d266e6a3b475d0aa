import { describe, expect, it } from 'vitest';
import { appendAudit, listAudit, verifyAudit } from '../../../src/main/audit/service';
import { encryptedTestDatabase } from '../../helpers/db';

const actor = { accountId: '018f0000-0000-7000-8000-000000000001', name: 'Ada Admin' };

function trailOf(count: number) {
  const handle = encryptedTestDatabase();
  for (let i = 0; i < count; i++) {
    appendAudit(
      handle.db,
      { action: 'auth.sign_in', actor, details: { n: i } },
      new Date(Date.UTC(2026, 0, 1 + i)),
    );
  }
  return handle;
}

/** Tampering needs the append-only triggers out of the way first, exactly as an attacker would. */
function dropGuards(db: ReturnType<typeof encryptedTestDatabase>['db']) {
  db.exec(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;`);
}

describe('audit trail', () => {
  it('an intact chain verifies and reports its head hash', () => {
    const { db } = trailOf(5);
    const result = verifyAudit(db);
    expect(result).toMatchObject({ intact: true, checked: 5, firstProblem: null });
    expect(result.headHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an empty trail is intact', () => {
    const { db } = encryptedTestDatabase();
    expect(verifyAudit(db)).toEqual({ intact: true, checked: 0, headHash: null, firstProblem: null });
  });

  it('refuses UPDATE and DELETE in SQL', () => {
    const { db } = trailOf(2);
    expect(() => db.prepare("UPDATE audit_log SET action = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
    expect(() => db.prepare("UPDATE audit_head SET seq = 1, hash = 'x'").run()).toThrow(/newest audit entry/);
    expect(verifyAudit(db).intact).toBe(true);
  });

  it.each(['action', 'occurred_at', 'actor_name', 'subject', 'details'])(
    'detects a changed %s and names the entry',
    (column) => {
      const { db } = trailOf(6);
      dropGuards(db);
      db.prepare(`UPDATE audit_log SET ${column} = '{"tampered":true}' WHERE seq = 4`).run();
      expect(verifyAudit(db)).toMatchObject({ intact: false, firstProblem: { seq: 4, problem: 'altered' } });
    },
  );

  it('detects a row removed from the middle', () => {
    const { db } = trailOf(6);
    dropGuards(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 3').run();
    expect(verifyAudit(db)).toMatchObject({ intact: false, firstProblem: { seq: 3, problem: 'missing' } });
  });

  it('detects a row whose hash was recomputed after editing (the next link breaks)', () => {
    const { db } = trailOf(4);
    dropGuards(db);
    db.prepare("UPDATE audit_log SET hash = '" + 'f'.repeat(64) + "' WHERE seq = 2").run();
    const result = verifyAudit(db);
    expect(result.intact).toBe(false);
    expect(result.firstProblem?.seq).toBe(2);
  });

  it('detects entries cut off the end of the chain', () => {
    const { db } = trailOf(5);
    dropGuards(db);
    db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    expect(verifyAudit(db)).toMatchObject({ intact: false, firstProblem: { problem: 'head_mismatch' } });
  });

  it('lists newest first with filters and pagination', () => {
    const { db } = trailOf(5);
    appendAudit(
      db,
      { action: 'auth.lock', actor: { accountId: null, name: null } },
      new Date(Date.UTC(2026, 0, 10)),
    );
    const page = listAudit(db, { limit: 2, utcOffsetMinutes: 0 });
    expect(page.entries.map((e) => e.seq)).toEqual([6, 5]);
    expect(page.nextBeforeSeq).toBe(5);
    const next = listAudit(db, { limit: 2, beforeSeq: 5, utcOffsetMinutes: 0 });
    expect(next.entries.map((e) => e.seq)).toEqual([4, 3]);
    expect(listAudit(db, { limit: 50, action: 'auth.lock', utcOffsetMinutes: 0 }).entries).toHaveLength(1);
    expect(
      listAudit(db, { limit: 50, actorAccountId: actor.accountId, utcOffsetMinutes: 0 }).entries,
    ).toHaveLength(5);
    const days = listAudit(db, { limit: 50, from: '2026-01-02', to: '2026-01-03', utcOffsetMinutes: 0 });
    expect(days.entries.map((e) => e.details.n)).toEqual([2, 1]);
    // Local days: at UTC-5, 2026-01-01 local runs until 05:00 UTC on the 2nd.
    const local = listAudit(db, { limit: 50, from: '2026-01-01', to: '2026-01-01', utcOffsetMinutes: -300 });
    expect(local.entries.map((e) => e.details.n)).toEqual([1]);
  });
});
