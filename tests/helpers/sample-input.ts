import type { z } from 'zod';

/**
 * Builds an input a channel's zod schema accepts, by walking the schema: every optional field is
 * filled in (so every string the channel can take appears), arrays get one element, and each
 * string or number leaf gets the first candidate its own schema accepts. Cross-field rules a
 * walk cannot see are settled by `adjust` in the caller.
 */
const STRING_CANDIDATES = [
  'sample',
  '018f5e7a-0000-7000-8000-000000000001',
  '2001-02-03',
  '(555) 201-3344',
  'person@example.org',
  'F32.1',
  'client:new',
  'A reason long enough to be accepted',
  '/var/lib/lantern-sample',
  'C:\\Lantern Backups',
  // A time of day (a note's start and end).
  '10:30',
  // Base64 ("sample"): a piece of an attachment's upload.
  'c2FtcGxl',
];
const NUMBER_CANDIDATES = [1, 10, 0];

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

export function sampleFor(schema: z.ZodType): unknown {
  const node = schema as AnySchema;
  const def = node._zod.def;
  const inner = (key: string) => sampleFor(def[key] as z.ZodType);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, sampleFor(value)]));
    }
    case 'string':
      return firstAccepted(schema, STRING_CANDIDATES);
    case 'number':
      return firstAccepted(schema, NUMBER_CANDIDATES);
    case 'boolean':
      return false;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'array':
      return [inner('element')];
    case 'optional':
    case 'nonoptional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
      return inner('innerType');
    case 'pipe': {
      // A transform or refinement after the string (a local path) has rules of its own: the
      // sample must pass the whole pipe, not only its input side.
      const value = inner('in');
      if (typeof value !== 'string' || schema.safeParse(value).success) return value;
      return firstAccepted(schema, STRING_CANDIDATES);
    }
    case 'union': {
      // The last option is the interesting one (`'' | phone`, `'' | email`): it carries the rules.
      const options = def.options as z.ZodType[];
      for (const option of [...options].reverse()) {
        const value = sampleFor(option);
        if (schema.safeParse(value).success) return value;
      }
      return sampleFor(options[0] as z.ZodType);
    }
    case 'record':
      return { sample: inner('valueType') };
    case 'unknown':
    case 'any':
      return 'sample';
    default:
      throw new Error(`sampleFor: no sample for a zod ${def.type}; teach tests/helpers/sample-input.ts`);
  }
}

function firstAccepted(schema: z.ZodType, candidates: readonly unknown[]): unknown {
  return candidates.find((candidate) => schema.safeParse(candidate).success) ?? candidates[0];
}

/** Every path in `value` that holds a string, e.g. `['client', 'phones', 0, 'number']`. */
export function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

/** A deep copy of `value` with `replacement` at `path`. */
export function withValueAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withValueAt(copy[head], rest, replacement);
  return copy;
}
