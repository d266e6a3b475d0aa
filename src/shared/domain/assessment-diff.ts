/**
 * What changed between a reassessment and the assessment it started from, section by section:
 * the reassessment form marks each section, and each list item, with it. Pure, so the form and
 * any later report compare alike.
 */

export type SectionChange = 'unchanged' | 'changed' | 'added' | 'removed';

export interface ListChange {
  change: SectionChange;
  /** Items in the new list that were not in the old one (compared trimmed, ignoring case). */
  added: string[];
  /** Items of the old list no longer in the new one. */
  removed: string[];
}

type Value =
  string | readonly string[] | { level?: string | undefined; reason?: string | undefined } | undefined;

const blank = (value: Value): boolean => {
  if (value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every((item) => String(item).trim() === '');
  const risk = value as { level?: string; reason?: string };
  return !risk.level && !(risk.reason ?? '').trim();
};

const same = (a: string, b: string) => a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');

/** One section's change: added or removed when one side is blank; whitespace alone is no change. */
export function sectionChange(before: Value, after: Value): SectionChange {
  const wasBlank = blank(before);
  const isBlank = blank(after);
  if (wasBlank && isBlank) return 'unchanged';
  if (wasBlank) return 'added';
  if (isBlank) return 'removed';
  if (typeof before === 'string' && typeof after === 'string')
    return same(before, after) ? 'unchanged' : 'changed';
  if (Array.isArray(before) && Array.isArray(after)) return listChange(before, after).change;
  const a = before as { level?: string; reason?: string };
  const b = after as { level?: string; reason?: string };
  return a.level === b.level && same(a.reason ?? '', b.reason ?? '') ? 'unchanged' : 'changed';
}

const key = (item: string) => item.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** A list's change, with the items added and removed (order alone is no change). */
export function listChange(before: readonly string[], after: readonly string[]): ListChange {
  const old = new Set(before.map(key).filter(Boolean));
  const now = new Set(after.map(key).filter(Boolean));
  const added = after.filter((item) => key(item) && !old.has(key(item)));
  const removed = before.filter((item) => key(item) && !now.has(key(item)));
  const change: SectionChange =
    old.size === 0 && now.size === 0
      ? 'unchanged'
      : old.size === 0
        ? 'added'
        : now.size === 0
          ? 'removed'
          : added.length || removed.length
            ? 'changed'
            : 'unchanged';
  return { change, added, removed };
}

/** Every section's change, keyed by section, for the sections named. */
export function assessmentChanges<S extends string>(
  sections: readonly S[],
  before: Partial<Record<S, Value>>,
  after: Partial<Record<S, Value>>,
): Record<S, SectionChange> {
  return Object.fromEntries(sections.map((s) => [s, sectionChange(before[s], after[s])])) as Record<
    S,
    SectionChange
  >;
}
