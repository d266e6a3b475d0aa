import type { ShippedNoteFormats } from '../note-formats/formats';
import type { HandlerSlice } from '../request/handler';
import { cosignNote, returnNote } from './cosign';
import { awaitingCosign, listNotes, myDrafts, returnedToMe } from './queues';
import { addNoteAddendum, markNoteEnteredInError, signNote } from './signing';
import { discardNoteDraft, getNote, saveNoteDraft, startNote } from './write';

type ProgressNoteChannel =
  | 'notes:list'
  | 'notes:get'
  | 'notes:start'
  | 'notes:saveDraft'
  | 'notes:discardDraft'
  | 'notes:sign'
  | 'notes:addAddendum'
  | 'notes:markEnteredInError'
  | 'notes:cosign'
  | 'notes:return'
  | 'notes:myDrafts'
  | 'notes:returnedToMe'
  | 'notes:awaitingCosign';

/** `formats`: the shipped note formats, which a note's sections are checked against at signing. */
export const progressNoteHandlers = (formats: ShippedNoteFormats): HandlerSlice<ProgressNoteChannel> => ({
  'notes:list': (input, ctx) => listNotes(ctx, input),
  'notes:get': (input, ctx) => getNote(ctx, input),
  'notes:start': (input, ctx) => startNote(ctx, formats, input),
  'notes:saveDraft': (input, ctx) => saveNoteDraft(ctx, input),
  'notes:discardDraft': (input, ctx) => discardNoteDraft(ctx, input),
  'notes:sign': (input, ctx) => signNote(ctx, formats, input),
  'notes:addAddendum': (input, ctx) => addNoteAddendum(ctx, input),
  'notes:markEnteredInError': (input, ctx) => markNoteEnteredInError(ctx, input),
  'notes:cosign': (input, ctx) => cosignNote(ctx, input),
  'notes:return': (input, ctx) => returnNote(ctx, input),
  'notes:myDrafts': (_input, ctx) => myDrafts(ctx),
  'notes:returnedToMe': (_input, ctx) => returnedToMe(ctx),
  'notes:awaitingCosign': (_input, ctx) => awaitingCosign(ctx),
});
