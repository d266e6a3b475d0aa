import type { SaveLocations } from '../dialogs/chosen-locations';
import type { HandlerSlice } from '../request/handler';
import { removeAttachment } from './remove';
import { saveAttachment } from './save';
import { readAttachmentSettings, saveAttachmentSettings } from './settings';
import { beginUpload, cancelUpload, finishUpload, uploadChunk } from './upload';
import type { PendingUploads } from './uploads';
import type { OpenedAttachments } from './view';
import { listAttachments, openAttachment, readAttachmentChunk } from './view';

type AttachmentChannel =
  | 'attachments:list'
  | 'attachments:begin'
  | 'attachments:chunk'
  | 'attachments:finish'
  | 'attachments:cancel'
  | 'attachments:open'
  | 'attachments:read'
  | 'attachments:save'
  | 'attachments:remove'
  | 'attachments:settings'
  | 'attachments:saveSettings';

/**
 * `session`: what the core holds for the signed-in person between calls — uploads in progress
 * and the attachments they opened — dropped on lock and sign-out (see createHandlers).
 */
export interface AttachmentSession {
  uploads: PendingUploads;
  opened: OpenedAttachments;
}

export const attachmentHandlers = (
  session: AttachmentSession,
  saveLocations: SaveLocations,
): HandlerSlice<AttachmentChannel> => ({
  'attachments:list': (input, ctx) => listAttachments(ctx, input),
  'attachments:begin': (input, ctx) => beginUpload(ctx, session.uploads, input),
  'attachments:chunk': (input, ctx) => uploadChunk(ctx, session.uploads, input),
  'attachments:finish': (input, ctx) => finishUpload(ctx, session.uploads, input),
  'attachments:cancel': (input, ctx) => cancelUpload(ctx, session.uploads, input),
  'attachments:open': (input, ctx) => openAttachment(ctx, session.opened, input),
  'attachments:read': (input, ctx) => readAttachmentChunk(ctx, session.opened, input),
  'attachments:save': (input, ctx) => saveAttachment(ctx, saveLocations, input),
  'attachments:remove': (input, ctx) => removeAttachment(ctx, input),
  'attachments:settings': (_input, ctx) => readAttachmentSettings(ctx.db),
  'attachments:saveSettings': (input, ctx) => saveAttachmentSettings(ctx, input),
});

export { PendingUploads } from './uploads';
export { OpenedAttachments } from './view';
export { attachmentSaveTarget } from './save';
