import { describe, expect, it } from 'vitest';
import { contactInstant } from '../../../src/main/progress-notes/dates';
import { dapContent, dayOffset, draftNote, noteClinic, signedNote } from './note-clinic';

/** A full file view carries the record's own columns; a narrower one has no last contact to show. */
const lastContactOf = (view: { client: object }) =>
  'lastContactAt' in view.client ? (view.client.lastContactAt as string | null) : undefined;

describe('progress notes: addenda, entered in error, last contact', () => {
  it('an addendum by any permitted staff member, signed at once, the note untouched', async () => {
    const clinic = await noteClinic();
    const note = await signedNote(clinic, clinic.clientId);
    const draft = await draftNote(clinic, clinic.clientId);
    const onDraft = await clinic.refuse('notes:addAddendum', { noteId: draft.id, text: 'More' });
    expect(onDraft).toMatchObject({ code: 'wrong_state', details: { problem: 'addendum_on_draft' } });
    expect((await clinic.refuse('notes:addAddendum', { noteId: note.id, text: '   ' })).code).toBe(
      'invalid_input',
    );

    const added = await clinic.call('notes:addAddendum', {
      noteId: note.id,
      text: 'Sister called: the date was Monday.',
    });
    await clinic.as('sage');
    const both = await clinic.call('notes:addAddendum', { noteId: note.id, text: 'Supervisor reviewed.' });
    expect(both.addenda.map((a) => [a.text, a.authorName, a.signedAt !== null])).toEqual([
      ['Sister called: the date was Monday.', 'Cam Manager', true],
      ['Supervisor reviewed.', 'Sage Supervisor', true],
    ]);
    expect(both.addendumCount).toBe(2);
    expect(both.current.content).toEqual(note.current.content);
    expect(both.current.signatures).toEqual(added.current.signatures);
  });

  it('marked entered in error by the writer or a supervisor, with a reason; still readable; last contact recomputed', async () => {
    const clinic = await noteClinic();
    const older = await signedNote(
      clinic,
      clinic.clientId,
      dapContent({ contactDate: dayOffset(-3), startTime: '09:00' }),
    );
    const newer = await signedNote(
      clinic,
      clinic.clientId,
      dapContent({ contactDate: dayOffset(-1), startTime: '14:30' }),
    );
    // A no-show documents the day but is not a contact that reached the client.
    await signedNote(
      clinic,
      clinic.clientId,
      dapContent({ contactType: 'no_show', contactDate: dayOffset(0), startTime: '00:00', addressed: [] }),
    );
    const lastContact = async () => lastContactOf(await clinic.call('clients:get', { id: clinic.clientId }));
    expect(await lastContact()).toBe(contactInstant(dayOffset(-1), '14:30'));

    await clinic.as('dee');
    await clinic.call('clients:breakGlass', { clientId: clinic.clientId, reason: 'Covering for Cam today' });
    const notWriter = await clinic.refuse('notes:markEnteredInError', { noteId: newer.id, reason: 'Wrong' });
    expect(notWriter).toMatchObject({
      code: 'forbidden',
      details: { messageKey: 'errors.note_error_mark_forbidden' },
    });
    await clinic.as('cam');
    const noReason = await clinic.refuse('notes:markEnteredInError', { noteId: newer.id, reason: ' ' });
    expect(noReason.code).toBe('invalid_input');
    const marked = await clinic.call('notes:markEnteredInError', {
      noteId: newer.id,
      reason: 'Wrong client',
    });
    expect(marked.enteredInError).toEqual({
      reason: 'Wrong client',
      byName: 'Cam Manager',
      at: expect.any(String),
    });
    expect(marked.can).toMatchObject({ addAddendum: false, markEnteredInError: false });
    expect(await lastContact()).toBe(contactInstant(dayOffset(-3), '09:00'));
    const listed = await clinic.call('notes:list', { clientId: clinic.clientId });
    expect(listed.find((n) => n.id === newer.id)?.enteredInError?.reason).toBe('Wrong client');
    expect((await clinic.refuse('notes:addAddendum', { noteId: newer.id, text: 'x' })).code).toBe(
      'wrong_state',
    );

    await clinic.as('sage');
    await clinic.call('notes:markEnteredInError', { noteId: older.id, reason: 'Duplicate note' });
    expect(await lastContact()).toBeNull();
  });

  it('last contact only moves forward when an older note is signed later', async () => {
    const clinic = await noteClinic();
    await signedNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-1), startTime: '10:00' }));
    await signedNote(clinic, clinic.clientId, dapContent({ contactDate: dayOffset(-5), startTime: '10:00' }));
    expect(lastContactOf(await clinic.call('clients:get', { id: clinic.clientId }))).toBe(
      contactInstant(dayOffset(-1), '10:00'),
    );
  });
});
