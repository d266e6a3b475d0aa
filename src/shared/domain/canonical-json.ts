/**
 * Lantern canonical JSON, form 1 ("lantern-jcs-nfc/1"): the exact bytes a signature's SHA-256
 * covers, and what an auditor recomputes. It is RFC 8785 (JSON Canonicalization Scheme) applied
 * after every string — keys and values — is put in Unicode Normalization Form C:
 *
 * - no whitespace between tokens;
 * - object members sorted by key, comparing UTF-16 code units (plain JavaScript `<` on strings);
 *   two keys that become equal under NFC are refused; members whose value is `undefined` are left
 *   out (as JSON.stringify does); array order is kept;
 * - strings NFC-normalised, then escaped as JSON.stringify does: `\"`, `\\`, `\b`, `\f`, `\n`,
 *   `\r`, `\t`, other characters below U+0020 as `\u00xx` (lower-case hex), everything else as
 *   itself (UTF-8 when stored); strings with a lone surrogate are refused;
 * - numbers as ECMAScript's Number.prototype.toString (what JSON.stringify writes: `1`, `2.5`,
 *   `1e+21`, `1e-7`, and `-0` as `0`); NaN and ±Infinity are refused;
 * - `true`, `false`, `null`. Anything else (undefined in an array, Date, Map, class instances,
 *   bigint, functions) is refused: content must be plain JSON data.
 *
 * Pure (no Node, no DOM) so the same serialisation serves main, the renderer (diffs of versions),
 * and any tool an auditor writes. Never change this function's output for any input: signed
 * records are verified against it for as long as they exist. A different form would need a new
 * name stored beside the new rows.
 */
export const CANONICAL_FORM = 'lantern-jcs-nfc/1';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Thrown for a value that has no canonical form (see the rules above). */
export class NotCanonicalisableError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path || 'The value'}: ${reason}`);
    this.name = 'NotCanonicalisableError';
  }
}

/** Deep enough for any form; a guard against runaway structures, not a content rule. */
const MAX_DEPTH = 64;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function canonicalString(value: string, path: string): string {
  if (LONE_SURROGATE.test(value)) throw new NotCanonicalisableError(path, 'a string has a lone surrogate');
  return JSON.stringify(value.normalize('NFC'));
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function write(value: unknown, path: string, depth: number): string {
  if (depth > MAX_DEPTH) throw new NotCanonicalisableError(path, 'nested too deeply');
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new NotCanonicalisableError(path, 'not a finite number');
      return JSON.stringify(value);
    case 'string':
      return canonicalString(value, path);
    case 'object':
      break;
    default:
      throw new NotCanonicalisableError(path, `a ${typeof value} is not JSON`);
  }
  if (Array.isArray(value)) {
    const items = value.map((item, index) => {
      if (item === undefined) throw new NotCanonicalisableError(`${path}[${index}]`, 'undefined in an array');
      return write(item, `${path}[${index}]`, depth + 1);
    });
    return `[${items.join(',')}]`;
  }
  if (!isPlainObject(value)) throw new NotCanonicalisableError(path, 'only plain objects are JSON');
  const members = new Map<string, unknown>();
  for (const [rawKey, member] of Object.entries(value)) {
    if (member === undefined) continue;
    const key = rawKey.normalize('NFC');
    if (members.has(key)) throw new NotCanonicalisableError(path, `two keys read "${key}" once normalised`);
    members.set(key, member);
  }
  const keys = [...members.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const written = keys.map((key) => {
    const memberPath = path ? `${path}.${key}` : key;
    return `${canonicalString(key, memberPath)}:${write(members.get(key), memberPath, depth + 1)}`;
  });
  return `{${written.join(',')}}`;
}

/** The canonical text of a JSON value (form {@link CANONICAL_FORM}). */
export function canonicalJson(value: unknown): string {
  return write(value, '', 0);
}
