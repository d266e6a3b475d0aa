import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The ICD-10-CM diagnosis codes Lantern ships (F01–F99 and Z55–Z65), searched by code or by words.
 * The list is a JSON file in resources/icd10cm (see its README); it is read and checked once, then
 * kept in memory with a small word index. Pure Node: no Electron here.
 */

export interface IcdCode {
  /** With the dot, as printed in the tabular list: "F32.A", "Z59.01", "F99". */
  code: string;
  title: string;
  /** False for a category or subcategory heading, which is not a valid diagnosis on a claim. */
  billable: boolean;
}

export const CATALOGUE_FILE = join('icd10cm', 'mental-health-and-sdoh.json');

/** The shipped list under the app's root folder (the project folder, or the installed app's). */
export function defaultCataloguePath(appRoot: string): string {
  return join(appRoot, 'resources', CATALOGUE_FILE);
}

/** Any ICD-10-CM code with its dot; which chapters are shipped is the data's business. */
const CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

const catalogueSchema = z.object({
  source: z.string().min(1),
  edition: z.string().min(1),
  generatedAt: z.string().min(1),
  codes: z
    .array(
      z.strictObject({
        code: z.string().regex(CODE),
        title: z.string().trim().min(1),
        billable: z.boolean(),
      }),
    )
    .min(1)
    .superRefine((codes, ctx) => {
      const seen = new Set<string>();
      for (const { code } of codes) {
        if (seen.has(code)) ctx.addIssue({ code: 'custom', message: `${code} appears twice` });
        seen.add(code);
      }
    }),
});

export class IcdCatalogueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IcdCatalogueError';
  }
}

/**
 * Canonical form of a code typed by a person: trimmed, upper case, dot after the third character.
 * "f32a", " F32.A " -> "F32.A"; null when it cannot be a code at all.
 */
export function normalizeCode(input: string): string | null {
  const compact = input.trim().toUpperCase().replace(/\./g, '');
  if (!/^[A-Z][0-9][0-9A-Z]{1,5}$/.test(compact)) return null;
  return compact.length > 3 ? `${compact.slice(0, 3)}.${compact.slice(3)}` : compact;
}

/**
 * Common abbreviations a case manager types. Each stands for words that must all start words of
 * the title, or for whole code categories when the titles never spell it out ("SUD"). Ambiguous
 * ones (BPD: borderline or bipolar? ASD: autism or acute stress?) are deliberately left out.
 */
const SYNONYMS: ReadonlyMap<string, { words?: readonly string[][]; codePrefixes?: readonly string[] }> =
  new Map([
    ['ptsd', { words: [['post', 'traumatic', 'stress']] }],
    ['ocd', { words: [['obsessive', 'compulsive']] }],
    ['adhd', { words: [['attention', 'deficit', 'hyperactivity']] }],
    ['gad', { words: [['generalized', 'anxiety']] }],
    ['mdd', { words: [['major', 'depressive']] }],
    ['pmdd', { words: [['premenstrual', 'dysphoric']] }],
    ['dmdd', { words: [['disruptive', 'mood', 'dysregulation']] }],
    ['arfid', { words: [['avoidant', 'restrictive', 'food']] }],
    // Substance use disorders: the titles say "abuse", "dependence" or "use", never "use disorder".
    ['sud', { codePrefixes: ['F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F17', 'F18', 'F19'] }],
    ['aud', { codePrefixes: ['F10'] }],
    ['oud', { codePrefixes: ['F11'] }],
    ['cud', { codePrefixes: ['F12'] }],
    ['etoh', { codePrefixes: ['F10'] }],
  ]);

const MAX_LIMIT = 200;
const MAX_QUERY_LENGTH = 200;
/** A typed code or code prefix: a letter and a digit, then code characters ("f3", "F32.A", "z59"). */
const CODE_TOKEN = /^[a-z][0-9][0-9a-z]?\.?[0-9a-z]{0,4}$/i;

interface Entry {
  readonly item: Readonly<IcdCode>;
  /** Code without the dot, for prefix matching: "F32A". */
  readonly compact: string;
  /** Lower-case title words in order, split at anything that is not a letter or digit. */
  readonly words: readonly string[];
  readonly order: number;
}

type Token = { kind: 'code'; value: string } | { kind: 'word'; value: string };

const titleWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  for (const piece of query.slice(0, MAX_QUERY_LENGTH).trim().split(/\s+/)) {
    if (!piece) continue;
    if (CODE_TOKEN.test(piece)) tokens.push({ kind: 'code', value: piece.toUpperCase().replace(/\./g, '') });
    else for (const word of titleWords(piece)) tokens.push({ kind: 'word', value: word });
  }
  return tokens;
}

export class IcdCatalogue {
  readonly source: string;
  readonly edition: string;
  private readonly entries: readonly Entry[];
  private readonly byCode = new Map<string, Entry>();
  /** Every distinct title word, sorted, with the entries that contain it: prefix lookups by binary search. */
  private readonly vocabulary: readonly string[];
  private readonly postings = new Map<string, number[]>();

