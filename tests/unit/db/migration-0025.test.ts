import { describe, expect, it } from 'vitest';
import { listEntries } from '../../../src/main/audit/repository';
import { appendAudit } from '../../../src/main/audit/service';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { newId } from '../../../src/main/ids';
import { encryptedTestDatabase } from '../../helpers/db';

/** The statement the audit trail runs for "entries about this client" (audit/repository.ts). */
const BY_CLIENT_SQL = 'SELECT * FROM audit_log WHERE subject IN (?) ORDER BY seq DESC LIMIT 50';

const clients = Array.from({ length: 40 }, () => newId());

function trail(migrations = MIGRATIONS) {
  const { db } = encryptedTestDatabase(migrations);
  const at = new Date('2026-03-01T09:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < 400; i++)
      appendAudit(
        db,
        {
          action: 'client.viewed',
          actor: { accountId: null, name: 'Cam' },
          subject: clients[i % 40] ?? null,
        },
        at,
      );
    for (let i = 0; i < 100; i++)
      appendAudit(db, { action: 'auth.sign_in', actor: { accountId: null, name: 'Cam' } }, at);
  })();
  db.exec('ANALYZE');
  return db;
}

const plan = (db: ReturnType<typeof trail>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${BY_CLIENT_SQL}`).all('x') as { detail: string }[]).map((r) => r.detail);

describe('migration 0025: the audit trail by client', () => {
  it('finds a client’s entries through audit_log_subject instead of reading the whole chain', () => {
    const db = trail();
    expect(plan(db).join('\n')).toMatch(/SEARCH audit_log USING INDEX audit_log_subject \(subject=\?\)/);
    const before = trail(MIGRATIONS.filter((m) => m.version < 25));
    expect(plan(before).join('\n')).not.toContain('audit_log_subject');
    // The same entries either way, newest first.
    const client = clients[3] as string;
    const seqs = (db: typeof before) => listEntries(db, { subjects: [client], limit: 50 }).map((e) => e.seq);
    expect(seqs(db)).toHaveLength(10);
    expect(seqs(db)).toEqual([...seqs(db)].sort((a, b) => b - a));
    expect(seqs(before)).toEqual(seqs(db));
    before.close();
    db.close();
  });
});
