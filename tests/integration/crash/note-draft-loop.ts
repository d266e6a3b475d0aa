/**
 * A worker typing a progress note, in a process the test kills: signs in through the real core,
 * starts a note for the client given and autosaves it over and over, printing
 * "ack <note id> <n>" only after the save of text number n was acknowledged.
 * `node --import tsx note-draft-loop.ts <data dir> <username> <password> <client id>`
 */
import { createLantern } from '../../../src/main/core/lantern';
import { OWASP_MINIMUM_KDF } from '../../../src/main/security/kdf';
import type { NoteDetail } from '../../../src/shared/contracts/progress-notes';

const [dataDir, username, password, clientId] = process.argv.slice(2) as [string, string, string, string];
const core = createLantern({
  dataDir,
  kdf: OWASP_MINIMUM_KDF,
  defaultBackupFolder: `${dataDir}/backups`,
  logError: () => undefined,
});
const signedIn = await core.invoke('auth:signIn', { username, password });
if (!signedIn.ok) throw new Error(signedIn.error.message);
const started = await core.invoke('notes:start', { clientId });
if (!started.ok) throw new Error(started.error.message);
const note = started.value as NoteDetail;
for (let n = 0; ; n++) {
  const content = {
    ...note.current.content,
    sections: note.current.content.sections.map((s, i) =>
      i === 0 ? { ...s, text: `Typed so far: ${n}` } : s,
    ),
  };
  const saved = await core.invoke('notes:saveDraft', { versionId: note.current.id, content });
  if (!saved.ok) throw new Error(saved.error.message);
  process.stdout.write(`ack ${note.id} ${n}\n`);
}
