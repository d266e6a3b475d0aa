import { describe, expect, it } from 'vitest';
import { openEncrypted } from '../../../src/main/db/open';
import { dataFiles } from '../../../src/main/paths';
import { Keyring } from '../../../src/main/security/keyring';
import { ADMIN } from '../../helpers/lantern';
import { dapContent, noteClinic, signedNote } from './note-clinic';

async function openClinicFile(dataDir: string) {
  const files = dataFiles(dataDir);
  const keyring = await Keyring.load(files.keyring);
  const { databaseKey } = await keyring.unlockWithPassword(ADMIN.username, ADMIN.password);
  return openEncrypted(files.database, databaseKey);
}

describe('progress notes: the database refuses changes; every step is audited without note text', () => {
  it('refuses UPDATE and DELETE of a signed note version, an addendum, a signature and a return', async () => {
    const clinic = await noteClinic();
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
    await clinic.as('cam');
    const note = await signedNote(clinic, clinic.clientId);
    await clinic.as('sage');
    await clinic.call('notes:return', { versionId: note.current.id, comment: 'Please add the referral.' });
    await clinic.as('cam');
    const withAddendum = await clinic.call('notes:addAddendum', { noteId: note.id, text: 'Called back.' });
    const addendumId = withAddendum.addenda[0]?.id as string;

    const db = await openClinicFile(clinic.dataDir);
    try {
      const attempts = [
        ["UPDATE record_versions SET content = '{}' WHERE id = ?", note.current.id],
        ['DELETE FROM record_versions WHERE id = ?', note.current.id],
        ["UPDATE record_addenda SET content = '{}' WHERE id = ?", addendumId],
        ['DELETE FROM record_addenda WHERE id = ?', addendumId],
        ["UPDATE record_signatures SET signer_name = 'X' WHERE version_id = ?", note.current.id],
        ['DELETE FROM record_signatures WHERE version_id = ?', note.current.id],
        ["UPDATE progress_note_returns SET comment = 'x' WHERE record_id = ?", note.id],
        ['DELETE FROM progress_note_returns WHERE record_id = ?', note.id],
      ] as const;
      for (const [sql, id] of attempts) expect(() => db.prepare(sql).run(id), sql).toThrow(/immutable/);
    } finally {
      db.close();
    }
    const after = await clinic.call('notes:get', { noteId: note.id });
    expect(after.versions[0]?.content).toEqual(note.current.content);
    expect(after.returns).toHaveLength(1);
    expect(after.addenda.map((a) => a.text)).toEqual(['Called back.']);
  });

  it('audits list, view, create, sign, co-sign, return, addendum and error with the client as subject and no text', async () => {
    const clinic = await noteClinic();
    await clinic.as('ada');
    const settings = await clinic.call('notes:settings', {});
    await clinic.call('notes:saveSettings', { ...settings, cosignRoles: ['case_manager'] });
    await clinic.as('cam');
    const secret = 'Zebra-unique-words in the note';
    const note = await signedNote(clinic, clinic.clientId, dapContent({ interventions: secret }));
    await clinic.call('notes:list', { clientId: clinic.clientId });
    await clinic.call('notes:myDrafts', {});
    await clinic.as('sage');
    await clinic.call('notes:awaitingCosign', {});
    await clinic.call('notes:get', { noteId: note.id });
    const returned = await clinic.call('notes:return', {
      versionId: note.current.id,
      comment: `${secret} comment`,
    });
    await clinic.as('cam');
    const v2 = (await clinic.call('notes:get', { noteId: returned.id })).current.id;
    await clinic.call('notes:sign', { versionId: v2 });
    await clinic.as('sage');
    await clinic.call('notes:cosign', { versionId: v2, comment: 'ok' });
    await clinic.call('notes:addAddendum', { noteId: note.id, text: `${secret} addendum` });
    await clinic.call('notes:markEnteredInError', { noteId: note.id, reason: 'Wrong client entirely' });
    await clinic.as('ada');
    const { entries } = await clinic.call('audit:list', { limit: 500 });
    const about = entries.filter((e) => e.subject === clinic.clientId).map((e) => e.action);
    expect(about).toEqual(
      expect.arrayContaining([
        'record.draft_created',
        'record.signed',
        'client.notes_viewed',
        'record.viewed',
        'note.returned',
        'record.new_version_started',
        'record.addendum_added',
        'record.addendum_signed',
        'record.entered_in_error',
      ]),
    );
    const signedRoles = entries.filter((e) => e.action === 'record.signed').map((e) => e.details.role);
    expect(signedRoles).toEqual(expect.arrayContaining(['worker', 'supervisor']));
    const queues = entries.filter((e) => e.action === 'notes.queue_viewed').map((e) => e.details.queue);
    expect(queues).toEqual(expect.arrayContaining(['drafts', 'awaiting_cosign']));
    expect(JSON.stringify(entries)).not.toContain('Zebra');
  });
});
