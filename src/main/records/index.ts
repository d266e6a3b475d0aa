/**
 * The signed-record primitive (docs/signed-records.md). A feature declares its kind with
 * `defineRecordKind` and calls these; it never writes SQL for versions, signatures or addenda.
 */
export type { AnyRecordKind, RecordActor, RecordContext, RecordKind } from './definition';
export { defineRecordKind, plainAddendumSchema } from './definition';
export type { AddendumView, RecordView, SignatureView, StatusEventView, VersionView } from './read-model';
export type { SignInput } from './signing';
export type { RecordProblem } from './rules';
export type { RecordIntegrityProblem, RecordVerification } from './verify';
export {
  createDraft,
  discardDraft,
  markEnteredInError,
  readRecord,
  recordIdsOf,
  saveDraft,
  sign,
  supersede,
} from './service';
export { addAddendum, discardAddendumDraft, saveAddendumDraft, signAddendum } from './addenda';
export { checkSignedRecords, verifyRecords } from './verify';
