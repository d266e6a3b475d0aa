import { join } from 'node:path';

/**
 * Where the clinic's data lives. On Windows it is machine-wide (%ProgramData%\Lantern) so every
 * Windows account on a shared workstation sees the same clinic; elsewhere the per-user app-data
 * folder. `--data-dir DIR` or LANTERN_DATA_DIR overrides both.
 */
export interface DataDirInputs {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  homeDir: string;
}

export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') return argv[i + 1];
    if (arg?.startsWith('--data-dir=')) return arg.slice('--data-dir='.length);
  }
  return undefined;
}

export function resolveDataDir({ argv, env, platform, homeDir }: DataDirInputs): string {
  const explicit = dataDirFromArgs(argv) ?? env.LANTERN_DATA_DIR;
  if (explicit) return explicit;
  if (platform === 'win32') return join(env.ProgramData ?? 'C:\\ProgramData', 'Lantern');
  if (platform === 'darwin') return join(homeDir, 'Library', 'Application Support', 'Lantern');
  return join(env.XDG_DATA_HOME ?? join(homeDir, '.local', 'share'), 'lantern');
}

/** The files Lantern keeps in its data folder. */
export function dataFiles(dataDir: string) {
  return {
    dataDir,
    database: join(dataDir, 'lantern.db'),
    keyring: join(dataDir, 'lantern.keyring'),
    /** Failed sign-ins seen while the database was closed, and the sign-in delay state. */
    signInGuard: join(dataDir, 'sign-in-guard.json'),
    preMigrationDir: join(dataDir, 'pre-migration'),
    /**
     * The audit trail's head (sequence and hash) appended at every sign-out, lock and key change
     * (audit/anchors.ts). Plain text, no client data. Backups and moves should carry it with the
     * database: an older anchor is what catches a history rewritten whole with the key.
     */
    auditAnchors: join(dataDir, 'audit-anchors.jsonl'),
    /** While the database key changes: the re-encrypted copy and its keyring, then the commit marker. */
    rekeyedDatabase: join(dataDir, 'lantern.db.rekeyed'),
    rekeyedKeyring: join(dataDir, 'lantern.keyring.rekeyed'),
    keyChangeMarker: join(dataDir, 'key-change.json'),
  };
}
