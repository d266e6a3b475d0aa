import type { CarePlanContent, GoalMeasure, PlanItemStatus } from '../contracts/care-plans';

/**
 * The differences between two versions of a care plan, item by item. Items keep their `id`
 * across versions, so an edited goal is "changed", not "removed and added"; a status change is
 * its own entry (what auditors and supervisors look for first). Pure: the version list on the
 * screen and any outside tool get the same answer from the same two contents.
 */

export type PlanItemKind = 'need' | 'goal' | 'objective' | 'intervention';
export type PlanFieldValue = string | GoalMeasure | null;

export type PlanChange =
  | { type: 'plan'; field: 'startDate' | 'reviewDate'; from: string | null; to: string | null }
  | { type: 'added'; kind: PlanItemKind; id: string; label: string; parentId: string | null }
  | { type: 'removed'; kind: PlanItemKind; id: string; label: string }
  | {
      type: 'status';
      kind: PlanItemKind;
      id: string;
      label: string;
      from: PlanItemStatus;
      to: PlanItemStatus;
    }
  | {
      type: 'changed';
      kind: PlanItemKind;
      id: string;
      label: string;
      field: string;
      from: PlanFieldValue;
      to: PlanFieldValue;
    };

interface FlatItem {
  kind: PlanItemKind;
  parentId: string | null;
  label: string;
  status: PlanItemStatus | null;
  fields: Record<string, PlanFieldValue>;
}

/** Every item of a plan by id, in reading order, with the fields compared (children left out). */
function flatten(plan: CarePlanContent): Map<string, FlatItem> {
  const items = new Map<string, FlatItem>();
  for (const need of plan.needs) {
    items.set(need.id, {
      kind: 'need',
      parentId: null,
      label: need.text,
      status: null,
      fields: { text: need.text, fromAssessment: need.fromAssessment },
    });
    for (const goal of need.goals) {
      items.set(goal.id, {
        kind: 'goal',
        parentId: need.id,
        label: goal.statement || goal.clientWords,
        status: goal.status,
        fields: {
          clientWords: goal.clientWords,
          statement: goal.statement,
          measure: goal.measure,
          statusDate: goal.statusDate,
        },
      });
      for (const objective of goal.objectives) {
        items.set(objective.id, {
          kind: 'objective',
          parentId: goal.id,
          label: objective.text,
          status: objective.status,
          fields: {
            text: objective.text,
            targetDate: objective.targetDate,
            statusDate: objective.statusDate,
          },
        });
        for (const iv of objective.interventions) {
          items.set(iv.id, {
            kind: 'intervention',
            parentId: objective.id,
            label: iv.what,
            status: iv.status,
            fields: {
              what: iv.what,
              who: iv.who,
              whoName: iv.whoName,
              frequency: iv.frequency,
              serviceType: iv.serviceType,
              statusDate: iv.statusDate,
            },
          });
        }
      }
    }
  }
  return items;
}

const same = (a: PlanFieldValue, b: PlanFieldValue): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** What changed from `before` to `after`: dates, then items in `after`'s order, then removals. */
export function diffCarePlans(before: CarePlanContent, after: CarePlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of ['startDate', 'reviewDate'] as const) {
    if (before[field] !== after[field])
      changes.push({ type: 'plan', field, from: before[field], to: after[field] });
  }
  const old = flatten(before);
  const now = flatten(after);
  for (const [id, item] of now) {
    const was = old.get(id);
    if (!was || was.kind !== item.kind) {
      changes.push({ type: 'added', kind: item.kind, id, label: item.label, parentId: item.parentId });
      continue;
    }
    const base = { kind: item.kind, id, label: item.label };
    if (was.status && item.status && was.status !== item.status)
      changes.push({ type: 'status', ...base, from: was.status, to: item.status });
    if (was.parentId !== item.parentId)
      changes.push({ type: 'changed', ...base, field: 'parent', from: was.parentId, to: item.parentId });
    for (const [field, value] of Object.entries(item.fields)) {
      const previous = was.fields[field] ?? null;
      if (!same(previous, value))
        changes.push({ type: 'changed', ...base, field, from: previous, to: value });
    }
  }
  for (const [id, item] of old) {
    const kept = now.get(id);
    if (!kept || kept.kind !== item.kind)
      changes.push({ type: 'removed', kind: item.kind, id, label: item.label });
  }
  return changes;
}
