import { distance } from 'fastest-levenshtein';

/** Lower case, accents removed, only letters, digits and single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 1 for the same word, 0 for nothing in common (Levenshtein distance over the longer length). */
export function similarity(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (!x || !y) return 0;
  return 1 - distance(x, y) / Math.max(x.length, y.length);
}

/** An FTS5 query where every word must appear as a substring (words of 3+ letters only). */
export function substringAllQuery(words: readonly string[], column: string): string | null {
  const usable = words.map(fold).filter((w) => w.length >= 3);
  if (usable.length === 0) return null;
  return usable.map((w) => `${column} : "${w.replace(/"/g, '""')}"`).join(' AND ');
}

/** Dates typed as 1980-03-07, 3/7/1980 or 03-07-1980 → 1980-03-07; anything else → null. */
export function parseTypedDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const us = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text.trim());
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : us ? [us[3], us[1], us[2]] : [];
  if (!y || !m || !d) return null;
  const value = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : null;
}

/** Birth dates that differ by one typed digit, or with day and month swapped. */
export function birthDatesClose(a: string, b: string): boolean {
  if (a === b) return true;
  const da = a.replace(/-/g, '');
  const db = b.replace(/-/g, '');
  if (distance(da, db) <= 1) return true;
  const [ya, ma, dd] = a.split('-');
  return b === `${ya}-${dd}-${ma}`;
}
