import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { z } from 'zod';
import { DatabaseFromFutureError } from './errors';
import type { Db } from './open';

export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

export interface MigrationResult {
  from: number;
  to: number;
  /** Encrypted copy taken before an upgrade of an existing database. */
  preMigrationCopy: string | null;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, migration) => Math.max(max, migration.version), 0);
}

/** Refuses, before anything is written, a database that a newer Lantern created. */
export function assertNotFromFuture(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
}

/**
 * Brings the database to the latest schema. Every pending migration runs inside one transaction
 * together with the new `user_version`, so a crash leaves either the old schema or the new one.
 * Before upgrading an existing database, an encrypted copy is written with VACUUM INTO (same
 * cipher and key) so an upgrade that goes wrong in a way SQL cannot roll back is still undoable.
 */
export function migrate(
  db: Db,
  migrations: readonly Migration[],
  options: { preMigrationDir: string; now?: () => Date },
): MigrationResult {
  assertNotFromFuture(db, migrations);
  const from = schemaVersion(db);
  const pending = [...migrations].filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return { from, to: from, preMigrationCopy: null };

  let preMigrationCopy: string | null = null;
  if (from > 0) {
    mkdirSync(options.preMigrationDir, { recursive: true });
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    preMigrationCopy = join(options.preMigrationDir, `lantern-v${from}-${stamp}.db`);
    db.prepare('VACUUM INTO ?').run(preMigrationCopy);
  }

  const to = latestVersion(pending);
  // A note that an upgrade is under way: if the power fails now, the next start finds it and
  // offers the copy taken above (the transaction itself leaves the old schema intact).
  const marker = join(options.preMigrationDir, UPGRADE_MARKER);
  if (preMigrationCopy) {
    writeFileSync(
      marker,
      // The copy's name only: it is always looked for inside the pre-migration folder.
      JSON.stringify({ from, to, copy: basename(preMigrationCopy), startedAt: new Date().toISOString() }),
    );
  }
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${to}`);
  })();
  rmSync(marker, { force: true });
  return { from, to, preMigrationCopy };
}

export const UPGRADE_MARKER = 'upgrade-in-progress.json';

export interface InterruptedUpgrade {
  from: number;
  to: number;
  copy: string;
  startedAt: string;
}

const markerSchema = z.object({
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
  copy: z.string().min(1).max(1000),
  startedAt: z.string().max(64),
});

/** How migrate() names its copies; nothing else in the folder is ever put back. */
const COPY_NAME = /^lantern-v\d{1,6}-[0-9TZ-]{1,40}\.db$/;

/**
 * The copy a marker names, only if it is a copy file directly inside the pre-migration folder
 * (links followed). The marker is a plain file that, on a shared Windows workstation, another
 * local account may be able to write: it must not be able to make Lantern put an arbitrary file
 * in place of the clinic database.
 */
function copyInside(preMigrationDir: string, named: string): string | null {
  if (named.includes('\0')) return null;
  try {
    const root = realpathSync(preMigrationDir);
    const copy = realpathSync(resolve(preMigrationDir, named));
    const name = copy.slice(root.length + 1);
    const inside = copy.startsWith(root + sep) && !name.includes(sep) && COPY_NAME.test(name);
    return inside && statSync(copy).isFile() ? copy : null;
  } catch {
    return null;
  }
}

/** An upgrade that began and never finished (power loss, crash), with the copy taken before it. */
export function interruptedUpgrade(preMigrationDir: string): InterruptedUpgrade | null {
  const marker = join(preMigrationDir, UPGRADE_MARKER);
  if (!existsSync(marker)) return null;
  try {
    const found = markerSchema.parse(JSON.parse(readFileSync(marker, 'utf8')));
    const copy = copyInside(preMigrationDir, found.copy);
    return copy ? { ...found, copy } : null;
  } catch {
    return null;
  }
}
