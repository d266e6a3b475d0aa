import type { Db } from './open';

/**
 * Operations on a whole database file rather than on its rows: copying it (backups, key
 * changes), counting what it holds (backup verification), proving a key opens it.
 */

/** Writes one consistent snapshot of `db` to `file`, encrypted like the source (same cipher, same key). */
export function vacuumInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** Every table whose rows a backup must carry (the search index is rebuilt from them). */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'client_search%' ORDER BY name`,
    )
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number]),
  );
}

/** Reads the schema: throws when the key given to open the file was not its key. */
export function readSchema(db: Db): void {
  db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
}
