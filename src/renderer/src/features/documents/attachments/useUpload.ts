import { useState } from 'react';
import type { Attachment, AttachmentDetailsInput } from '../../../../../shared/contracts/attachments';
import { call, useLanternMutation } from '../../../lib/client';
import { pieceAsBase64 } from './fileCheck';

export interface UploadProgress {
  name: string;
  sentBytes: number;
  totalBytes: number;
}

/**
 * Sends a file in pieces (`File.slice`, one chunk each, as base64), so the screen never holds
 * more than a piece of it, then asks main to check and store it. If anything fails on the way
 * the upload is cancelled, so nothing stays half-sent.
 */
export function useUpload(clientId: string) {
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const finish = useLanternMutation('attachments:finish');

  const upload = async (file: File, details: AttachmentDetailsInput): Promise<Attachment> => {
    setProgress({ name: file.name, sentBytes: 0, totalBytes: file.size });
    const begun = await call('attachments:begin', {
      clientId,
      fileName: file.name,
      sizeBytes: file.size,
      details,
    }).catch((error: unknown) => {
      setProgress(null);
      throw error;
    });
    try {
      for (let index = 0; index < begun.chunkCount; index++) {
        const start = index * begun.chunkBytes;
        const data = await pieceAsBase64(file.slice(start, start + begun.chunkBytes));
        const { receivedBytes } = await call('attachments:chunk', { uploadId: begun.uploadId, index, data });
        setProgress({ name: file.name, sentBytes: receivedBytes, totalBytes: file.size });
      }
    } catch (error) {
      setProgress(null);
      await call('attachments:cancel', { uploadId: begun.uploadId }).catch(() => null);
      throw error;
    }
    try {
      // Main ends the upload whatever it decides: nothing to cancel after this.
      return await finish.mutateAsync({ uploadId: begun.uploadId });
    } finally {
      setProgress(null);
    }
  };

  return { upload, progress };
}
