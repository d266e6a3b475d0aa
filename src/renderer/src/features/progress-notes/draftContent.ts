import type { CarePlanContent } from '../../../../shared/contracts/care-plans';
import type { AddressedItem, ProgressNoteContent } from '../../../../shared/contracts/progress-notes';
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

/** Every goal of the plan and each of its objectives, "not addressed" until marked. */
export function planItems(plan: CarePlanContent): AddressedItem[] {
  const items: AddressedItem[] = [];
  for (const need of plan.needs)
    for (const goal of need.goals) {
      items.push({ goalId: goal.id, objectiveId: null, mark: 'not_addressed' });
      for (const objective of goal.objectives)
        items.push({ goalId: goal.id, objectiveId: objective.id, mark: 'not_addressed' });
    }
  return items;
}

/**
 * A draft that lists none of the plan's items (started before the plan was signed, say) gets the
 * current plan's, so the goals are "already listed"; one that lists some is left as it is.
 */
export function withPlanItems(
  content: ProgressNoteContent,
  plan: { versionId: string; content: CarePlanContent } | null,
): ProgressNoteContent {
  if (!plan || content.addressed.length > 0) return content;
  const items = planItems(plan.content);
  if (items.length === 0) return content;
  return { ...content, planVersionId: plan.versionId, addressed: items.slice(0, 60) };
}
