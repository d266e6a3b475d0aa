import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STAFF, clinicWithStaff, client } from '../../helpers/clinic';
import { testLantern } from '../../helpers/lantern';

/** Runs the draft loop until a few saves were acknowledged, then SIGKILLs it mid-edit. */
function typeAndKill(dataDir: string, clientId: string): Promise<{ noteId: string; last: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      join(__dirname, '..', 'crash', 'note-draft-loop.ts'),
      dataDir,
      'cam',
      STAFF.cam?.password as string,
      clientId,
    ]);
    let noteId = '';
    let last = -1;
    let buffered = '';
    let errors = '';
    let killScheduled = false;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, id, n] = line.split(' ');
        if (word !== 'ack') continue;
        noteId = id as string;
        last = Number(n);
      }
      if (last >= 3 && !killScheduled) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), 20 + Math.floor(Math.random() * 200));
      }
    });
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ noteId, last })
        : reject(new Error(`draft loop ended by itself: ${errors}`)),
    );
  });
}

describe('a note draft survives a crash', () => {
  it('after a SIGKILL mid-edit, the last acknowledged text is in the draft (myDrafts, get)', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const { id: clientId } = await clinic.call('clients:create', {
      client: client({ assignedCaseManagerIds: [clinic.ids.cam as string] }),
    });
    clinic.core.close();
    const { noteId, last } = await typeAndKill(clinic.dataDir, clientId);
    expect(last).toBeGreaterThanOrEqual(3);

    const reopened = testLantern({ dataDir: clinic.dataDir });
    await reopened.call('auth:signIn', { username: 'cam', password: STAFF.cam?.password as string });
    const drafts = await reopened.call('notes:myDrafts', {});
    expect(drafts.map((d) => d.id)).toEqual([noteId]);
    const draft = await reopened.call('notes:get', { noteId });
    const text = draft.current.content.sections[0]?.text ?? '';
    // The kill may land after a save was written but before its "ack" was read: never older.
    const saved = Number(text.replace('Typed so far: ', ''));
    expect(text).toMatch(/^Typed so far: \d+$/);
    expect(saved).toBeGreaterThanOrEqual(last);
    expect(saved).toBeLessThanOrEqual(last + 1);
    reopened.core.close();
  }, 60_000);
});
