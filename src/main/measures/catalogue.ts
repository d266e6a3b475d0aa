import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry } from '../../shared/contracts/measures';
import type { InstrumentDefinition } from '../../shared/domain/instruments';
import { parseInstrument, parseInstrumentText } from '../../shared/domain/instrument-validation';
import type { Db } from '../db/open';
import { readClinicInstruments } from './repository';

/** The instruments Lantern ships: resources/instruments/*.json, read and checked once. */
export function loadShippedInstruments(dir: string): InstrumentDefinition[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed = parseInstrumentText(readFileSync(join(dir, name), 'utf8'));
      // A shipped file is part of the program: a broken one is a build error, said plainly.
      if (!parsed.ok) {
        const reasons = parsed.problems.map((problem) => `${problem.path}: ${problem.detail}`).join('; ');
        throw new Error(`resources/instruments/${name} is not a valid instrument: ${reasons}`);
      }
      return parsed.definition;
    });
}

export type ShippedInstruments = () => readonly InstrumentDefinition[];

/** Shipped instruments first, then the clinic's (the newest added version of each id). */
export function catalogue(db: Db, shipped: ShippedInstruments): CatalogueEntry[] {
  const entries: CatalogueEntry[] = shipped().map((definition) => ({
    definition,
    origin: 'shipped',
    addedAt: null,
    addedByName: null,
  }));
  const newest = new Map<string, CatalogueEntry>();
  for (const row of readClinicInstruments(db)) {
    const parsed = parseInstrument(JSON.parse(row.definition));
    // Checked when added; a row that no longer parses (a newer format?) is left out, not fatal.
    if (!parsed.ok) continue;
    newest.set(row.id, {
      definition: parsed.definition,
      origin: 'clinic',
      addedAt: row.added_at,
      addedByName: row.added_by_name,
    });
  }
  return [...entries, ...newest.values()];
}

export function findInstrument(db: Db, shipped: ShippedInstruments, id: string): InstrumentDefinition | null {
  return catalogue(db, shipped).find((entry) => entry.definition.id === id)?.definition ?? null;
}

/**
 * The definition a result was scored with: the shipped file or the clinic's row of that id and
 * version; when that version is no longer in the catalogue (a shipped file updated since), the
 * current one of the same id.
 */
export function findInstrumentVersion(
  db: Db,
  shipped: ShippedInstruments,
  id: string,
  version: string,
): InstrumentDefinition | null {
  const file = shipped().find((definition) => definition.id === id && definition.version === version);
  if (file) return file;
  const row = readClinicInstruments(db).find(
    (candidate) => candidate.id === id && candidate.version === version,
  );
  const parsed = row ? parseInstrument(JSON.parse(row.definition)) : null;
  if (parsed?.ok) return parsed.definition;
  return findInstrument(db, shipped, id);
}
