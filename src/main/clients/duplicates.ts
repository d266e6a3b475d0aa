import type { DuplicateCandidate } from '../../shared/contracts/clients';
import type { Db } from '../db/open';
import type { CandidateRow } from './repository';
import { activeClientsBornOn, activeClientsMatchingNames, namesTrigramDocCount } from './repository';
import { rareTrigramQuery } from './search-index';
import { birthDatesClose, similarity } from './text-match';

const SAME_DOB_THRESHOLD = 0.72;
const NEAR_DOB_THRESHOLD = 0.9;

/** How alike two names are, trying the given order and first/last swapped. */
function nameScore(first: string, last: string, row: CandidateRow): { score: number; swapped: boolean } {
  const firstNames = [row.legal_first_name, row.preferred_name].filter(Boolean);
  const straight = Math.max(
    ...firstNames.map((f) => (similarity(first, f) + similarity(last, row.legal_last_name)) / 2),
  );
  const swapped = (similarity(first, row.legal_last_name) + similarity(last, row.legal_first_name)) / 2;
  return swapped > straight ? { score: swapped, swapped: true } : { score: straight, swapped: false };
}

/**
 * Possible duplicates of a person: the same birth date with a similar name (typos, swapped
 * first/last names, the preferred name used as first name), or the same name with a birth date
 * one keystroke away. Uses the birth-date index and the trigram index, never a full scan.
 */
export function findDuplicates(
  db: Db,
  person: { legalFirstName: string; legalLastName: string; birthDate: string; excludeId?: string },
): DuplicateCandidate[] {
  const sameDob = activeClientsBornOn(db, person.birthDate);
  const query = rareTrigramQuery(namesTrigramDocCount(db), [person.legalFirstName, person.legalLastName]);
  const similarNames = query ? activeClientsMatchingNames(db, query) : [];

  const found = new Map<string, DuplicateCandidate>();
  for (const row of [...sameDob, ...similarNames]) {
    if (row.id === person.excludeId || found.has(row.id)) continue;
    const { score, swapped } = nameScore(person.legalFirstName, person.legalLastName, row);
    const sameDate = row.birth_date === person.birthDate;
    const match = sameDate
      ? score >= SAME_DOB_THRESHOLD
      : score >= NEAR_DOB_THRESHOLD && birthDatesClose(row.birth_date, person.birthDate);
    if (!match) continue;
    found.set(row.id, {
      id: row.id,
      clientNumber: row.client_number,
      legalFirstName: row.legal_first_name,
      legalLastName: row.legal_last_name,
      preferredName: row.preferred_name,
      birthDate: row.birth_date,
      reason: swapped
        ? 'names_swapped'
        : sameDate
          ? 'same_birth_date_similar_name'
          : 'similar_birth_date_same_name',
      score: Math.round(score * 100) / 100,
    });
  }
  return [...found.values()].sort((a, b) => b.score - a.score).slice(0, 10);
}
