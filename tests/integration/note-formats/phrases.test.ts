import { describe, expect, it } from 'vitest';
import { newId } from '../../../src/main/ids';
import { NOTE_LIMITS } from '../../../src/shared/contracts/progress-notes';
import { clinicWithStaff } from '../../helpers/clinic';
import { encryptedDbOf } from '../measures/open-db';

const homeVisit = {
  scope: 'mine' as const,
  shortcut: 'hv',
  title: 'Home visit',
  text: 'Met the client at home; the home was safe and tidy.',
};

const shortcuts = async (clinic: Awaited<ReturnType<typeof clinicWithStaff>>) =>
  (await clinic.call('notes:phrases', {})).map((phrase) => `${phrase.scope}:${phrase.shortcut}`);

describe('saved phrases', () => {
  it('a worker keeps their own; they see their own and the clinic’s, never a colleague’s', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('sage');
    await clinic.call('notes:savePhrase', {
      ...homeVisit,
      scope: 'clinic',
      shortcut: 'ns',
      title: 'No-show',
      text: 'Client did not attend.',
    });
    await clinic.as('cam');
    const mine = await clinic.call('notes:savePhrase', homeVisit);
    expect(mine).toMatchObject({ scope: 'mine', shortcut: 'hv', ownerName: 'Cam Manager' });
    await clinic.as('dee');
    await clinic.call('notes:savePhrase', { ...homeVisit, text: 'Dee’s own words.' }); // same shortcut, other owner
    expect(await shortcuts(clinic)).toEqual(['mine:hv', 'clinic:ns']);
    await clinic.as('cam');
    const [own] = (await clinic.call('notes:phrases', {})).filter((phrase) => phrase.scope === 'mine');
    expect(own?.text).toBe(homeVisit.text);
    // An administrator keeps only the clinic's phrases, and sees only those.
    await clinic.as('ada');
    expect(await shortcuts(clinic)).toEqual(['clinic:ns']);
  });

  it('updates one’s own phrase; a colleague cannot change or delete it', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const phrase = await clinic.call('notes:savePhrase', homeVisit);
    const updated = await clinic.call('notes:savePhrase', {
      ...homeVisit,
      id: phrase.id,
      title: 'Home visit (safe)',
    });
    expect([updated.id, updated.title]).toEqual([phrase.id, 'Home visit (safe)']);
    for (const person of ['dee', 'sage']) {
      await clinic.as(person);
      const change = await clinic.refuse('notes:savePhrase', {
        ...homeVisit,
        id: phrase.id,
        text: 'Overwritten',
      });
      expect([person, change.code, change.details?.messageKey]).toEqual([
        person,
        'forbidden',
        'errors.note_phrase_not_yours',
      ]);
      const remove = await clinic.refuse('notes:deletePhrase', { id: phrase.id });
      expect(remove.code).toBe('forbidden');
    }
    await clinic.as('cam');
    const scopeChange = await clinic.refuse('notes:savePhrase', {
      ...homeVisit,
      id: phrase.id,
      scope: 'clinic',
    });
    expect(scopeChange.code).toBe('forbidden'); // a case manager may not keep clinic phrases at all
    const [kept] = await clinic.call('notes:phrases', {});
    expect([kept?.title, kept?.text]).toEqual(['Home visit (safe)', homeVisit.text]);
    expect(await clinic.call('notes:deletePhrase', { id: phrase.id })).toBeNull();
    expect(await shortcuts(clinic)).toEqual([]);
    const gone = await clinic.refuse('notes:deletePhrase', { id: phrase.id });
    expect(gone.details?.messageKey).toBe('errors.note_phrase_not_found');
  });

  it('a shortcut is used once per person and once among the clinic’s phrases: a field error', async () => {
    const clinic = await clinicWithStaff();
    await clinic.as('cam');
    const first = await clinic.call('notes:savePhrase', homeVisit);
    const other = await clinic.call('notes:savePhrase', { ...homeVisit, shortcut: 'hv2' });
    const duplicate = await clinic.refuse('notes:savePhrase', { ...homeVisit, title: 'Again' });
    expect([duplicate.code, duplicate.fields]).toEqual([
      'conflict',
      { shortcut: 'validation.note_phrase_shortcut_taken' },
    ]);
    const renamedOnto = await clinic.refuse('notes:savePhrase', { ...homeVisit, id: other.id });
    expect(renamedOnto.fields).toEqual({ shortcut: 'validation.note_phrase_shortcut_taken' });
    // Saving a phrase under its own shortcut is not a clash with itself.
    await clinic.call('notes:savePhrase', { ...homeVisit, id: first.id, text: 'Edited.' });
    await clinic.as('sage');
    await clinic.call('notes:savePhrase', { ...homeVisit, scope: 'clinic' });
    await clinic.as('ada');
    const clinicDuplicate = await clinic.refuse('notes:savePhrase', { ...homeVisit, scope: 'clinic' });
    expect(clinicDuplicate.fields).toEqual({ shortcut: 'validation.note_phrase_shortcut_taken' });
    const badShortcut = await clinic.refuse('notes:savePhrase', {
      ...homeVisit,
      scope: 'clinic',
      shortcut: 'Has Space',
    });
    expect(badShortcut.fields).toEqual({ shortcut: 'validation.phrase_shortcut' });
  });

  it('clinic phrases: an administrator or a supervisor; never a case manager, front desk or reporting', async () => {
    const clinic = await clinicWithStaff();
    const saved = await clinic.call('notes:savePhrase', { ...homeVisit, scope: 'clinic' });
    await clinic.as('sage');
    await clinic.call('notes:savePhrase', {
      ...homeVisit,
      id: saved.id,
      scope: 'clinic',
      title: 'Supervisor edit',
    });
    for (const person of ['cam', 'fran', 'remy']) {
      await clinic.as(person);
      const create = await clinic.refuse('notes:savePhrase', {
        ...homeVisit,
        scope: 'clinic',
        shortcut: 'x',
      });
      expect([person, create.code, create.details?.messageKey]).toEqual([
        person,
        'forbidden',
        'errors.note_phrase_clinic_forbidden',
      ]);
      const edit = await clinic.refuse('notes:savePhrase', {
        ...homeVisit,
        id: saved.id,
        scope: 'clinic',
        title: 'Changed',
      });
      expect(edit.code).toBe('forbidden');
      expect((await clinic.refuse('notes:deletePhrase', { id: saved.id })).code).toBe('forbidden');
    }
    // Front desk and reporting write no notes: no phrases of their own, and none to read.
    for (const person of ['fran', 'remy']) {
      await clinic.as(person);
      expect((await clinic.refuse('notes:savePhrase', homeVisit)).details?.messageKey).toBe(
        'errors.note_phrase_own_forbidden',
      );
      expect((await clinic.refuse('notes:phrases', {})).code).toBe('forbidden');
    }
    await clinic.as('ada');
    expect((await clinic.refuse('notes:savePhrase', homeVisit)).code).toBe('forbidden');
    const phrases = await clinic.call('notes:phrases', {});
    expect(phrases.map((phrase) => [phrase.shortcut, phrase.title])).toEqual([['hv', 'Supervisor edit']]);
    const actions = (await clinic.call('audit:list', {})).entries.filter((entry) =>
      entry.action.startsWith('note_phrase.'),
    );
    expect(actions.map((entry) => entry.action)).toEqual(['note_phrase.saved', 'note_phrase.saved']);
    // The audit names the phrase, never its words.
    expect(JSON.stringify(actions)).not.toContain(homeVisit.text);
    await clinic.call('notes:deletePhrase', { id: saved.id });
    expect(await shortcuts(clinic)).toEqual([]);
  });

  it('at most NOTE_LIMITS.phrases per person', async () => {
    const clinic = await clinicWithStaff();
    await clinic.call('auth:signOut', {});
    const db = await encryptedDbOf(clinic);
    const insert = db.prepare(
      `INSERT INTO saved_phrases (id, scope, owner_id, shortcut, title, text, created_at, created_by, updated_at, updated_by)
       VALUES (?, 'mine', ?, ?, 't', 'x', 'now', ?, 'now', ?)`,
    );
    const ids = Array.from({ length: NOTE_LIMITS.phrases }, () => newId());
    db.transaction(() => {
      for (let n = 0; n < NOTE_LIMITS.phrases; n += 1)
        insert.run(ids[n], clinic.ids.cam, `s${n}`, clinic.ids.cam, clinic.ids.cam);
    })();
    db.close();
    await clinic.as('cam');
    const refused = await clinic.refuse('notes:savePhrase', homeVisit);
    expect([refused.code, refused.details?.messageKey]).toEqual([
      'invalid_input',
      'errors.note_phrase_limit',
    ]);
    // Another person is not held to Cam's count, and Cam may still edit one he has.
    const edited = await clinic.call('notes:savePhrase', { ...homeVisit, id: ids[0] });
    expect(edited.shortcut).toBe('hv');
    await clinic.as('dee');
    await clinic.call('notes:savePhrase', homeVisit);
  });
});
