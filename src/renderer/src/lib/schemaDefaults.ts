import type { z } from 'zod';

/**
 * A blank form for an object schema, read from the schema itself so no field is listed twice:
 * each field takes its default (`.default()`/`.prefault()`; anything that accepts nothing),
 * and a field without one is text the person must type, so it starts empty. Cloned, so no two
 * forms share one default list.
 */
export function schemaDefaults<S extends z.ZodObject>(schema: S): z.input<S> {
  const values = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const parsed = (field as z.ZodType).safeParse(undefined);
      return [key, parsed.success ? parsed.data : ''];
    }),
  );
  return structuredClone(values) as z.input<S>;
}
