import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsToDelete } from '../../../src/main/backup/rotation';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { tempDir } from '../../helpers/temp-dir';

const MARKER = 'QUOKKA-BACKUP-MARKER-5521';

async function clinicWithBackupFolder() {
  const clinic = await clinicWithStaff();
  const folder = join(tempDir('lantern-usb-'), 'Lantern Backups');
  await clinic.call('backup:updateSettings', { folder, automatic: true, keepDaily: 14, keepMonthly: 12 });
  return { ...clinic, folder };
}

describe('backups', () => {
  it('back up now writes a verified, encrypted snapshot with its keyring and description', async () => {
    const clinic = await clinicWithBackupFolder();
    await clinic.as('cam');
    await clinic.call('clients:create', { client: client({ legalLastName: MARKER }) });
    await clinic.as('ada');
    const progress: string[] = [];
    clinic.core.onEvent((event, payload) => {
      if (event === 'backup:progress') progress.push((payload as { stage: string }).stage);
    });
    const backup = await clinic.call('backup:run', {});
    expect(progress).toEqual(['snapshot', 'verify', 'finish', 'done']);
    expect(backup.name).toMatch(
      /^Lantern-Riverbend-Community-Services-\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}-manual$/,
    );
    expect(backup.counts.clients).toBe(1);
    expect(readdirSync(backup.path).sort()).toEqual([
      'audit-anchors.jsonl',
      'backup.json',
      'lantern.db',
      'lantern.keyring',
    ]);
    const bytes = readFileSync(join(backup.path, 'lantern.db'));
    expect(bytes.includes(Buffer.from(MARKER))).toBe(false);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
    const status = await clinic.call('backup:status', {});
    expect(status).toMatchObject({ folderAvailable: true, needsAttention: false, lastAttempt: { ok: true } });
    expect(status.backups.map((b) => b.name)).toContain(backup.name);
    expect((await clinic.call('backup:inspect', { path: backup.path })).counts.clients).toBe(1);
  });

  it('a folder whose drive is missing gives a clear message, leaves nothing behind and is shown as needing attention', async () => {
    const clinic = await clinicWithStaff();
    const folder = join(tempDir(), 'unplugged-drive', 'Lantern Backups');
    await clinic.call('backup:updateSettings', { folder, automatic: true, keepDaily: 14, keepMonthly: 12 });
    const error = await clinic.refuse('backup:run', {});
    expect(error.code).toBe('backup_failed');
    expect(error.message).toMatch(/not available.*USB drive/);
    const status = await clinic.call('backup:status', {});
    expect(status).toMatchObject({
      folderAvailable: false,
      needsAttention: true,
      lastAttempt: { ok: false, messageKey: 'errors.backup_folder_unavailable', folder, message: null },
    });
    const audit = await clinic.call('audit:list', { action: 'backup.failed', limit: 5 });
    expect(audit.entries).toHaveLength(1);
  });

  it('a backup folder that is a file is refused next to the field and the live data is untouched', async () => {
    const clinic = await clinicWithStaff();
    const parent = tempDir();
    const folder = join(parent, 'not-a-folder');
    writeFileSync(folder, 'x');
    const refused = await clinic.refuse('backup:updateSettings', {
      folder,
      automatic: true,
      keepDaily: 14,
      keepMonthly: 12,
    });
    expect(refused).toMatchObject({ code: 'invalid_input', fields: { folder: 'validation.folder_is_file' } });
    expect(readdirSync(parent)).toEqual(['not-a-folder']);
    expect((await clinic.call('backup:status', {})).settings.folder).not.toBe(folder);
  });

  it('restores an earlier backup, keeping the current data aside, and the restore can be undone', async () => {
    const clinic = await clinicWithBackupFolder();
    const backup = await clinic.call('backup:run', {});
    await clinic.as('cam');
    const added = await clinic.call('clients:create', { client: client() });
    await clinic.as('ada');
    const refused = await clinic.refuse('backup:restore', {
      path: backup.path,
      username: 'ada',
      password: 'not-the-password',
    });
    expect(refused.code).toBe('wrong_credentials');
    await clinic.call('backup:restore', {
      path: backup.path,
      username: 'ada',
      password: 'lamp-harbor-velvet-42',
    });
    expect((await clinic.call('app:status', {})).state).toBe('locked');
    await clinic.as('cam');
    expect((await clinic.call('caseload:list', {})).total).toBe(0);
    await clinic.as('ada');
    const status = await clinic.call('backup:status', {});
    expect(status.undoableRestore?.backupName).toBe(backup.name);
    const restoredAudit = await clinic.call('audit:list', { action: 'backup.restored', limit: 5 });
    expect(restoredAudit.entries[0]?.details).toEqual({ from: backup.name });
    await clinic.call('backup:undoRestore', {});
    await clinic.as('cam');
    const page = await clinic.call('caseload:list', {});
    expect(page.rows.map((r) => r.id)).toEqual([added.id]);
  });

  it('refuses truncated, altered or wrong-key backups and leaves the current data untouched', async () => {
    const clinic = await clinicWithBackupFolder();
    const good = await clinic.call('backup:run', {});
    const other = await clinicWithBackupFolder();
    const foreign = await other.call('backup:run', {});
    await clinic.as('cam');
    await clinic.call('clients:create', { client: client() });
    await clinic.as('ada');
    const liveDb = readFileSync(join(clinic.dataDir, 'lantern.keyring'));

    const truncated = join(tempDir(), 'truncated');
    copyBackup(good.path, truncated);
    const dbFile = join(truncated, 'lantern.db');
    writeFileSync(dbFile, readFileSync(dbFile).subarray(0, 4096));
    expect(
      (
        await clinic.refuse('backup:restore', {
          path: truncated,
          username: 'ada',
          password: 'lamp-harbor-velvet-42',
        })
      ).message,
    ).toMatch(/damaged/);

    const altered = join(tempDir(), 'altered');
    copyBackup(good.path, altered);
    const alteredDb = readFileSync(join(altered, 'lantern.db'));
    alteredDb[5000] = (alteredDb[5000] ?? 0) ^ 0xff;
    writeFileSync(join(altered, 'lantern.db'), alteredDb);
    expect(
      (
        await clinic.refuse('backup:restore', {
          path: altered,
          username: 'ada',
          password: 'lamp-harbor-velvet-42',
        })
      ).code,
    ).toBe('backup_invalid');

    expect(
      (await clinic.refuse('backup:restore', { path: foreign.path, recoveryKey: clinic.recoveryKey })).code,
    ).toBe('wrong_credentials');
    expect((await clinic.refuse('backup:restore', { path: join(tempDir(), 'nothing-here') })).code).toBe(
      'invalid_input',
    );
    expect(
      (
        await clinic.refuse('backup:restore', {
          path: join(tempDir(), 'nothing-here'),
          username: 'ada',
          password: 'x',
        })
      ).code,
    ).toBe('backup_invalid');

    expect(readFileSync(join(clinic.dataDir, 'lantern.keyring'))).toEqual(liveDb);
    expect((await clinic.call('caseload:list', {})).total).toBe(1);
    expect(existsSync(join(clinic.dataDir, 'replaced'))).toBe(false);
  });

  it('the recovery key of the backed-up clinic can restore it', async () => {
    const clinic = await clinicWithBackupFolder();
    const backup = await clinic.call('backup:run', {});
    await clinic.call('backup:restore', { path: backup.path, recoveryKey: clinic.recoveryKey });
    expect((await clinic.call('app:status', {})).state).toBe('locked');
  });
});

