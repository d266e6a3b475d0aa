import type { DuplicateCandidate } from '../../shared/contracts/clients';
import type { Db } from '../db/open';
import { rareTrigramQuery } from './search-index';
import { birthDatesClose, similarity } from './text-match';

interface CandidateRow {
  id: string;
  client_number: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string;
  birth_date: string;
}

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
  const columns =
    'c.id, c.client_number, c.legal_first_name, c.legal_last_name, c.preferred_name, c.birth_date';
  const sameDob = db
    .prepare(`SELECT ${columns} FROM clients c WHERE c.birth_date = ? AND c.record_status = 'active'`)
    .all(person.birthDate) as CandidateRow[];
  const query = rareTrigramQuery(db, [person.legalFirstName, person.legalLastName]);
  const similarNames = query
    ? (db
        .prepare(
          `SELECT ${columns} FROM client_search s JOIN clients c ON c.id = s.client_id
           WHERE client_search MATCH ? AND c.record_status = 'active' ORDER BY s.rank LIMIT 200`,
        )
        .all(`names : (${query})`) as CandidateRow[])
    : [];

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
