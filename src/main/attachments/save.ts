import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import type { AttachmentType } from '../../shared/contracts/attachments';
import { localPathProblem } from '../../shared/domain/local-path';
import { fileProblemOf, logFileError } from '../backup/problems';
import type { SaveLocations } from '../dialogs/chosen-locations';
import { DomainError } from '../errors';
import { writeFileAtomically } from '../files/atomic-file';
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

const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  pdf: ['.pdf'],
  jpg: ['.jpg', '.jpeg'],
  png: ['.png'],
  heic: ['.heic'],
  docx: ['.docx'],
};

/** The file gets the extension of what it is (a name typed without one, or with another). */
export function withTypeExtension(path: string, type: AttachmentType): string {
  const known = EXTENSIONS[type];
  return known.includes(extname(basename(path)).toLowerCase()) ? path : `${path}${known[0]}`;
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
  const chosen = saveLocations.take('attachment', ctx.actor.id, ctx.now);
  if (!chosen || localPathProblem(chosen))
    throw new DomainError('wrong_state', 'Choose where to save the file first.', undefined, {
      messageKey: 'errors.export_choose_location',
    });
  const file = withTypeExtension(chosen, row.file_type);
  const folder = dirname(file);
  try {
    if (!statSync(folder).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    writeFileAtomically(file, storedChunks(ctx, row));
  } catch (error) {
    logFileError('attachment could not be saved', error);
    throw new DomainError(
      'wrong_state',
      'The file could not be saved there. Choose another place (a folder on this computer you can write to).',
      undefined,
      { messageKey: 'errors.export_write_failed', problem: fileProblemOf(error) },
    );
  }
  ctx.audit({
    action: 'attachment.downloaded',
    subject: clientId,
    details: { attachmentId: row.id, kind: row.kind, recordKind, file },
  });
  return { file, folder };
}
