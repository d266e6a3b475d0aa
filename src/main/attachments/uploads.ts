import type { AttachmentKind } from '../../shared/contracts/attachments';
import { ATTACHMENT_CHUNK_BYTES } from '../../shared/contracts/attachments';
import { DomainError, wrongState } from '../errors';
import { newId } from '../ids';

/**
 * Uploads in progress, held by the core in memory and nowhere else: nothing of a file touches the
 * disk or the database until `finish` has checked it and writes it in one transaction. So a
 * cancelled, abandoned or interrupted upload (a crash, the power going) leaves nothing behind.
 *
 * An upload belongs to the account that began it, and to that session: locking or signing out
 * drops every upload (`clear`), as does the clock (`EXPIRES_AFTER_MS` after its last piece). An
 * account has at most `OPEN_PER_ACCOUNT` at once, so the memory held is bounded by the limit.
 */
const EXPIRES_AFTER_MS = 15 * 60_000;
const OPEN_PER_ACCOUNT = 3;

export interface UploadDetails {
  clientId: string;
  fileName: string;
  title: string;
  kind: AttachmentKind;
  documentDate: string;
  link: { kind: 'note' | 'care_plan'; id: string } | null;
}

export interface Upload {
  id: string;
  accountId: string;
  details: UploadDetails;
  declaredBytes: number;
  /** The clinic's limit when the upload began. */
  limitBytes: number;
  chunks: Buffer[];
  receivedBytes: number;
  touchedAt: number;
}

export const uploadNotFound = () =>
  new DomainError(
    'not_found',
    'That upload was not found. It may have expired: add the file again.',
    undefined,
    {
      messageKey: 'errors.attachment_upload_not_found',
    },
  );

export class PendingUploads {
  private readonly uploads = new Map<string, Upload>();

  begin(
    accountId: string,
    details: UploadDetails,
    declaredBytes: number,
    limitBytes: number,
    now: Date,
  ): Upload {
    this.sweep(now);
    const open = [...this.uploads.values()].filter((u) => u.accountId === accountId).length;
    if (open >= OPEN_PER_ACCOUNT)
      throw wrongState(
        'errors.attachment_too_many_uploads',
        'Finish or cancel the files being added first.',
        {
          count: OPEN_PER_ACCOUNT,
        },
      );
    const upload: Upload = {
      id: newId(),
      accountId,
      details,
      declaredBytes,
      limitBytes,
      chunks: [],
      receivedBytes: 0,
      touchedAt: now.getTime(),
    };
    this.uploads.set(upload.id, upload);
    return upload;
  }

  /** The upload, if it is this account's and still open. Someone else's does not exist for them. */
  get(uploadId: string, accountId: string, now: Date): Upload {
    this.sweep(now);
    const upload = this.uploads.get(uploadId);
    if (!upload || upload.accountId !== accountId) throw uploadNotFound();
    return upload;
  }

  /**
   * Adds the next piece. Pieces come in order and every piece but the last is a whole chunk, so
   * the stored chunks are the pieces as sent; the total never passes the size declared.
   */
  addChunk(upload: Upload, index: number, data: Buffer, now: Date): number {
    const outOfOrder = index !== upload.chunks.length;
    const afterShortPiece = upload.chunks.some((c) => c.length !== ATTACHMENT_CHUNK_BYTES);
    if (outOfOrder || afterShortPiece || data.length === 0 || data.length > ATTACHMENT_CHUNK_BYTES)
      throw new DomainError(
        'invalid_input',
        'The pieces of the file arrived out of order. Add the file again.',
        {
          index: 'validation.invalid',
        },
        { messageKey: 'errors.attachment_upload_out_of_order' },
      );
    if (upload.receivedBytes + data.length > upload.declaredBytes) {
      this.drop(upload.id);
      throw new DomainError('invalid_input', 'The file is larger than it said it was.', undefined, {
        messageKey: 'errors.attachment_size_mismatch',
      });
    }
    upload.chunks.push(data);
    upload.receivedBytes += data.length;
    upload.touchedAt = now.getTime();
    return upload.receivedBytes;
  }

  drop(uploadId: string): void {
    this.uploads.delete(uploadId);
  }

  /** On lock and sign-out: every upload in progress goes. */
  clear(): void {
    this.uploads.clear();
  }

  get size(): number {
    return this.uploads.size;
  }

  private sweep(now: Date): void {
    for (const [id, upload] of this.uploads)
      if (now.getTime() - upload.touchedAt > EXPIRES_AFTER_MS) this.uploads.delete(id);
  }
}
