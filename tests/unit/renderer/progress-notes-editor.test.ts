import { describe, expect, it } from 'vitest';
import { carePlanDraftSchema } from '../../../src/shared/contracts/care-plans';
import { progressNoteDraftSchema, type SavedPhrase } from '../../../src/shared/contracts/progress-notes';
import { noteFormatSchema } from '../../../src/shared/domain/note-formats';
import { markForKey } from '../../../src/renderer/src/features/progress-notes/AddressedItems';
import {
  alignSections,
  planItems,
  withPlanItems,
} from '../../../src/renderer/src/features/progress-notes/draftContent';
import { expandShortcut, insertAt } from '../../../src/renderer/src/features/progress-notes/phrases';
import dap from '../../../resources/note-formats/dap.json';

const phrase = (shortcut: string, text: string, scope: 'mine' | 'clinic' = 'mine'): SavedPhrase => ({
  id: `${scope}-${shortcut}`,
  scope,
  shortcut,
  title: shortcut,
  text,
  ownerName: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('saved phrases: ;shortcut then Tab', () => {
  const phrases = [
    phrase('hv', 'Home visit at the client’s flat.'),
    phrase('hv', 'Clinic wording', 'clinic'),
  ];

  it('replaces the shortcut before the caret with the phrase, the caret after it', () => {
    const value = 'Seen today. ;hv and more';
    const caret = 'Seen today. ;hv'.length;
    const out = expandShortcut(value, caret, phrases);
    expect(out).toEqual({
      text: 'Seen today. Home visit at the client’s flat. and more',
      caret: 'Seen today. Home visit at the client’s flat.'.length,
    });
  });

  it('works at the very start of a box, and prefers the worker’s own phrase', () => {
    expect(expandShortcut(';hv', 3, phrases)?.text).toBe('Home visit at the client’s flat.');
    expect(expandShortcut(';hv', 3, [phrases[1] as SavedPhrase])?.text).toBe('Clinic wording');
  });

  it('leaves Tab alone for an unknown shortcut, a semicolon inside a word, or no shortcut', () => {
    expect(expandShortcut('x ;zz', 5, phrases)).toBeNull();
    expect(expandShortcut('a;hv', 4, phrases)).toBeNull();
    expect(expandShortcut('plain text', 10, phrases)).toBeNull();
    expect(expandShortcut('; hv', 4, phrases)).toBeNull();
  });

  it('inserts a picked phrase in place of the selection', () => {
    expect(insertAt('abcdef', 2, 4, 'XY')).toEqual({ text: 'abXYef', caret: 4 });
  });
});

describe('progress marks: one key each', () => {
  it('maps 1–4 to progress, no change, setback, not addressed and nothing else', () => {
    expect(['1', '2', '3', '4'].map(markForKey)).toEqual([
      'progress',
      'no_change',
      'setback',
      'not_addressed',
    ]);
    expect(markForKey('5')).toBeNull();
    expect(markForKey('a')).toBeNull();
    expect(markForKey('0')).toBeNull();
  });
});

describe('the draft as the editor holds it', () => {
  const format = noteFormatSchema.parse(dap);
  const base = progressNoteDraftSchema.parse({ formatId: 'dap', formatVersion: '1' });

  it('has one section per section of the format, in its order, keeping what was written', () => {
    const content = { ...base, sections: [{ id: 'plan', text: 'Call Tuesday' }] };
    expect(alignSections(content, format).sections).toEqual([
      { id: 'data', text: '' },
      { id: 'assessment', text: '' },
      { id: 'plan', text: 'Call Tuesday' },
    ]);
  });

  it('never drops text of a section the format does not have', () => {
    const content = { ...base, sections: [{ id: 'old', text: 'kept' }] };
    expect(alignSections(content, format).sections.at(-1)).toEqual({ id: 'old', text: 'kept' });
    expect(alignSections({ ...base, sections: [{ id: 'old', text: ' ' }] }, format).sections).toHaveLength(3);
  });

  const plan = carePlanDraftSchema.parse({
    needs: [
      {
        id: 'n1',
        text: 'Housing',
        goals: [
          { id: 'g1', statement: 'Stable housing', objectives: [{ id: 'o1', text: 'Apply' }] },
          { id: 'g2', statement: 'Fewer crises' },
        ],
      },
    ],
  });

  it('lists every goal and objective of the plan, not addressed until marked', () => {
    expect(planItems(plan)).toEqual([
      { goalId: 'g1', objectiveId: null, mark: 'not_addressed' },
      { goalId: 'g1', objectiveId: 'o1', mark: 'not_addressed' },
      { goalId: 'g2', objectiveId: null, mark: 'not_addressed' },
    ]);
  });

  it('fills the plan items only into a draft that lists none', () => {
    const filled = withPlanItems(base, { versionId: 'v1', content: plan });
    expect(filled.planVersionId).toBe('v1');
    expect(filled.addressed).toHaveLength(3);
    const marked = { ...base, addressed: [{ goalId: 'g2', objectiveId: null, mark: 'progress' as const }] };
    expect(withPlanItems(marked, { versionId: 'v1', content: plan })).toBe(marked);
    expect(withPlanItems(base, null)).toBe(base);
  });
});
