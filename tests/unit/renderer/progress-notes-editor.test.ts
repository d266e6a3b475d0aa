import { describe, expect, it } from 'vitest';
import { carePlanDraftSchema } from '../../../src/shared/contracts/care-plans';
import {
  progressNoteDraftSchema,
  type ProgressMark,
  type SavedPhrase,
} from '../../../src/shared/contracts/progress-notes';
import { noteFormatSchema } from '../../../src/shared/domain/note-formats';
import { markForKey } from '../../../src/renderer/src/features/progress-notes/AddressedItems';
import {
  alignPlanItems,
  alignSections,
  planItemKeys,
} from '../../../src/renderer/src/features/progress-notes/draftContent';
import { planItemLabels } from '../../../src/renderer/src/features/progress-notes/labels';
import { pickNoteFormat } from '../../../src/renderer/src/features/progress-notes/noteFormat';
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

  const item = (goalId: string, objectiveId: string | null = null, mark: ProgressMark = 'not_addressed') => ({
    goalId,
    objectiveId,
    mark,
  });
  const current = { versionId: 'v2', content: plan };

  it('offers every goal of the current plan, each followed by its objectives, to a draft lacking them', () => {
    const aligned = alignPlanItems(base, current);
    expect(aligned.planVersionId).toBe('v2');
    expect(aligned.addressed).toEqual([item('g1'), item('g1', 'o1'), item('g2')]);
  });

  it('keeps the marks given and puts the rows in the plan’s order', () => {
    const content = { ...base, addressed: [item('g2', null, 'setback'), item('g1', null, 'progress')] };
    expect(alignPlanItems(content, current).addressed).toEqual([
      item('g1', null, 'progress'),
      item('g1', 'o1'),
      item('g2', null, 'setback'),
    ]);
  });

  it('keeps rows no longer on the plan, with their marks, an objective under its goal', () => {
    const content = {
      ...base,
      addressed: [
        item('gone', null, 'progress'),
        item('g1', 'o-old', 'no_change'),
        item('g1'),
        item('gone', 'o-gone'),
      ],
    };
    const aligned = alignPlanItems(content, current).addressed;
    expect(aligned).toEqual([
      item('g1'),
      item('g1', 'o1'),
      item('g1', 'o-old', 'no_change'),
      item('g2'),
      item('gone', null, 'progress'),
      item('gone', 'o-gone'),
    ]);
    const keys = planItemKeys(plan);
    expect(aligned.map((i) => keys.has(`${i.goalId}/${i.objectiveId ?? ''}`))).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it('with no plan in force keeps every row (none on a plan) and the plan version named', () => {
    const content = { ...base, planVersionId: 'v1', addressed: [item('g1', null, 'progress')] };
    const aligned = alignPlanItems(content, null);
    expect(aligned.addressed).toEqual(content.addressed);
    expect(aligned.planVersionId).toBe('v1');
    expect(planItemKeys(null).size).toBe(0);
  });

  it('drops offered rows, never written ones, past the limit of rows', () => {
    // 5 needs of 6 goals with one objective each: 60 rows offered, 5 more already written.
    const many = carePlanDraftSchema.parse({
      needs: Array.from({ length: 5 }, (_, n) => ({
        id: `n${n}`,
        text: `Need ${n}`,
        goals: Array.from({ length: 6 }, (_, g) => ({
          id: `g${n}-${g}`,
          statement: `Goal ${n}-${g}`,
          objectives: [{ id: `o${n}-${g}`, text: `Objective ${n}-${g}` }],
        })),
      })),
    });
    const written = Array.from({ length: 5 }, (_, n) => item(`old${n}`, null, 'progress'));
    const aligned = alignPlanItems(
      { ...base, addressed: written },
      { versionId: '3f2b8c1e-4d5a-4e6f-8a7b-9c0d1e2f3a4b', content: many },
    );
    expect(aligned.addressed).toHaveLength(60);
    expect(aligned.addressed.slice(-5)).toEqual(written);
    expect(progressNoteDraftSchema.safeParse(aligned).success).toBe(true);
  });

  it('labels rows with the latest words of any plan version', () => {
    const older = carePlanDraftSchema.parse({
      needs: [
        {
          id: 'n1',
          text: 'x',
          goals: [
            { id: 'gone', statement: 'Old goal' },
            { id: 'g1', statement: 'Old words' },
          ],
        },
      ],
    });
    const labels = planItemLabels(older, plan);
    expect(labels.get('gone')?.text).toBe('Old goal');
    expect(labels.get('g1')?.text).toBe('Stable housing');
    expect(labels.get('o1')).toEqual({ text: 'Apply', kind: 'objective' });
  });
});

describe('the format a note is shown in', () => {
  const v1 = noteFormatSchema.parse(dap);
  const v2 = noteFormatSchema.parse({ ...dap, version: '2', sections: dap.sections.slice(0, 2) });
  const entry = (format: typeof v1) => ({
    format,
    origin: 'clinic' as const,
    addedAt: null,
    addedByName: null,
  });
  const entries = [entry(v1), entry(v2)];

  it('is the version the note names, even when a newer one exists', () => {
    expect(pickNoteFormat(entries, 'dap', '1')).toEqual({ format: v1, exact: true });
    expect(pickNoteFormat(entries, 'dap', '2')).toEqual({ format: v2, exact: true });
  });

  it('falls back to the newest version of the id only when the named one is missing, saying so', () => {
    expect(pickNoteFormat(entries, 'dap', '7')).toEqual({ format: v2, exact: false });
    expect(pickNoteFormat(entries, 'soap', '1')).toBeNull();
  });
});
