import type { ClientFields } from '../../shared/contracts/clients';
import { fold } from './text-match';

/** What the quick-search index holds for a client. */
export function searchDocument(
  fields: Pick<
    ClientFields,
    'legalFirstName' | 'legalLastName' | 'preferredName' | 'clientNumber' | 'birthDate' | 'phones'
  >,
) {
  const [y, m, d] = fields.birthDate.split('-');
  return {
    names: [fields.legalFirstName, fields.legalLastName, fields.preferredName].filter(Boolean).join(' '),
    identifiers: [
      fields.clientNumber,
      fields.birthDate,
      `${m}/${d}/${y}`,
      ...fields.phones.map((p) => p.number.replace(/\D/g, '')),
    ].join(' '),
  };
}

const trigramsOf = (word: string) => {
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= word.length; i++) grams.add(word.slice(i, i + 3));
  return [...grams];
};

/**
 * An FTS5 query for typo-tolerant name matching that starts from each word's rarest three-letter
 * runs present in the index (from its vocabulary), not from all of them: a common run such as
 * "son" would otherwise pull in a large share of 100,000 clients before ranking.
 */
export function rareTrigramQuery(
  docCount: (gram: string) => number,
  words: readonly string[],
  perWord = 3,
): string | null {
  const chosen = new Set<string>();
  for (const word of words.map(fold).filter((w) => w.length >= 3)) {
    const counted = trigramsOf(word)
      .map((gram) => ({ gram, docs: docCount(gram) }))
      .filter((g) => g.docs > 0)
      .sort((a, b) => a.docs - b.docs)
      .slice(0, perWord);
    for (const { gram } of counted) chosen.add(gram);
  }
  if (chosen.size === 0) return null;
  return [...chosen].map((g) => `"${g.replace(/"/g, '""')}"`).join(' OR ');
}
