import type { DocumentPreviews } from '../documents/previews';
import type { ShippedInstruments } from '../measures/catalogue';
import type { HandlerSlice } from '../request/handler';
import { fillTemplate } from './fill';
import {
  addExampleTemplate,
  addTemplate,
  archiveDocumentTemplate,
  inspectUpload,
  listTemplates,
  templateFields,
} from './service';

type DocumentTemplateChannel =
  | 'documentTemplates:list'
  | 'documentTemplates:fields'
  | 'documentTemplates:inspect'
  | 'documentTemplates:add'
  | 'documentTemplates:addExample'
  | 'documentTemplates:archive'
  | 'documentTemplates:fill';

/**
 * `previews`: where a filled template is held until it is saved, printed or kept (the Documents
 * channels take its previewId); `examplesDir`: resources/templates, the shipped examples.
 */
export const documentTemplateHandlers = (
  previews: DocumentPreviews,
  instruments: ShippedInstruments,
  examplesDir: string,
): HandlerSlice<DocumentTemplateChannel> => ({
  'documentTemplates:list': (input, ctx) => listTemplates(ctx, input),
  'documentTemplates:fields': () => templateFields(),
  'documentTemplates:inspect': (input, ctx) => inspectUpload(ctx, input),
  'documentTemplates:add': (input, ctx) => addTemplate(ctx, input),
  'documentTemplates:addExample': (input, ctx) => addExampleTemplate(ctx, examplesDir, input),
  'documentTemplates:archive': (input, ctx) => archiveDocumentTemplate(ctx, input),
  'documentTemplates:fill': (input, ctx) => fillTemplate(ctx, previews, instruments, input),
});
