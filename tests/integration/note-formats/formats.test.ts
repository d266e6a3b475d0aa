import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicWithStaff } from '../../helpers/clinic';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a format file as parsed JSON, edited freely
type Json = Record<string, any>;

const shippedText = (id: string) =>
  readFileSync(join(__dirname, '../../../resources/note-formats', `${id}.json`), 'utf8');

/** A clinic's own format: DAP under another id, with an optional "risk" section. */
function clinicFile(changes: (file: Json) => void = () => {}): string {
  const file = JSON.parse(shippedText('dap')) as Json;
  file.id = 'dap-risk';
  file.name = { en: 'DAP with risk', es: 'DAP con riesgo' };
  file.sections.push({
    id: 'risk',
    label: { en: 'Risk', es: 'Riesgo' },
    prompt: { en: 'Any risk seen, and what was done.' },
    required: false,
  });
  changes(file);
  return JSON.stringify(file);
}

const ids = async (clinic: Awaited<ReturnType<typeof clinicWithStaff>>) =>
  (await clinic.call('notes:formats', {})).formats.map(
    (entry) => `${entry.format.id}@${entry.format.version}`,
  );

describe('Administration → Note formats', () => {
  it('lists the shipped formats and the default; an added format joins them, audited', async () => {
    const clinic = await clinicWithStaff();
    const before = await clinic.call('notes:formats', {});
    expect(before.defaultFormatId).toBe('dap');
    expect(before.formats.map((entry) => [entry.format.id, entry.origin])).toEqual([
      ['birp', 'shipped'],
      ['dap', 'shipped'],
      ['girp', 'shipped'],
      ['narrative', 'shipped'],
      ['soap', 'shipped'],
    ]);
    const entry = await clinic.call('notes:addFormat', { text: clinicFile() });
    expect([entry.origin, entry.addedByName, entry.format.sections.map((s) => s.id)]).toEqual([
      'clinic',
      'Ada Admin',
      ['data', 'assessment', 'plan', 'risk'],
    ]);
    // A case manager writing a note sees it too.
    await clinic.as('cam');
    expect(await ids(clinic)).toContain('dap-risk@1');
    await clinic.as('ada');
    const [audit] = (await clinic.call('audit:list', { action: 'note_format.added' })).entries;
    expect(audit?.details).toMatchObject({ formatId: 'dap-risk', version: '1', sections: 4 });
  });

  it('a newer version of a clinic format replaces it in the list; the same version again is refused', async () => {
    const clinic = await clinicWithStaff();
    await clinic.call('notes:addFormat', { text: clinicFile() });
    await clinic.call('notes:addFormat', { text: clinicFile((file) => (file.version = '2')) });
    expect((await ids(clinic)).filter((id) => id.startsWith('dap-risk'))).toEqual(['dap-risk@2']);
    const again = await clinic.refuse('notes:addFormat', {
      text: clinicFile((file) => (file.version = '2')),
    });
    expect([again.code, again.fields]).toEqual([
      'conflict',
      {
        text: 'noteFormats.problems.version_exists',
        'problems.version': 'noteFormats.problems.version_exists',
      },
    ]);
  });

  it('refuses a bad file with every problem named, and keeps nothing', async () => {
    const clinic = await clinicWithStaff();
    const broken = clinicFile((file) => {
      file.sections[3].id = 'data'; // used twice
      delete file.sections[1].label.en; // English label missing
      file.sections[2].required = 'yes';
      file.colour = 'blue';
    });
    const refused = await clinic.refuse('notes:addFormat', { text: broken });
    expect(refused.code).toBe('invalid_input');
    expect(refused.details?.messageKey).toBe('errors.note_format_invalid');
    expect(refused.fields).toEqual({
      text: 'noteFormats.problems.english_missing',
      'problems.sections.1.label.en': 'noteFormats.problems.english_missing',
      'problems.sections.2.required': 'noteFormats.problems.wrong_type',
      'problems.colour': 'noteFormats.problems.unknown_field',
      'problems.sections.3.id': 'noteFormats.problems.duplicate_section',
    });
    const onlyDuplicate = await clinic.refuse('notes:addFormat', {
      text: clinicFile((file) => (file.sections[3].id = 'plan')),
    });
    expect(onlyDuplicate.fields).toEqual({
      text: 'noteFormats.problems.duplicate_section',
      'problems.sections.3.id': 'noteFormats.problems.duplicate_section',
    });
    const notJson = await clinic.refuse('notes:addFormat', { text: '{"id": "x"' });
    expect(notJson.fields).toEqual({
      text: 'noteFormats.problems.not_json',
      'problems.(file)': 'noteFormats.problems.not_json',
    });
    const noSections = await clinic.refuse('notes:addFormat', {
      text: clinicFile((file) => (file.sections = [])),
    });
    expect(noSections.fields?.['problems.sections']).toBe('noteFormats.problems.sections_count');
    // A shipped id is refused even when the rest is right, and named with the other problems.
    const shipped = await clinic.refuse('notes:addFormat', { text: shippedText('soap') });
    expect([shipped.code, shipped.fields]).toEqual([
      'conflict',
      { text: 'noteFormats.problems.shipped_id', 'problems.id': 'noteFormats.problems.shipped_id' },
    ]);
    const shippedAndBroken = await clinic.refuse('notes:addFormat', {
      text: clinicFile((file) => {
        file.id = 'girp';
        file.version = '';
      }),
    });
    expect(shippedAndBroken.fields).toMatchObject({
      'problems.id': 'noteFormats.problems.shipped_id',
      'problems.version': 'noteFormats.problems.bad_version',
    });
    expect(await ids(clinic)).toHaveLength(5);
    expect((await clinic.call('audit:list', { action: 'note_format.added' })).entries).toEqual([]);
  });

  it('only an administrator adds a format: every other role is refused and nothing changes', async () => {
    const clinic = await clinicWithStaff();
    for (const person of ['sage', 'cam', 'fran', 'remy']) {
      await clinic.as(person);
      const refused = await clinic.refuse('notes:addFormat', { text: clinicFile() });
      expect(refused.code, person).toBe('forbidden');
    }
    await clinic.as('ada');
    expect(await ids(clinic)).toHaveLength(5);
  });

  it('the database refuses changing or removing an added format (a signed note names it)', async () => {
    const clinic = await clinicWithStaff();
    await clinic.call('notes:addFormat', { text: clinicFile() });
    const { encryptedDbOf } = await import('../measures/open-db');
    await clinic.call('auth:signOut', {});
    const db = await encryptedDbOf(clinic);
    try {
      expect(() => db.prepare("UPDATE note_formats SET definition = '{}'").run()).toThrow(
        /note_format_immutable/,
      );
      expect(() => db.prepare('DELETE FROM note_formats').run()).toThrow(/note_format_immutable/);
    } finally {
      db.close();
    }
  });
});
