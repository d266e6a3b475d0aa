import type { CarePlanContent } from '../../../../shared/contracts/care-plans';
import {
  NOTE_LIMITS,
  type AddressedItem,
  type ProgressNoteContent,
} from '../../../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../../../shared/domain/note-formats';

/**
 * The draft as the editor holds it: one section per section of its format, in the format's order
 * (so `sections.2.text` is the third box on screen, as main names it in a refusal), keeping any
 * text already written, also of a section the format no longer has (kept at the end, not lost).
 * Pure.
 */
export function alignSections(
  content: ProgressNoteContent,
  format: NoteFormat | undefined,
): ProgressNoteContent {
  if (!format) return content;
  const byId = new Map(content.sections.map((s) => [s.id, s.text]));
  const sections = format.sections.map((s) => ({ id: s.id, text: byId.get(s.id) ?? '' }));
  const known = new Set(format.sections.map((s) => s.id));
  const extra = content.sections.filter((s) => !known.has(s.id) && s.text.trim() !== '');
  return { ...content, sections: [...sections, ...extra] };
}

/** One row of the "addressed" list: a goal (objective null) or one of its objectives. */
export const planItemKey = (item: Pick<AddressedItem, 'goalId' | 'objectiveId'>): string =>
  `${item.goalId}/${item.objectiveId ?? ''}`;

/** The keys of every goal and objective of a plan version (see `planItemKey`). */
export function planItemKeys(plan: CarePlanContent | null | undefined): Set<string> {
  const keys = new Set<string>();
  for (const need of plan?.needs ?? [])
    for (const goal of need.goals) {
      keys.add(planItemKey({ goalId: goal.id, objectiveId: null }));
      for (const objective of goal.objectives)
        keys.add(planItemKey({ goalId: goal.id, objectiveId: objective.id }));
    }
  return keys;
}

/**
 * A draft's goal and objective rows lined up with the client's current plan (`plan` null: the
 * client has no plan in force), when the draft is opened. Main pre-fills a new note with the
 * plan's items (notes:start); this only catches up with a plan revised since:
 * - the plan's goals in its order, each followed by its objectives, keeping the marks given;
 * - a goal or objective the draft lacks is offered, "not addressed";
 * - a row no longer on the plan is kept with its mark (the screen shows it as such, to be
 *   removed): under its goal if the goal is still there, otherwise at the end;
 * - at most NOTE_LIMITS.addressed rows: offered ones are dropped first, never a written one.
 * Pure.
 */
export function alignPlanItems(
  content: ProgressNoteContent,
  plan: { versionId: string; content: CarePlanContent } | null,
): ProgressNoteContent {
  const drafted = new Map<string, AddressedItem>();
  for (const item of content.addressed)
    if (!drafted.has(planItemKey(item))) drafted.set(planItemKey(item), item);
  const rows: { item: AddressedItem; offered: boolean }[] = [];
  const placed = new Set<string>();
  const place = (item: AddressedItem, offered: boolean) => {
    placed.add(planItemKey(item));
    rows.push({ item, offered });
  };
  const strayObjectivesOf = (goalId: string) =>
    [...drafted.values()].filter(
      (i) => i.goalId === goalId && i.objectiveId !== null && !placed.has(planItemKey(i)),
    );
  for (const need of plan?.content.needs ?? [])
    for (const goal of need.goals) {
      const ids = [null, ...goal.objectives.map((o) => o.id)];
      for (const objectiveId of ids) {
        const wanted = { goalId: goal.id, objectiveId, mark: 'not_addressed' as const };
        const existing = drafted.get(planItemKey(wanted));
        place(existing ?? wanted, !existing);
      }
      for (const stray of strayObjectivesOf(goal.id)) place(stray, false);
    }
  // What is left is no longer on the plan: each goal with its objectives, in the draft's order.
  for (const item of drafted.values()) {
    if (placed.has(planItemKey(item))) continue;
    const goalRow = drafted.get(planItemKey({ goalId: item.goalId, objectiveId: null }));
    if (goalRow && !placed.has(planItemKey(goalRow))) place(goalRow, false);
    for (const stray of strayObjectivesOf(item.goalId)) place(stray, false);
  }
  while (rows.length > NOTE_LIMITS.addressed) {
    const lastOffered = rows.findLastIndex((r) => r.offered);
    if (lastOffered < 0) break;
    rows.splice(lastOffered, 1);
  }
  return {
    ...content,
    planVersionId: plan ? plan.versionId : content.planVersionId,
    addressed: rows.map((r) => r.item),
  };
}