  /** Checks `data` (parsed JSON) and indexes it; throws IcdCatalogueError when it is not a valid list. */
  constructor(data: unknown) {
    const parsed = catalogueSchema.safeParse(data);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
      throw new IcdCatalogueError(
        `The diagnosis code list is not valid${where}: ${first?.message ?? 'unknown problem'}.`,
      );
    }
    this.source = parsed.data.source;
    this.edition = parsed.data.edition;
    this.entries = parsed.data.codes.map((c, order) => {
      const entry: Entry = {
        item: Object.freeze({ code: c.code, title: c.title, billable: c.billable }),
        compact: c.code.replace('.', ''),
        words: titleWords(c.title),
        order,
      };
      this.byCode.set(c.code, entry);
      entry.words.forEach((word) => {
        const list = this.postings.get(word) ?? [];
        if (list[list.length - 1] !== order) list.push(order);
        this.postings.set(word, list);
      });
      return entry;
    });
    this.vocabulary = [...this.postings.keys()].sort();
  }

  get size(): number {
    return this.entries.length;
  }

  /** The entry for a code typed with or without the dot, in any case; null when Lantern does not know it. */
  getCode(code: string): IcdCode | null {
    if (typeof code !== 'string') return null;
    const canonical = normalizeCode(code);
    return (canonical && this.byCode.get(canonical)?.item) || null;
  }

  /**
   * Codes matching every part of the query: a code prefix ("f33", "F32.A") or words in any order,
   * each the start of a title word ("major depress recurrent"), or an abbreviation ("ptsd").
   * Order: the exact code first, then billable codes before headings, then titles where the words
   * come earlier, then code order.
   */
  searchCodes(query: string, limit = 20): IcdCode[] {
    const max = Math.min(Math.max(Math.trunc(Number.isFinite(limit) ? limit : 0), 0), MAX_LIMIT);
    if (typeof query !== 'string' || max === 0) return [];
    const tokens = tokenize(query);
    const [first, ...rest] = tokens;
    if (!first) return [];

    let candidates = this.matchToken(first);
    for (const token of rest) {
      if (candidates.size === 0) break;
      const matches = this.matchToken(token);
      candidates = new Set([...candidates].filter((i) => matches.has(i)));
    }
    const exact = rest.length === 0 && first.kind === 'code' ? first.value : null;
    return [...candidates]
      .map((i) => this.entries[i] as Entry)
      .map((entry) => ({ entry, rank: this.rank(entry, tokens, exact) }))
      .sort((a, b) => compareRanks(a.rank, b.rank) || a.entry.order - b.entry.order)
      .slice(0, max)
      .map(({ entry }) => entry.item);
  }

  private matchToken(token: Token): Set<number> {
    const found = new Set<number>();
    if (token.kind === 'code') {
      this.entries.forEach((e) => e.compact.startsWith(token.value) && found.add(e.order));
      return found;
    }
    this.wordPrefix(token.value).forEach((i) => found.add(i));
    const synonym = SYNONYMS.get(token.value);
    for (const phrase of synonym?.words ?? []) {
      const sets = phrase.map((word) => this.wordPrefix(word));
      const [first, ...rest] = sets;
      first?.forEach((i) => rest.every((s) => s.has(i)) && found.add(i));
    }
    for (const prefix of synonym?.codePrefixes ?? []) {
      this.entries.forEach((e) => e.compact.startsWith(prefix) && found.add(e.order));
    }
    return found;
  }

  /** Entries with a title word starting with `prefix`. */
  private wordPrefix(prefix: string): Set<number> {
    const found = new Set<number>();
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.vocabulary[mid] as string) < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.vocabulary.length && (this.vocabulary[i] as string).startsWith(prefix); i++) {
      this.postings.get(this.vocabulary[i] as string)?.forEach((order) => found.add(order));
    }
    return found;
  }

  /** [not exact, not billable, how far into the title the words matched]; smaller is better. */
  private rank(entry: Entry, tokens: Token[], exact: string | null): [number, number, number] {
    let position = 0;
    const at = (prefix: string) => entry.words.findIndex((word) => word.startsWith(prefix));
    for (const token of tokens) {
      if (token.kind === 'code') continue;
      let index = at(token.value);
      // Matched through an abbreviation: where its first word is, or the start for a code group.
      if (index === -1) {
        const starts = (SYNONYMS.get(token.value)?.words ?? [])
          .map((phrase) => at(phrase[0] as string))
          .filter((i) => i >= 0);
        index = starts.length > 0 ? Math.min(...starts) : 0;
      }
      position += index;
    }
    return [exact !== null && entry.compact === exact ? 0 : 1, entry.item.billable ? 0 : 1, position];
  }
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

const loaded = new Map<string, IcdCatalogue>();

/**
 * Reads, checks and indexes the code list once per path. `path` is the JSON file itself or a
 * resources folder holding icd10cm/mental-health-and-sdoh.json.
 */
export function loadIcdCatalogue(path: string): IcdCatalogue {
  let file = resolve(path);
  try {
    if (statSync(file).isDirectory()) file = join(file, CATALOGUE_FILE);
  } catch {
    // Reported below, with the path, when the read fails.
  }
  const cached = loaded.get(file);
  if (cached) return cached;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not valid JSON' : 'it cannot be read';
    throw new IcdCatalogueError(`The diagnosis code list ${file} cannot be used: ${reason}.`);
  }
  const catalogue = new IcdCatalogue(data);
  loaded.set(file, catalogue);
  return catalogue;
}
