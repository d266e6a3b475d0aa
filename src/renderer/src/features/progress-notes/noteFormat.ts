import type { NoteFormatEntry } from '../../../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../../../shared/domain/note-formats';

/** The format a note is shown in, and whether it is the very version the note names. */
export interface FormatChoice {
  format: NoteFormat;
  /** False: the named version is not in the list, so the newest of that id stands in. */
  exact: boolean;
}

/**
 * A note's format by its `formatId` and `formatVersion` (signing checks that version, so the
 * editor must show its sections); the newest version of the id only when the named one is not
 * listed (`notes:formats` lists each id oldest version first). Null: no format of that id. Pure.
 */
export function pickNoteFormat(
  entries: readonly NoteFormatEntry[],
  formatId: string,
  formatVersion: string,
): FormatChoice | null {
  const ofId = entries.filter((entry) => entry.format.id === formatId);
  const exact = ofId.find((entry) => entry.format.version === formatVersion);
  if (exact) return { format: exact.format, exact: true };
  const newest = ofId.at(-1);
  return newest ? { format: newest.format, exact: false } : null;
}
