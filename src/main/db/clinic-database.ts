import type { Migration, MigrationResult } from './migrate';
import { assertNotFromFuture, migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import type { Db } from './open';
import { applyLivePragmas, openEncrypted, refreshQueryStatistics } from './open';

export interface ClinicDatabaseOptions {
  nativeBinding?: string;
  preMigrationDir: string;
  create?: boolean;
  /** Tests pass a shorter list to build a database as an older Lantern would have. */
  migrations?: readonly Migration[];
}

/**
 * Opens the live clinic database: key, refuse-if-from-the-future (before anything is written),
 * live pragmas, then migrations.
 */
export function openClinicDatabase(
  file: string,
  databaseKey: Buffer,
  options: ClinicDatabaseOptions,
): { db: Db; migration: MigrationResult } {
  const migrations = options.migrations ?? MIGRATIONS;
  const db = openEncrypted(file, databaseKey, {
    create: options.create ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    assertNotFromFuture(db, migrations);
    applyLivePragmas(db);
    const migration = migrate(db, migrations, { preMigrationDir: options.preMigrationDir });
    refreshQueryStatistics(db);
    return { db, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
