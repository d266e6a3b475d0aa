import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryOfCarriedPath } from '../../src/main/backup/manifest';
import {
  DATA_FOLDER,
  carriedExtras,
  dataDirFromArgs,
  dataFiles,
  resolveDataDir,
  type DataDirInputs,
} from '../../src/main/paths';

const base: DataDirInputs = { argv: ['electron', '.'], env: {}, platform: 'linux', homeDir: '/home/casey' };

describe('resolveDataDir', () => {
  it('takes --data-dir DIR from the command line', () => {
    expect(resolveDataDir({ ...base, argv: ['lantern', '--data-dir', '/srv/clinic'] })).toBe('/srv/clinic');
  });

  it('takes --data-dir=DIR from the command line', () => {
    expect(resolveDataDir({ ...base, argv: ['lantern', '--data-dir=/srv/clinic two'] })).toBe(
      '/srv/clinic two',
    );
  });

  it('prefers the command line over LANTERN_DATA_DIR', () => {
    const inputs = {
      ...base,
      argv: ['lantern', '--data-dir', '/from/args'],
      env: { LANTERN_DATA_DIR: '/from/env' },
    };
    expect(resolveDataDir(inputs)).toBe('/from/args');
  });

  it('uses LANTERN_DATA_DIR when no argument is given, on every platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(resolveDataDir({ ...base, platform, env: { LANTERN_DATA_DIR: '/from/env' } })).toBe('/from/env');
    }
  });

  it('ignores an empty LANTERN_DATA_DIR', () => {
    expect(resolveDataDir({ ...base, env: { LANTERN_DATA_DIR: '' } })).toBe(
      join('/home/casey', '.local', 'share', 'lantern'),
    );
  });

  it('uses the machine-wide ProgramData folder on Windows, so every account shares one clinic', () => {
    const inputs = {
      ...base,
      platform: 'win32' as const,
      homeDir: 'C:\\Users\\casey',
      env: { ProgramData: 'D:\\ProgramData' },
    };
    expect(resolveDataDir(inputs)).toBe(join('D:\\ProgramData', 'Lantern'));
  });

  it('falls back to C:\\ProgramData when Windows does not say where ProgramData is', () => {
    expect(resolveDataDir({ ...base, platform: 'win32' })).toBe(join('C:\\ProgramData', 'Lantern'));
  });

  it('uses Application Support on macOS', () => {
    expect(resolveDataDir({ ...base, platform: 'darwin', homeDir: '/Users/casey' })).toBe(
      join('/Users/casey', 'Library', 'Application Support', 'Lantern'),
    );
  });

  it('follows XDG_DATA_HOME on Linux, else ~/.local/share', () => {
    expect(resolveDataDir({ ...base, env: { XDG_DATA_HOME: '/data/xdg' } })).toBe(
      join('/data/xdg', 'lantern'),
    );
    expect(resolveDataDir(base)).toBe(join('/home/casey', '.local', 'share', 'lantern'));
  });
});

describe('dataDirFromArgs', () => {
  it('returns undefined when the flag is absent or has no value', () => {
    expect(dataDirFromArgs(['lantern', '--inspect'])).toBeUndefined();
    expect(dataDirFromArgs(['lantern', '--data-dir'])).toBeUndefined();
  });
});

describe('dataFiles', () => {
  it('keeps every file inside the data folder', () => {
    const files = dataFiles('/srv/clinic');
    expect(files.database).toBe(join('/srv/clinic', 'lantern.db'));
    expect(files.keyring).toBe(join('/srv/clinic', 'lantern.keyring'));
    for (const file of Object.values(files)) expect(file.startsWith(join('/srv/clinic'))).toBe(true);
  });
});

describe('DATA_FOLDER', () => {
  it('declares each name once, and dataFiles points at the declared names', () => {
    const names = Object.values(DATA_FOLDER).map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    const files = dataFiles('/srv/clinic');
    expect(files.auditAnchors).toBe(join('/srv/clinic', DATA_FOLDER.auditAnchors.name));
    expect(files.signInGuard).toBe(join('/srv/clinic', DATA_FOLDER.signInGuard.name));
  });

  it('backups carry the anchors as evidence and never the sign-in guard or pre-migration copies', () => {
    const carried = carriedExtras().map(([key, entry]) => [key, entry.carriage]);
    expect(carried).toContainEqual(['auditAnchors', 'evidence']);
    expect(carried.map(([key]) => key)).not.toContain('signInGuard');
    expect(carried.map(([key]) => key)).not.toContain('preMigrationDir');
  });

  it('a backup description may only name declared carried files', () => {
    expect(entryOfCarriedPath('audit-anchors.jsonl')).toBe(DATA_FOLDER.auditAnchors);
    for (const path of [
      '../audit-anchors.jsonl',
      '/etc/passwd',
      'sign-in-guard.json',
      'audit-anchors.jsonl/x',
      'a\\b',
      '',
    ])
      expect(entryOfCarriedPath(path), path).toBeNull();
  });
});
