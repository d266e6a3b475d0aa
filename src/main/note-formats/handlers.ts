import type { HandlerSlice } from '../request/handler';
import { addNoteFormat, listNoteFormats } from './administration';
import type { ShippedNoteFormats } from './formats';
import { deletePhrase, listPhrases, savePhrase } from './phrases';

type NoteFormatChannel =
  'notes:formats' | 'notes:addFormat' | 'notes:phrases' | 'notes:savePhrase' | 'notes:deletePhrase';

/** The shipped format files are read on first use (`formats()`), not when Lantern starts. */
export const noteFormatHandlers = (formats: ShippedNoteFormats): HandlerSlice<NoteFormatChannel> => ({
  'notes:formats': (_input, ctx) => listNoteFormats(ctx, formats),
  'notes:addFormat': (input, ctx) => addNoteFormat(ctx, formats, input.text),
  'notes:phrases': (_input, ctx) => listPhrases(ctx),
  'notes:savePhrase': (input, ctx) => savePhrase(ctx, input),
  'notes:deletePhrase': (input, ctx) => deletePhrase(ctx, input.id),
});
