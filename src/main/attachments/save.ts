import { basename } from 'node:path';
import { createHash } from 'node:crypto';
import type { AttachmentType } from '../../shared/contracts/attachments';
import type { SaveLocations } from '../dialogs/chosen-locations';
import type { SaveTarget } from '../dialogs/handlers';
import { writeToChosenLocation } from '../dialogs/write-chosen';
import type { RequestContext } from '../request/context';
import { permittedAttachment } from './access';
import type { AttachmentRow } from './repository';
import { readChunk } from './repository';

/**
 * Save as: the attachment's bytes, decrypted, written where the person chose in the save dialog
 * (`files:chooseSaveLocation`, purpose `attachment`) and nowhere else — main keeps that path, the
 * renderer never sends one. The chunks go from the database to the file one at a time, checked
 * against the SHA-256 recorded when the file was added: a mismatch leaves no file behind.
 * The saved copy is NOT encrypted; the screen says so, and warns for a synced folder.
 */

const EXTENSIONS: Record<AttachmentType, { extension: string; filter: string }> = {
  pdf: { extension: 'pdf', filter: 'PDF' },
  jpg: { extension: 'jpg', filter: 'JPEG image' },
  png: { extension: 'png', filter: 'PNG image' },
  heic: { extension: 'heic', filter: 'HEIC photo' },
  docx: { extension: 'docx', filter: 'Word document' },
};

const saveKey = (attachmentId: string) => `attachment:${attachmentId}`;

/**
 * What the save dialog offers for one attachment (asked by `files:chooseSaveLocation`): a name
 * with the extension of what its bytes are, never the client's name or the title (file names
 * show up in sync clients and recent-file lists); the location is kept for this attachment only.
 * The dialog opens only for what this viewer may save.
 */
export function attachmentSaveTarget(ctx: RequestContext, ref: { attachmentId: string }): SaveTarget {
  const { row } = permittedAttachment(ctx, ref.attachmentId, 'export');
  const type = EXTENSIONS[row.file_type];
  return {
    key: saveKey(row.id),
    suggestedName: `Lantern-attachment-${row.document_date}.${type.extension}`,
    filters: [{ name: type.filter, extensions: [type.extension] }],
    extension: `.${type.extension}`,
  };
}

/** The stored chunks in order, each read when the writer asks for it; throws if they do not add up. */
function* storedChunks(ctx: RequestContext, row: AttachmentRow): Generator<Buffer> {
  const hash = createHash('sha256');
  for (let index = 0; index < row.chunk_count; index++) {
    const chunk = readChunk(ctx.db, row.id, index);
    if (!chunk) throw new Error(`attachment ${row.id} is missing chunk ${index}`);
    hash.update(chunk);
    yield chunk;
  }
  if (hash.digest('hex') !== row.sha256) throw new Error(`attachment ${row.id} does not match its SHA-256`);
}

export function saveAttachment(
  ctx: RequestContext,
  saveLocations: SaveLocations,
  input: { attachmentId: string },
): { file: string; folder: string } {
  const { row, clientId, recordKind } = permittedAttachment(ctx, input.attachmentId, 'export');
  // The audit entry and the plaintext copy stand or fall together: the entry is written first in
  // the transaction, and a write that fails rolls it back (the target stays as it was).
  return ctx.db.transaction(() => {
    const saved = writeToChosenLocation(ctx, saveLocations, saveKey(row.id), storedChunks(ctx, row));
    ctx.audit({
      action: 'attachment.downloaded',
      subject: clientId,
      // The file's name only: a folder the person typed can name the client.
      details: { attachmentId: row.id, kind: row.kind, recordKind, file: basename(saved.file) },
    });
    return saved;
  })();
}
