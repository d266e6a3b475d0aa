/** A client's change history as the History tab reads it. */
import { z } from 'zod';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
const jsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValueSchema),
    z.record(z.string(), jsonValueSchema),
  ]),
);

/**
 * A history entry written before values were stored as values (before migration 9) whose display
 * string could not be read back ("12 Main St, Springfield": which part is which?). Kept verbatim.
 */
export const legacyTextSchema = z.strictObject({ legacyText: z.string() });
export type LegacyText = z.infer<typeof legacyTextSchema>;
export const isLegacyText = (value: unknown): value is LegacyText =>
  legacyTextSchema.safeParse(value).success;

/** A field's value as it was: a code, a date, text, a list, a yes/no — or legacy text. */
export const historyValueSchema = z.union([legacyTextSchema, jsonValueSchema]);
export type HistoryValue = z.infer<typeof historyValueSchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorName: z.string().nullable(),
  entity: z.enum(['client', 'contact', 'diagnosis', 'merge']),
  entityLabel: z.string(),
  field: z.string(),
  /** null: the field had no value (or the entry records a creation). */
  from: historyValueSchema.nullable(),
  to: historyValueSchema.nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
