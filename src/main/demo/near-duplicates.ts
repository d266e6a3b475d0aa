import type { Identity } from './client-generator';
import type { Random } from './random';

/** How a planted near-duplicate differs from the client it copies. */
export type NearDuplicateKind = 'typo_first_name' | 'typo_last_name' | 'names_swapped' | 'birth_date_digit';

/** One keystroke slip: two neighbouring letters swapped, or a letter left out. */
export function typo(rand: Random, word: string): string {
  if (word.length < 4) return `${word}${word.at(-1) ?? ''}`;
  const at = rand.int(1, word.length - 2);
  if (rand.chance(0.5) && word[at] !== word[at + 1])
    return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return word.slice(0, at) + word.slice(at + 1);
}

/** A birth date one typed digit away (still a real date), e.g. 1980-03-07 → 1980-03-06. */
export function birthDateOneDigitOff(birthDate: string): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  const day = Number(d);
  if (day === 30) {
    const year = Number(y);
    return `${year % 10 === 9 ? year - 1 : year + 1}-${m}-${d}`;
  }
  const next = day % 10 >= 2 || day === 31 ? day - 1 : day + 1;
  return `${y}-${m}-${String(next).padStart(2, '0')}`;
}

/** The identity a second, mistaken registration of the same person would carry. */
export function nearDuplicateOf(
  rand: Random,
  original: Identity,
): { identity: Identity; kind: NearDuplicateKind } {
  const kind = rand.weighted([
    ['typo_first_name', 30],
    ['typo_last_name', 30],
    ['names_swapped', 15],
    ['birth_date_digit', 25],
  ] as const);
  switch (kind) {
    case 'typo_first_name':
      return { kind, identity: { ...original, legalFirstName: typo(rand, original.legalFirstName) } };
    case 'typo_last_name':
      return { kind, identity: { ...original, legalLastName: typo(rand, original.legalLastName) } };
    case 'names_swapped':
      return {
        kind,
        identity: {
          ...original,
          legalFirstName: original.legalLastName,
          legalLastName: original.legalFirstName,
        },
      };
    case 'birth_date_digit':
      return { kind, identity: { ...original, birthDate: birthDateOneDigitOff(original.birthDate) } };
  }
}
