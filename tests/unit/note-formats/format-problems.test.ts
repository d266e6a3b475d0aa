import { describe, expect, it } from 'vitest';
import {
  duplicateSectionProblems,
  nameProblem,
  onePerPath,
  rawFormatId,
} from '../../../src/main/note-formats/format-problems';
import { parseNoteFormatText } from '../../../src/shared/domain/note-formats';

const named = (json: unknown) => {
  const parsed = parseNoteFormatText(JSON.stringify(json));
  return parsed.ok ? [] : parsed.problems.flatMap(nameProblem);
};

const section = (id: string) => ({ id, label: { en: id }, prompt: { en: 'What goes here' }, required: true });

describe('naming the problems of a note format file', () => {
  it('names each schema problem by what is wrong and where', () => {
    expect(
      named({
        id: 'Bad Id',
        version: '1',
        name: { es: 'Sólo' },
        sections: [section('a')],
        colour: 'x',
        size: 2,
      }),
    ).toEqual([
      { path: 'id', code: 'bad_id' },
      { path: 'name.en', code: 'english_missing' },
      { path: 'colour', code: 'unknown_field' },
      { path: 'size', code: 'unknown_field' },
    ]);
    expect(
      named({ id: 'x', version: '1', name: { en: 'X' }, sections: [{ ...section('B C'), required: 1 }] }),
    ).toEqual([
      { path: 'sections.0.id', code: 'bad_section_id' },
      { path: 'sections.0.required', code: 'wrong_type' },
    ]);
    expect(named([])).toEqual([{ path: '', code: 'not_object' }]);
    expect(
      named({ id: 'x', version: '1', name: { en: 'X' }, sections: Array(13).fill(section('a')) }),
    ).toContainEqual({ path: 'sections', code: 'sections_count' });
    expect(parseNoteFormatText('{').ok).toBe(false);
    expect(nameProblem({ path: '', detail: 'not JSON' })).toEqual([{ path: '', code: 'not_json' }]);
  });

  it('finds duplicate section ids even when the schema stopped before looking', () => {
    expect(
      duplicateSectionProblems({ sections: [section('a'), section('b'), section('a'), { id: 3 }] }),
    ).toEqual([{ path: 'sections.2.id', code: 'duplicate_section' }]);
    expect(duplicateSectionProblems({ sections: 'none' })).toEqual([]);
    expect(duplicateSectionProblems(null)).toEqual([]);
  });

  it('reads the id of a broken file, and keeps one problem per place', () => {
    expect(rawFormatId('{"id":"dap","sections":7}')).toBe('dap');
    expect(rawFormatId('{"id":7}')).toBeNull();
    expect(rawFormatId('not json')).toBeNull();
    expect(
      onePerPath([
        { path: 'id', code: 'shipped_id' },
        { path: 'id', code: 'bad_id' },
        { path: 'version', code: 'bad_version' },
      ]),
    ).toEqual([
      { path: 'id', code: 'shipped_id' },
      { path: 'version', code: 'bad_version' },
    ]);
  });
});
