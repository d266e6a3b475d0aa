import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../../shared/contracts/attachments';
import type { AppError } from '../../../../../shared/result';
import { call, toAppError } from '../../../lib/client';
import { ErrorAlert } from '../../../ui/feedback';
import { ModalDialog } from '../../../ui/ModalDialog';
import { PdfViewer } from '../../../ui/PdfViewer';

type Loaded =
  | { kind: 'loading'; done: number; total: number }
  | { kind: 'ready'; bytes: Uint8Array }
  | { kind: 'failed'; error: AppError };

const decode = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Opens the attachment (audited once by main), then reads its chunks into memory: no file on disk. */
function useAttachmentBytes(attachment: Attachment): Loaded {
  const [state, setState] = useState<Loaded>({ kind: 'loading', done: 0, total: attachment.chunkCount });
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        await call('attachments:open', { attachmentId: attachment.id });
        const bytes = new Uint8Array(attachment.sizeBytes);
        let at = 0;
        for (let index = 0; index < attachment.chunkCount && !cancelled; index++) {
          const chunk = decode((await call('attachments:read', { attachmentId: attachment.id, index })).data);
          bytes.set(chunk, at);
          at += chunk.length;
          if (!cancelled) setState({ kind: 'loading', done: index + 1, total: attachment.chunkCount });
        }
        if (!cancelled) setState({ kind: 'ready', bytes });
      } catch (thrown) {
        if (!cancelled) setState({ kind: 'failed', error: toAppError(thrown) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [attachment.id, attachment.chunkCount, attachment.sizeBytes]);
  return state;
}

/** An image from bytes in memory, through a blob: URL that is let go when the viewer closes. */
function ImageView({ bytes, attachment }: { bytes: Uint8Array; attachment: Attachment }) {
  const { t } = useTranslation();
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes as BlobPart], { type: attachment.mimeType }));
    if (image.current) image.current.src = made;
    return () => URL.revokeObjectURL(made);
  }, [bytes, attachment.mimeType]);
  return (
    <img
      ref={image}
      className="attachment-image"
      alt={t('attachments.viewer.imageAlt', {
        title: attachment.title,
        kind: t(`attachments.kind.${attachment.kind}`),
      })}
    />
  );
}

function Body({ attachment, onSave }: { attachment: Attachment; onSave: () => void }) {
  const { t } = useTranslation();
  const viewable = attachment.type === 'pdf' || attachment.type === 'jpg' || attachment.type === 'png';
  if (!viewable)
    return (
      <div className="stack">
        <p>{t('attachments.viewer.cannotShow', { type: t(`attachments.type.${attachment.type}`) })}</p>
        {attachment.can.save ? (
          <Button className="button button-primary" onPress={onSave}>
            {t('attachments.saveAs')}
          </Button>
        ) : null}
      </div>
    );
  return <Loader attachment={attachment} />;
}

function Loader({ attachment }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const state = useAttachmentBytes(attachment);
  if (state.kind === 'failed') return <ErrorAlert error={state.error} />;
  if (state.kind === 'loading')
    return (
      <div className="attachment-progress">
        <progress
          aria-label={t('attachments.viewer.loadingLabel', { title: attachment.title })}
          value={state.done}
          max={state.total}
        />
        <span aria-hidden="true">
          {t('attachments.viewer.loading', { done: state.done, total: state.total })}
        </span>
      </div>
    );
  return attachment.type === 'pdf' ? (
    <PdfViewer data={state.bytes} label={attachment.title} />
  ) : (
    <ImageView bytes={state.bytes} attachment={attachment} />
  );
}

/**
 * An attachment shown inside Lantern: a PDF in the PDF viewer, an image as an image. Word files
 * and HEIC photos (which the browser engine cannot draw) offer Save as instead. Opening it is
 * audited; the bytes stay in memory and go when the dialog closes.
 */
export function AttachmentViewer(props: {
  attachment: Attachment | null;
  onClose(): void;
  onSave(a: Attachment): void;
}) {
  const { t } = useTranslation();
  const { attachment } = props;
  return (
    <ModalDialog
      isOpen={attachment !== null}
      onOpenChange={(open) => (open ? undefined : props.onClose())}
      title={attachment?.title ?? ''}
    >
      {(close) =>
        attachment ? (
          <div className="stack attachment-viewer">
            <Body key={attachment.id} attachment={attachment} onSave={() => props.onSave(attachment)} />
            <div className="dialog-actions">
              <Button className="button" onPress={close}>
                {t('attachments.viewer.close')}
              </Button>
            </div>
          </div>
        ) : null
      }
    </ModalDialog>
  );
}
