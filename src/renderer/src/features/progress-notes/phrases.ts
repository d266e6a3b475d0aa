import type { SavedPhrase } from '../../../../shared/contracts/progress-notes';

/** The `;shortcut` just before the caret (at the start of the text or after a space), if any. */
const SHORTCUT_BEFORE_CARET = /(?:^|\s);([a-z0-9][a-z0-9-]{0,19})$/;

export interface Expansion {
  text: string;
  /** Where the caret goes: just after the inserted phrase. */
  caret: number;
}

/**
 * Typing `;hv` then Tab in a note's box: the shortcut replaced by its phrase. Null when no saved
 * phrase has that shortcut (Tab then moves on as usual). A worker's own phrase wins over the
 * clinic's with the same shortcut. Pure.
 */
export function expandShortcut(
  value: string,
  caret: number,
  phrases: readonly SavedPhrase[],
): Expansion | null {
  const before = value.slice(0, caret);
  const match = SHORTCUT_BEFORE_CARET.exec(before);
  if (!match?.[1]) return null;
  const shortcut = match[1];
  const phrase =
    phrases.find((p) => p.shortcut === shortcut && p.scope === 'mine') ??
    phrases.find((p) => p.shortcut === shortcut);
  if (!phrase) return null;
  const start = before.length - shortcut.length - 1;
  return insertAt(value, start, caret, phrase.text);
}

/** `insert` put in place of value[start, end) (the selection, or the caret when they agree). */
export function insertAt(value: string, start: number, end: number, insert: string): Expansion {
  return { text: value.slice(0, start) + insert + value.slice(end), caret: start + insert.length };
}
