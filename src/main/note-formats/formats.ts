import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteFormatEntry } from '../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../shared/domain/note-formats';
import { parseNoteFormatText } from '../../shared/domain/note-formats';
import type { Db } from '../db/open';
import { readClinicNoteFormats } from './repository';

/** The formats Lantern ships: resources/note-formats/*.json, read and checked once. */
export function loadShippedNoteFormats(dir: string): NoteFormat[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = parseNoteFormatText(readFileSync(join(dir, name), 'utf8'));
      // A shipped file is part of the program: a broken one is a build error, said plainly.
      if (!parsed.ok) {
        const reasons = parsed.problems.map((problem) => `${problem.path}: ${problem.detail}`).join('; ');
        throw new Error(`resources/note-formats/${name} is not a valid note format: ${reasons}`);
      }
      return parsed.format;
    });
}

export type ShippedNoteFormats = () => readonly NoteFormat[];

/**
 * Every format a note may be written in: the shipped ones, then the clinic's own (added in
 * Administration → Note formats). The clinic's formats are read from the database by
 * `clinicNoteFormats`, which the formats feature provides.
 */
export function noteFormatCatalogue(db: Db, shipped: ShippedNoteFormats): NoteFormatEntry[] {
  const entries: NoteFormatEntry[] = shipped().map((format) => ({
    format,
    origin: 'shipped',
    addedAt: null,
    addedByName: null,
  }));
  return [...entries, ...clinicNoteFormats(db)];
}

/** Each version the clinic added, as entries, oldest first within an id. */
function clinicNoteFormatVersions(db: Db): NoteFormatEntry[] {
  const entries: NoteFormatEntry[] = [];
  for (const row of readClinicNoteFormats(db)) {
    const parsed = parseNoteFormatText(row.definition);
    // Checked when added; a row that no longer parses (a newer schema?) is left out, not fatal.
    if (!parsed.ok) continue;
    entries.push({
      format: parsed.format,
      origin: 'clinic',
      addedAt: row.added_at,
      addedByName: row.added_by_name,
    });
  }
  return entries;
}

/** The clinic's own formats, newest version of each id. */
function clinicNoteFormats(db: Db): NoteFormatEntry[] {
  const newest = new Map<string, NoteFormatEntry>();
  for (const entry of clinicNoteFormatVersions(db)) newest.set(entry.format.id, entry);
  return [...newest.values()];
}

/**
 * A format by id, and by version when a signed note names one no longer current (an older
 * version the clinic added stays findable); otherwise the current format of that id.
 */
export function findNoteFormat(
  db: Db,
  shipped: ShippedNoteFormats,
  id: string,
  version?: string,
): NoteFormat | null {
  if (version) {
    const exact = [...shipped(), ...clinicNoteFormatVersions(db).map((entry) => entry.format)].find(
      (format) => format.id === id && format.version === version,
    );
    if (exact) return exact;
  }
  return noteFormatCatalogue(db, shipped).find((entry) => entry.format.id === id)?.format ?? null;
}
