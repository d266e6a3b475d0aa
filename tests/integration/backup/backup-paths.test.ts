import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

const credentials = { username: ADMIN.username, password: ADMIN.password };
const settings = { automatic: true, keepDaily: 14, keepMonthly: 12 };

const NETWORK_AND_DEVICE = [
  '\\\\fileserver\\share\\Lantern Backups',
  '//fileserver/share/Lantern Backups',
  '\\\\.\\PhysicalDrive0',
  '\\\\?\\C:\\Lantern Backups',
  '\\\\?\\UNC\\fileserver\\share',
];

describe('paths typed in the renderer are checked in main', () => {
  it('refuses network, device and relative paths and NUL bytes on every path field, before touching them', async () => {
    const clinic = await clinicWithStaff();
    const fresh = testLantern();
    const cases: [string, string][] = [
      ...NETWORK_AND_DEVICE.map((path): [string, string] => [path, 'validation.path_network']),
      ['Lantern Backups', 'validation.path_relative'],
      ['..\\..\\Users', 'validation.path_relative'],
      ['C:relative', 'validation.path_relative'],
      ['/tmp/lantern\u0000dir', 'validation.path_nul'],
    ];
    for (const [path, key] of cases) {
      const quoted = `"${path}"`;
      for (const typed of [path, quoted]) {
        expect((await clinic.refuse('backup:inspect', { path: typed })).fields, typed).toEqual({ path: key });
        expect((await clinic.refuse('backup:restore', { path: typed, ...credentials })).fields).toEqual({
          path: key,
        });
        expect((await clinic.refuse('backup:updateSettings', { folder: typed, ...settings })).fields).toEqual(
          {
            folder: key,
          },
        );
        expect((await fresh.refuse('setup:importClinic', { path: typed, ...credentials })).fields).toEqual({
          path: key,
        });
      }
    }
  });

  it('answers "not a Lantern backup" the same way whatever is at the path', async () => {
    const clinic = await clinicWithStaff();
    const fresh = testLantern();
    const base = tempDir('lantern-probe-');
    const file = join(base, 'some-file.txt');
    writeFileSync(file, 'hello');
    const emptyFolder = join(base, 'empty');
    mkdirSync(emptyFolder);
    const manifestIsFolder = join(base, 'manifest-folder');
    mkdirSync(join(manifestIsFolder, 'backup.json'), { recursive: true });
    const garbage = join(base, 'garbage');
    mkdirSync(garbage);
    writeFileSync(join(garbage, 'backup.json'), '{"format":"something else"}');
    const huge = join(base, 'huge-manifest');
    mkdirSync(huge);
    writeFileSync(join(huge, 'backup.json'), '');
    truncateSync(join(huge, 'backup.json'), 3 * 1024 ** 3);
    const clinicFileThatIsAFolder = join(base, 'folder.lanternclinic');
    mkdirSync(clinicFileThatIsAFolder);
    const notAClinicFile = join(base, 'big.lanternclinic');
    writeFileSync(notAClinicFile, '');
    truncateSync(notAClinicFile, 3 * 1024 ** 3);

    const probes = [
      join(base, 'missing'),
      join(base, 'missing.lanternclinic'),
      file,
      emptyFolder,
      manifestIsFolder,
      garbage,
      huge,
      clinicFileThatIsAFolder,
      notAClinicFile,
    ];
    const answers = [];
    for (const path of probes) {
      answers.push(await clinic.refuse('backup:inspect', { path }));
      answers.push(await clinic.refuse('backup:restore', { path, ...credentials }));
      answers.push(await fresh.refuse('setup:importClinic', { path, ...credentials }));
    }
    const distinct = new Set(answers.map((a) => JSON.stringify(a)));
    expect([...distinct]).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      code: 'backup_invalid',
      fields: { path: 'validation.not_a_backup' },
      details: { messageKey: 'errors.not_a_backup' },
    });
  });

  it('a backup whose lantern.db is a folder is "not a Lantern backup", not an internal error', async () => {
    const clinic = await clinicWithStaff();
    const backup = await clinic.call('backup:run', {});
    const fake = join(tempDir(), 'fake-backup');
    mkdirSync(join(fake, 'lantern.db'), { recursive: true });
    writeFileSync(join(fake, 'lantern.keyring'), 'k');
    const { readFileSync } = await import('node:fs');
    writeFileSync(join(fake, 'backup.json'), readFileSync(join(backup.path, 'backup.json')));
    for (const answer of [
      await clinic.refuse('backup:inspect', { path: fake }),
      await clinic.refuse('backup:restore', { path: fake, ...credentials }),
      await testLantern().refuse('setup:importClinic', { path: fake, ...credentials }),
    ]) {
      expect(answer).toMatchObject({
        code: 'backup_invalid',
        details: { messageKey: 'errors.not_a_backup' },
      });
    }
  });

  it('a described backup whose database is not the described size is damaged, without hashing it', async () => {
    const clinic = await clinicWithStaff();
    const backup = await clinic.call('backup:run', {});
    truncateSync(join(backup.path, 'lantern.db'), 3 * 1024 ** 3);
    const started = Date.now();
    const answer = await clinic.refuse('backup:inspect', { path: backup.path });
    expect(answer.details).toMatchObject({ messageKey: 'errors.backup_damaged' });
    // Hashing 3 GiB takes many seconds; comparing sizes takes none.
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('backup errors say what happened in plain words', () => {
  it('a failed backup carries no raw operating-system text', async () => {
    const clinic = await clinicWithStaff();
    const folder = join(tempDir(), 'x'.repeat(300));
    await clinic.call('backup:updateSettings', { folder, ...settings });
    const error = await clinic.refuse('backup:run', {});
    expect(error.code).toBe('backup_failed');
    expect(error.details).toMatchObject({ messageKey: 'errors.backup_unknown' });
    expect(error.message).not.toMatch(/ENAMETOOLONG|name too long|mkdir/);
    const status = await clinic.call('backup:status', {});
    expect(status.lastAttempt).toMatchObject({ messageKey: 'errors.backup_unknown' });
    expect(JSON.stringify(status.lastAttempt)).not.toMatch(/ENAMETOOLONG|name too long|mkdir/);
    const audit = await clinic.call('audit:list', { action: 'backup.failed', limit: 1 });
    expect(JSON.stringify(audit.entries[0]?.details)).not.toMatch(/ENAMETOOLONG|name too long/);
  });

  it('a folder that became a file after it was chosen is shown as unavailable, not as an internal error', async () => {
    const clinic = await clinicWithStaff();
    const folder = join(tempDir(), 'usb');
    await clinic.call('backup:updateSettings', { folder, ...settings });
    writeFileSync(folder, 'not a folder any more');
    const status = await clinic.call('backup:status', {});
    expect(status).toMatchObject({ folderAvailable: false, needsAttention: true, backups: [] });
    expect((await clinic.refuse('backup:run', {})).details).toMatchObject({
      messageKey: 'errors.backup_folder_unavailable',
    });
  });
});
