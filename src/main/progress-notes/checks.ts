import type { CarePlanContent } from '../../shared/contracts/care-plans';
import type { ProgressNoteContent } from '../../shared/contracts/progress-notes';
import { NOTE_LIMITS, UNREACHED_CONTACT_TYPES } from '../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../shared/domain/note-formats';
import { localToday } from '../../shared/domain/clients';
import { DomainError } from '../errors';
import { minutesOf, timeOf } from './dates';

/**
 * What a note must be to be signed, beyond its draft schema: its format's required sections
 * written, the contact's date and times possible, goals from the client's current plan. Each
 * problem is named at its field (`sections.0.text`, `endTime`, `addressed.1.goalId`).
 */

type Problems = Record<string, string>;

/** The current plan's goals and each goal's objectives, by id; null when the client has no signed plan. */
export type PlanGoals = { versionId: string; goals: Map<string, Set<string>> } | null;

export function planGoalsOf(versionId: string, plan: CarePlanContent): NonNullable<PlanGoals> {
  const goals = new Map<string, Set<string>>();
  for (const need of plan.needs)
    for (const goal of need.goals) goals.set(goal.id, new Set(goal.objectives.map((o) => o.id)));
  return { versionId, goals };
}

const blank = (text: string) => text.trim() === '';

function contentProblems(note: ProgressNoteContent, format: NoteFormat | null): Problems {
  const problems: Problems = {};
  if (!format) {
    problems.formatId = 'validation.invalid';
    return problems;
  }
  const written = [
    note.interventions,
    note.clientResponse,
    note.nextSteps,
    ...note.sections.map((s) => s.text),
  ];
  if (written.every(blank)) problems.sections = 'validation.note_empty';
  format.sections.forEach((section, formatIndex) => {
    if (!section.required) return;
    const index = note.sections.findIndex((s) => s.id === section.id);
    const at = index === -1 ? formatIndex : index;
    if (index === -1 || blank(note.sections[index]?.text ?? ''))
      problems[`sections.${at}.text`] = 'validation.required';
  });
  return problems;
}

/** The contact happened: not on a later day, nor today later than the local clock says now. */
function contactProblems(note: ProgressNoteContent, now: Date): Problems {
  const problems: Problems = {};
  const today = localToday(now);
  if (!note.contactDate) problems.contactDate = 'validation.required';
  else if (note.contactDate > today) problems.contactDate = 'validation.date_in_future';
  if (!note.startTime) problems.startTime = 'validation.required';
  else if (note.contactDate === today && minutesOf(note.startTime) > now.getHours() * 60 + now.getMinutes())
    problems.startTime = 'validation.time_in_future';
  const { durationMinutes: duration, endTime } = note;
  if (duration !== null && (duration < 1 || duration > NOTE_LIMITS.maxDurationMinutes))
    problems.durationMinutes = 'validation.note_duration_range';
  if (note.startTime && endTime !== null) {
    const length = minutesOf(endTime) - minutesOf(note.startTime);
    if (length <= 0) problems.endTime = 'validation.note_end_before_start';
    else if (duration !== null && !problems.durationMinutes && duration !== length)
      problems.durationMinutes = 'validation.note_duration_mismatch';
  }
  const reached = !UNREACHED_CONTACT_TYPES.includes(note.contactType);
  if (reached && duration === null && endTime === null) problems.durationMinutes = 'validation.required';
  if (note.contactType === 'collateral' && blank(note.collateralWith))
    problems.collateralWith = 'validation.required';
  return problems;
}

/**
 * Only a goal or objective marked (progress, no change, setback) claims something about the plan;
 * a "not addressed" row is the pre-filled list's leftover and may name a goal since revised away
 * (otherwise a note started, or returned, before the revision could never be signed).
 */
function planProblems(note: ProgressNoteContent, plan: PlanGoals): Problems {
  const problems: Problems = {};
  note.addressed.forEach((item, index) => {
    if (item.mark === 'not_addressed') return;
    const objectives = plan?.goals.get(item.goalId);
    if (!objectives) problems[`addressed.${index}.goalId`] = 'validation.note_not_on_plan';
    else if (item.objectiveId !== null && !objectives.has(item.objectiveId))
      problems[`addressed.${index}.objectiveId`] = 'validation.note_not_on_plan';
  });
  return problems;
}

/** Refuses signing with every missing part named; nothing is changed. */
export function refuseUnsignable(
  note: ProgressNoteContent,
  context: { format: NoteFormat | null; plan: PlanGoals; now: Date },
): void {
  const problems = {
    ...contentProblems(note, context.format),
    ...contactProblems(note, context.now),
    ...planProblems(note, context.plan),
  };
  if (Object.keys(problems).length > 0)
    throw new DomainError(
      'invalid_input',
      'This note cannot be signed yet: parts are missing or wrong.',
      problems,
      {
        messageKey: 'errors.note_incomplete',
      },
    );
}

/**
 * The content as signed: duration and end time both (the worker gave one of them), and the plan
 * version its goals were checked against.
 */
export function completed(note: ProgressNoteContent, plan: PlanGoals): ProgressNoteContent {
  const start = note.startTime ? minutesOf(note.startTime) : null;
  let { durationMinutes, endTime } = note;
  if (start !== null && durationMinutes === null && endTime !== null)
    durationMinutes = minutesOf(endTime) - start;
  if (start !== null && endTime === null && durationMinutes !== null && start + durationMinutes < 24 * 60)
    endTime = timeOf(start + durationMinutes);
  const planVersionId =
    note.addressed.length > 0 ? (plan?.versionId ?? note.planVersionId) : note.planVersionId;
  return { ...note, durationMinutes, endTime, planVersionId };
}