describe('rotation', () => {
  const at = (iso: string) => ({ name: iso, createdAt: iso });
  it('keeps the newest backup of each of the last 14 days and of each of the last 12 months', () => {
    const backups = [];
    for (let day = 0; day < 400; day++) {
      const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString();
      backups.push(at(date.replace('T00', 'T09')), at(date.replace('T00', 'T17')));
    }
    const doomed = new Set(backupsToDelete(backups, 14, 12));
    const kept = backups
      .filter((b) => !doomed.has(b.name))
      .map((b) => b.name)
      .sort();
    const newest = kept.at(-1) as string;
    expect(newest.slice(11, 13)).toBe('17');
    const keptDays = new Set(kept.map((k) => k.slice(0, 10)));
    const keptMonths = new Set(kept.map((k) => k.slice(0, 7)));
    expect(keptMonths.size).toBe(12);
    expect(kept.length).toBeLessThanOrEqual(14 + 12);
    expect(keptDays.has(backups.at(-1)?.createdAt.slice(0, 10) as string)).toBe(true);
    expect(kept.every((k) => k.slice(11, 13) === '17')).toBe(true);
  });
});

function copyBackup(from: string, to: string) {
  cpSync(from, to, { recursive: true });
}

describe('rotation of backups someone asked for', () => {
  it('keeps manual backups apart from the daily rule (the newest 10)', () => {
    const manual = Array.from({ length: 12 }, (_, i) => ({
      name: `m${i}`,
      createdAt: `2026-03-01T0${Math.floor(i / 10)}:${String(i % 10).padStart(2, '0')}:00Z`,
      kind: 'manual',
    }));
    const daily = [{ name: 'd1', createdAt: '2026-03-01T23:00:00Z', kind: 'daily' }];
    const doomed = backupsToDelete([...manual, ...daily], 14, 12);
    expect(doomed.sort()).toEqual(['m0', 'm1']);
  });
});
