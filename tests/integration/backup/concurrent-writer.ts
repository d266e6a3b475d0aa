/**
 * A second process writing to the live clinic database while the test takes backups:
 * `node --import tsx concurrent-writer.ts <db file> <key hex> <account id>`.
 * Prints "writing" once its first row is committed, then keeps inserting until killed.
 */
import { openEncrypted } from '../../../src/main/db/open';

const [file, keyHex, accountId] = process.argv.slice(2) as [string, string, string];
const db = openEncrypted(file, keyHex);
db.pragma('busy_timeout = 5000');
const insert = db.prepare(
  `INSERT INTO saved_views (id, account_id, name, definition, created_at, updated_at) VALUES (?, ?, ?, '{}', 'x', 'x')`,
);
let i = 0;
for (;;) {
  insert.run(`view-${process.pid}-${i}`, accountId, `Concurrent ${i}`);
  if (i === 0) process.stdout.write('writing\n');
  i += 1;
}
