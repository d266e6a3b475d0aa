import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import { clientIdsOf } from '../../../src/main/clients/repository';
import { seedClinic } from '../../../src/main/demo/synthetic-clinic';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { newId } from '../../../src/main/ids';
import { encryptedTestDatabase } from '../../helpers/db';

/** The statement clientIdsOf runs (a client and the duplicates merged into it, recursively). */
const FAMILY_SQL = `WITH RECURSIVE family(id, depth) AS (
  SELECT ?, 0 UNION SELECT c.id, f.depth + 1 FROM clients c JOIN family f ON c.merged_into_id = f.id WHERE f.depth < ?
) SELECT id FROM family ORDER BY depth, id`;

function clinic(migrations = MIGRATIONS) {
  const { db } = encryptedTestDatabase(migrations);
  insertAccount(
    db,
    { id: newId(), username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    new Date().toISOString(),
  );
  seedClinic(db, { clients: 30, seed: 2 });
  db.exec('ANALYZE');
  return db;
}

const plan = (db: ReturnType<typeof clinic>) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${FAMILY_SQL}`).all('x', 64) as { detail: string }[]).map((r) => r.detail);

describe('migration 0015: following merges by index', () => {
  it('finds the duplicates merged into a client through clients_by_merged_into, not by reading every client', () => {
    const db = clinic();
    // A search by it, or (with statistics saying few are merged) a walk of the small partial index.
    const clientsStep = plan(db).filter((step) => / c\b/.test(step));
    expect(clientsStep).toHaveLength(1);
    expect(clientsStep[0]).toMatch(/^(SEARCH|SCAN) c USING INDEX clients_by_merged_into\b/);
    // Before it, the recursive step had nothing better than reading the clients table.
    const before = clinic(MIGRATIONS.filter((m) => m.version < 15));
    expect(plan(before).filter((step) => / c\b/.test(step))).not.toContainEqual(
      expect.stringContaining('clients_by_merged_into'),
    );
    before.close();

    // The answer is the same: a client, a duplicate merged into it, and one merged into that.
    const [kept, dup, dupOfDup] = db
      .prepare('SELECT id FROM clients ORDER BY client_number LIMIT 3')
      .pluck()
      .all() as string[];
    const merge = db.prepare(`UPDATE clients SET record_status = 'merged', merged_into_id = ? WHERE id = ?`);
    merge.run(kept, dup);
    merge.run(dup, dupOfDup);
    expect(clientIdsOf(db, kept!).sort()).toEqual([kept, dup, dupOfDup].sort());
    expect(clientIdsOf(db, dupOfDup!)).toEqual([dupOfDup]);
    db.close();
  });
});
