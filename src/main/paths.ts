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

/**
 * How one thing in the data folder travels with the clinic:
 * - `snapshot`: the database, copied by `VACUUM INTO` (one consistent, encrypted copy while open);
 * - `copy`: copied as it is into every backup and clinic file, and put back by a restore;
 * - `evidence`: copied into backups and clinic files, but a restore never replaces the live one:
 *   the backup's entries are added to it (the audit anchors: an anchor taken here after the
 *   backup is exactly what shows the history was reset, so throwing it away would hide that);
 * - `not_carried`: belongs to this computer only and never leaves it.
 */
export type Carriage = 'snapshot' | 'copy' | 'evidence' | 'not_carried';

export interface DataFolderEntry {
  /** The name inside the data folder (and inside a backup folder, for what is carried). */
  name: string;
  kind: 'file' | 'folder';
  carriage: Carriage;
  /**
   * What its bytes may show to someone without the key: nothing at all (`encrypted`), or plain
   * text that holds no client data (`no_client_data`). The plaintext scan checks both.
   */
  contents: 'encrypted' | 'no_client_data';
}

/**
 * Everything that lives in the data folder, once. Backups, restores, clinic files (moves), Verify
 * and the plaintext scan in the tests all read this list, so a new file or folder (attachments)
 * is one entry here, e.g. `attachments: { name: 'attachments', kind: 'folder', carriage: 'copy',
 * contents: 'encrypted' }`.
 */
export const DATA_FOLDER = {
  database: { name: 'lantern.db', kind: 'file', carriage: 'snapshot', contents: 'encrypted' },
  /** The database key, wrapped once per staff password and once by the recovery key. */
  keyring: { name: 'lantern.keyring', kind: 'file', carriage: 'copy', contents: 'no_client_data' },
  /**
   * The audit trail's head (sequence and hash) appended at every sign-out, lock and key change
   * (audit/anchors.ts). Plain text, no client data.
   */
  auditAnchors: {
    name: 'audit-anchors.jsonl',
    kind: 'file',
    carriage: 'evidence',
    contents: 'no_client_data',
  },
  /** Failed sign-ins seen while the database was closed, and the sign-in delay state. */
  signInGuard: {
    name: 'sign-in-guard.json',
    kind: 'file',
    carriage: 'not_carried',
    contents: 'no_client_data',
  },
  /** Encrypted copies taken before a schema upgrade: this computer's own safety net. */
  preMigrationDir: { name: 'pre-migration', kind: 'folder', carriage: 'not_carried', contents: 'encrypted' },
  /** Live data a restore put aside (and the note naming it): undo needs it here, nowhere else. */
  replacedDir: { name: 'replaced', kind: 'folder', carriage: 'not_carried', contents: 'encrypted' },
} as const satisfies Record<string, DataFolderEntry>;
export type DataFolderKey = keyof typeof DATA_FOLDER;

/** What a backup carries besides the database and its keyring (which every backup has). */
export const carriedExtras = (): [DataFolderKey, DataFolderEntry][] =>
  (Object.entries(DATA_FOLDER) as [DataFolderKey, DataFolderEntry][]).filter(
    ([key, entry]) =>
      key !== 'database' && key !== 'keyring' && (entry.carriage === 'copy' || entry.carriage === 'evidence'),
  );

/** The files Lantern keeps in its data folder, as paths. */
export function dataFiles(dataDir: string) {
  const at = (key: DataFolderKey) => join(dataDir, DATA_FOLDER[key].name);
  return {
    dataDir,
    database: at('database'),
    keyring: at('keyring'),
    signInGuard: at('signInGuard'),
    preMigrationDir: at('preMigrationDir'),
    auditAnchors: at('auditAnchors'),
    /** While the database key changes: the re-encrypted copy and its keyring, then the commit marker. */
    rekeyedDatabase: join(dataDir, 'lantern.db.rekeyed'),
    rekeyedKeyring: join(dataDir, 'lantern.keyring.rekeyed'),
    keyChangeMarker: join(dataDir, 'key-change.json'),
  };
}

/**
 * Names that appear in the data folder only for a moment (the database's WAL, a key change or a
 * restore in progress). They are never carried; the plaintext scan checks them all the same.
 */
export const TRANSIENT_NAMES = [
  'lantern.db-wal',
  'lantern.db-shm',
  'lantern.db.rekeyed',
  'lantern.keyring.rekeyed',
  'key-change.json',
  'lantern.db.partial',
  'lantern.db.restoring',
  'lantern.keyring.restoring',
] as const;
