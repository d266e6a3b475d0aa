import { z } from 'zod';
import { progressNoteDraftSchema } from '../../shared/contracts/progress-notes';
import { defineRecordKind } from '../records';

/**
 * The progress note as a signed record (docs/signed-records.md). Drafts and signed versions share
 * one shape: what makes a note complete enough to sign (its format's required sections, the
 * contact's times, goals on the current plan) depends on the clinic's formats and the client's
 * plan, so the service checks it before the primitive freezes the content. Addenda are plain
 * text. A supervisor's co-signature may carry a short comment.
 */
export const progressNoteKind = defineRecordKind({
  kind: 'progress_note',
  schemaVersion: 1,
  content: progressNoteDraftSchema,
  draft: progressNoteDraftSchema,
  signatureDetails: z.strictObject({ comment: z.string().trim().max(1000).optional() }),
});
