import type { HandlerSlice } from '../request/handler';
import type { ShippedNoteFormats } from './formats';
import { getNoteSettings, saveNoteSettings } from './settings-service';

/** `formats`: the shipped note formats, which the clinic's default format is checked against. */
export const noteSettingsHandlers = (
  formats: ShippedNoteFormats,
): HandlerSlice<'notes:settings' | 'notes:saveSettings'> => ({
  'notes:settings': (_input, ctx) => getNoteSettings(ctx),
  'notes:saveSettings': (input, ctx) => saveNoteSettings(ctx, formats, input),
});
