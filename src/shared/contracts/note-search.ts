import { z } from 'zod';
import { channel } from './channel';
import { noteSearchHitSchema, noteSearchInputSchema } from './progress-notes';

/** Full-text search in progress notes (FTS5 inside the encrypted database), under the access policy. */
export const noteSearchContract = {
  'notes:search': channel({
    input: noteSearchInputSchema,
    output: z.object({ hits: z.array(noteSearchHitSchema), more: z.boolean() }),
    access: 'clients:read_caseload',
  }),
};
