import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnchors } from '../../../src/main/audit/anchors';
import { DATA_FOLDER } from '../../../src/main/paths';
import { clinicWithStaff, client } from '../../helpers/clinic';
import { ADMIN, testLantern } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

const ANCHORS = DATA_FOLDER.auditAnchors.name;

async function clinicWithBackups() {
  const clinic = await clinicWithStaff();
  const folder = tempDir('lantern-usb-');
  await clinic.call('backup:updateSettings', { folder, automatic: false, keepDaily: 14, keepMonthly: 12 });
  await clinic.as('cam');
  await clinic.call('clients:create', { client: client() });
  await clinic.as('ada'); // signing out anchors the audit head
  return { ...clinic, folder };
}

describe('the data folder’s one declaration, as backups, moves and restores carry it', () => {
  it('a backup carries the anchor file, described and checked like the database', async () => {
    const clinic = await clinicWithBackups();
    const live = readFileSync(join(clinic.dataDir, ANCHORS));
    expect(readAnchors(join(clinic.dataDir, ANCHORS)).length).toBeGreaterThan(0);
    const backup = await clinic.call('backup:run', {});
    expect(readFileSync(join(backup.path, ANCHORS))).toEqual(live);
    const manifest = JSON.parse(readFileSync(join(backup.path, 'backup.json'), 'utf8')) as {
      carried: Record<string, { bytes: number }>;
    };
    expect(manifest.carried[ANCHORS]?.bytes).toBe(live.length);

    // An altered anchor copy makes the backup damaged, like an altered database.
    const altered = join(tempDir(), 'altered');
    cpSync(backup.path, altered, { recursive: true });
    writeFileSync(join(altered, ANCHORS), Buffer.concat([live, Buffer.from('{}\n')]));
    expect((await clinic.refuse('backup:inspect', { path: altered })).message).toMatch(/damaged/);

    // A description naming anything the data folder does not declare is not a backup.
    const planted = join(tempDir(), 'planted');
    cpSync(backup.path, planted, { recursive: true });
    const text = readFileSync(join(planted, 'backup.json'), 'utf8');
    writeFileSync(join(planted, 'backup.json'), text.replace(`"${ANCHORS}"`, '"../../etc/evil"'));
    expect((await clinic.refuse('backup:inspect', { path: planted })).code).toBe('backup_invalid');
  });

  it('a move to a new computer carries the anchor file', async () => {
    const clinic = await clinicWithBackups();
    const exported = await clinic.call('backup:exportClinic', {});
    const carried = readFileSync(join(clinic.dataDir, ANCHORS), 'utf8');
    const fresh = testLantern();
    await fresh.call('setup:importClinic', {
      path: exported.path,
      username: ADMIN.username,
      password: ADMIN.password,
    });
    expect(readFileSync(join(fresh.dataDir, ANCHORS), 'utf8')).toBe(carried);
    await fresh.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
    const verified = await fresh.call('audit:verify', {});
    expect(verified.anchors.checked).toBeGreaterThan(0);
    expect(verified.intact).toBe(true);
  });

  it('a restore keeps the live anchor file (evidence) and adds the backup’s anchors to it', async () => {
    const clinic = await clinicWithBackups();
    const backup = await clinic.call('backup:run', {});
    const inBackup = readFileSync(join(backup.path, ANCHORS), 'utf8').trim().split('\n');
    // More work after the backup: anchors the backup does not have, taken on this computer.
    await clinic.as('cam');
    await clinic.call('clients:create', {
      client: client({ legalFirstName: 'Later' }),
      duplicatesReviewed: true,
    });
    await clinic.as('ada');
    const liveBefore = readFileSync(join(clinic.dataDir, ANCHORS), 'utf8').trim().split('\n');
    expect(liveBefore.length).toBeGreaterThan(inBackup.length);
    // A backup's anchors missing here (say, the file was cleared) come back with the restore.
    writeFileSync(join(clinic.dataDir, ANCHORS), `${liveBefore.slice(inBackup.length).join('\n')}\n`);

    await clinic.call('backup:restore', {
      path: backup.path,
      username: ADMIN.username,
      password: ADMIN.password,
    });
    const after = readFileSync(join(clinic.dataDir, ANCHORS), 'utf8').trim().split('\n');
    expect(after.slice(0, liveBefore.length - inBackup.length)).toEqual(liveBefore.slice(inBackup.length));
    // Everything recorded here is still there (the restore's own sign-out adds one more).
    expect(after).toEqual(expect.arrayContaining(liveBefore));
    expect(new Set(after).size).toBe(after.length);

    // Verify sees the later anchors and says they are explained by the restore, not a rewrite.
    await clinic.as('ada');
    const verified = await clinic.call('audit:verify', {});
    expect(verified.anchors.afterRestore).toBeGreaterThan(0);
    expect(verified.anchors.problems).toEqual([]);
  });
});
