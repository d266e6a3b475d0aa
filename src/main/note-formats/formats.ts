import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NoteFormatEntry } from '../../shared/contracts/progress-notes';
import type { NoteFormat } from '../../shared/domain/note-formats';
import { parseNoteFormatText } from '../../shared/domain/note-formats';
import type { Db } from '../db/open';

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

/** The clinic's own formats, newest version of each id. */
function clinicNoteFormats(_db: Db): NoteFormatEntry[] {
  return [];
}

/** A format by id, and by version when a signed note names one no longer current. */
export function findNoteFormat(
  db: Db,
  shipped: ShippedNoteFormats,
  id: string,
  version?: string,
): NoteFormat | null {
  const all = noteFormatCatalogue(db, shipped).map((entry) => entry.format);
  return (
    (version ? all.find((format) => format.id === id && format.version === version) : undefined) ??
    all.find((format) => format.id === id) ??
    null
  );
}
