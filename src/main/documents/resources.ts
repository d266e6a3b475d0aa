import type { ShippedInstruments } from '../measures/catalogue';
import type { ShippedNoteFormats } from '../note-formats/formats';

/**
 * What documents read besides the database: the shipped measures (names, score ranges, severity
 * bands) and note formats (section labels). The handler table hands them over once when it is
 * built (api/handlers.ts), so `renderBuiltInDocument(ctx, request)` keeps its two arguments for
 * the channels that call it.
 */
export interface DocumentResources {
  instruments: ShippedInstruments;
  noteFormats: ShippedNoteFormats;
}

let provided: DocumentResources | null = null;

export function provideDocumentResources(resources: DocumentResources): void {
  provided = resources;
}

export function documentResources(): DocumentResources {
  if (!provided) throw new Error('Document resources were not provided (api/handlers.ts does it).');
  return provided;
}
