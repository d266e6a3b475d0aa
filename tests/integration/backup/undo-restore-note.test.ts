import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN, setUpClinic } from '../../helpers/lantern';
import { tempDir } from '../../helpers/temp-dir';

/** A restored clinic: the data live before the restore waits under replaced/ for "Undo restore". */
async function restoredClinic() {
  const clinic = await setUpClinic();
  const backup = await clinic.call('backup:run', {});
  await clinic.call('backup:restore', {
    path: backup.path,
    username: ADMIN.username,
    password: ADMIN.password,
  });
  await clinic.call('auth:signIn', { username: ADMIN.username, password: ADMIN.password });
  const note = join(clinic.dataDir, 'replaced', 'last-restore.json');
  return { ...clinic, note, log: JSON.parse(readFileSync(note, 'utf8')) as Record<string, string> };
}

/** Somewhere outside the data folder that a doctored note could point at. */
function victimFolder() {
  const folder = join(tempDir('lantern-victim-'), 'precious');
  mkdirSync(folder);
  writeFileSync(join(folder, 'lantern.db'), 'someone else’s file');
  writeFileSync(join(folder, 'notes.txt'), 'keep me');
  return folder;
}

describe('undo restore trusts the note in replaced/ only within replaced/', () => {
  it('names the kept-aside folder, not a path that could point elsewhere', async () => {
    const clinic = await restoredClinic();
    expect(clinic.log.keptAside).toMatch(/^before-restore-/);
    expect(existsSync(join(clinic.dataDir, 'replaced', clinic.log.keptAside as string, 'lantern.db'))).toBe(
      true,
    );
  });

  for (const [label, pointAt] of [
    ['an absolute path outside the data folder', (victim: string) => victim],
    ['a relative path climbing out of replaced/', (victim: string) => join('..', '..', '..', victim)],
    ['the data folder itself', (_victim: string, dataDir: string) => dataDir],
  ] as const) {
    it(`refuses ${label}, touching nothing`, async () => {
      const clinic = await restoredClinic();
      const victim = victimFolder();
      const keptAside = pointAt(victim, clinic.dataDir);
      writeFileSync(clinic.note, JSON.stringify({ ...clinic.log, keptAside }));
      const liveBefore = readFileSync(join(clinic.dataDir, 'lantern.db'));

      const error = await clinic.refuse('backup:undoRestore', {});
      expect(error.code).toBe('wrong_state');
      expect(error.details).toMatchObject({ messageKey: 'errors.undo_restore_untrusted' });
      expect(readdirSync(victim).sort()).toEqual(['lantern.db', 'notes.txt']);
      expect(readFileSync(join(clinic.dataDir, 'lantern.db'))).toEqual(liveBefore);
      expect(existsSync(clinic.note)).toBe(true);
      // Still signed in: nothing was started.
      expect((await clinic.call('app:status', {})).state).toBe('unlocked');
      expect((await clinic.call('backup:status', {})).undoableRestore).toBeNull();
    });
  }

  it('refuses a damaged note the same way', async () => {
    const clinic = await restoredClinic();
    writeFileSync(clinic.note, '{not json');
    expect((await clinic.refuse('backup:undoRestore', {})).details).toMatchObject({
      messageKey: 'errors.undo_restore_untrusted',
    });
  });

  it('still undoes a restore whose note holds the full path of its own folder (older Lantern)', async () => {
    const clinic = await restoredClinic();
    const full = join(clinic.dataDir, 'replaced', clinic.log.keptAside as string);
    writeFileSync(clinic.note, JSON.stringify({ ...clinic.log, keptAside: full }));
    await clinic.call('backup:undoRestore', {});
    expect(existsSync(full)).toBe(false);
    expect(existsSync(clinic.note)).toBe(false);
  });
});
