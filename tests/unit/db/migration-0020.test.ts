import { describe, expect, it } from 'vitest';
import { insertAccount } from '../../../src/main/accounts/repository';
import { clientIdsOf, keptClientId, markMerged } from '../../../src/main/clients/repository';
import { seedClinic } from '../../../src/main/demo/synthetic-clinic';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { newId } from '../../../src/main/ids';
import { encryptedTestDatabase } from '../../helpers/db';

function clinic(migrations = MIGRATIONS) {
  const { db } = encryptedTestDatabase(migrations);
  const admin = newId();
  insertAccount(
    db,
    { id: admin, username: 'ada', fullName: 'Ada Admin', role: 'administrator', mustChangePassword: false },
    null,
    new Date().toISOString(),
  );
  seedClinic(db, { clients: 6, seed: 3 });
  const ids = db.prepare('SELECT id FROM clients ORDER BY client_number LIMIT 4').pluck().all() as string[];
  return { db, admin, ids };
}

const pointer = (db: ReturnType<typeof clinic>['db'], id: string) =>
  db.prepare('SELECT merged_into_id FROM clients WHERE id = ?').pluck().get(id);

describe('merge pointers name the record in use (migration 0020)', () => {
  it('a later merge repoints the duplicates merged earlier, so one hop reaches the kept client', () => {
    const { db, admin, ids } = clinic();
    const [k, a, b] = ids as [string, string, string];
    const at = new Date().toISOString();
    markMerged(db, b, a, admin, at); // B into A
    markMerged(db, a, k, admin, at); // later A into K
    expect(pointer(db, b)).toBe(k);
    expect(pointer(db, a)).toBe(k);
    expect(keptClientId(db, b)).toBe(k);
    expect(clientIdsOf(db, k).sort()).toEqual([k, a, b].sort());
    db.close();
  });

  it('repoints chains made before it to the end of each chain, and leaves the rest alone', () => {
    const { db, ids } = clinic(MIGRATIONS.filter((m) => m.version < 20));
    const [k, a, b, c] = ids as [string, string, string, string];
    const point = db.prepare(`UPDATE clients SET record_status = 'merged', merged_into_id = ? WHERE id = ?`);
    point.run(a, c); // C into B's chain: C → B → A → K
    point.run(b, c);
    point.run(a, b);
    point.run(k, a);
    MIGRATIONS.find((m) => m.version === 20)?.up(db);
    expect([pointer(db, a), pointer(db, b), pointer(db, c)]).toEqual([k, k, k]);
    expect(pointer(db, k)).toBeNull();
    expect(clientIdsOf(db, k).sort()).toEqual([k, a, b, c].sort());
    db.close();
  });
});
