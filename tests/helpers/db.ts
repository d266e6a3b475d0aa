import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Migration } from '../../src/main/db/migrate';
import { openClinicDatabase } from '../../src/main/db/clinic-database';
import { tempDir } from './temp-dir';

/** A real SQLCipher database file in a temp folder, migrated to the given list (default: all). */
export function encryptedTestDatabase(migrations?: readonly Migration[]) {
  const dir = tempDir();
  const file = join(dir, 'lantern.db');
  const key = randomBytes(32);
  const { db } = openClinicDatabase(file, Buffer.from(key), {
    create: true,
    preMigrationDir: join(dir, 'pre-migration'),
    ...(migrations ? { migrations } : {}),
  });
  return { db, dir, file, key };
}
