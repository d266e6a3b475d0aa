import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadShippedNoteFormats } from '../../../src/main/note-formats/formats';

const shipped = loadShippedNoteFormats(join(__dirname, '../../../resources/note-formats'));
const sections = (id: string) => shipped.find((format) => format.id === id)?.sections ?? [];

describe('the shipped note formats', () => {
  it('are the five the issue names, each parsing whole', () => {
    expect(shipped.map((format) => format.id)).toEqual(['birp', 'dap', 'girp', 'narrative', 'soap']);
  });

  it.each([
    ['dap', ['data', 'assessment', 'plan']],
    ['soap', ['subjective', 'objective', 'assessment', 'plan']],
    ['birp', ['behavior', 'intervention', 'response', 'plan']],
    ['girp', ['goal', 'intervention', 'response', 'plan']],
    ['narrative', ['narrative']],
  ])('%s has the sections its name promises, in order, all required', (id, expected) => {
    expect(sections(id).map((section) => section.id)).toEqual(expected);
    expect(sections(id).every((section) => section.required)).toBe(true);
  });

  it('each name spells out its letters, and every label and prompt is in English and Spanish', () => {
    for (const format of shipped) {
      for (const section of format.sections) {
        if (format.id !== 'narrative') {
          const letter = section.label.en[0]!.toUpperCase();
          expect(format.name.en.startsWith(format.id.toUpperCase()), format.id).toBe(true);
          expect(format.id.toUpperCase(), `${format.id} ${section.id}`).toContain(letter);
        }
        expect([section.label.es, section.prompt.es].every(Boolean), `${format.id} ${section.id}`).toBe(true);
      }
    }
  });
});
