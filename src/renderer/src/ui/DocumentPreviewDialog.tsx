import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useMemo, useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DocumentPreview, RegisteredDocument } from '../../../shared/contracts/documents';
import type { AppError } from '../../../shared/result';
import { toAppError, useLanternMutation } from '../lib/client';
import { CheckBox } from './CheckBox';
import { SyncedFolderWarning, useDocumentSave, type SaveTarget } from './DocumentSaveFlow';
import { ErrorAlert, StatusMessage } from './feedback';
import { PdfViewer } from './PdfViewer';
import { bytesOfBase64 } from './pdf/pdfjs';
import { printPdf } from './pdf/printPdf';

/**
 * What the dialog shows: a preview main holds (from `documents:preview`, or a filled template),
 * or the stored copy of a registered document (`documents:open`).
 */
export type PreviewSource =
  | { kind: 'preview'; preview: DocumentPreview }
  | { kind: 'stored'; document: RegisteredDocument; data: string };

const PDF = 'application/pdf';

/**
 * A document before it leaves Lantern — or a stored copy being looked at again — with Save as…,
 * Print and (for a preview) Keep in file and "Keep a copy in Lantern". Any feature may open it
 * from a `documents:preview` answer (the Documents tab, the discharge screen). The first save,
 * print or keep registers the preview as a document of the client; later ones are further issues
 * of it, and the copy choice is settled by the first.
 */
export function DocumentPreviewDialog(props: { source: PreviewSource | null; onClose: () => void }) {
  const { source, onClose } = props;
  return (
    <ModalOverlay
      className="modal-overlay"
      isOpen={source !== null}
      onOpenChange={(open) => (open ? undefined : onClose())}
      isDismissable={false}
    >
      <Modal className="modal modal-document">
        <Dialog className="dialog">
          {source ? <PreviewBody key={keyOf(source)} source={source} onClose={onClose} /> : null}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}

const keyOf = (source: PreviewSource) =>
  source.kind === 'preview' ? source.preview.previewId : source.document.id;

function PreviewBody({ source, onClose }: { source: PreviewSource; onClose: () => void }) {
  const { t } = useTranslation();
  const facts =
    source.kind === 'preview'
      ? { ...source.preview, part2: source.preview.part2Included, data: source.preview.data }
      : { ...source.document, part2: source.document.part2, data: source.data };
  const bytes = useMemo(() => bytesOfBase64(facts.data), [facts.data]);
  const [doc, setDoc] = useState<PDFDocumentProxy | null>(null);
  const [keepCopy, setKeepCopy] = useState(true);
  const [registered, setRegistered] = useState(source.kind === 'stored');
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const print = useLanternMutation('documents:print');
  const printCopy = useLanternMutation('documents:printCopy');
  const keep = useLanternMutation('documents:keep');
  const save = useDocumentSave(() => setRegistered(true));
  const target: SaveTarget =
    source.kind === 'preview'
      ? { previewId: source.preview.previewId, keepCopy }
      : { documentId: source.document.id };
  const isPdf = facts.mimeType === PDF;

  const onPrint = async () => {
    if (!doc) return;
    setError(null);
    setNotice(null);
    try {
      // Registered and audited first: what is printed is on record even if the printer fails.
      if ('documentId' in target) await printCopy.mutateAsync(target);
      else await print.mutateAsync(target);
      setRegistered(true);
      await printPdf(doc);
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };
  const onKeep = async () => {
    if (source.kind !== 'preview') return;
    setError(null);
    try {
      await keep.mutateAsync({ previewId: source.preview.previewId, keepCopy });
      setRegistered(true);
      setNotice(t('documents.preview.kept'));
    } catch (thrown) {
      setError(toAppError(thrown));
    }
  };

  return (
    <>
      <Heading slot="title" className="dialog-title">
        {source.kind === 'preview'
          ? t('documents.preview.title', { title: facts.title })
          : t('documents.preview.storedTitle', { title: facts.title })}
      </Heading>
      {facts.part2 ? <p className="notice">{t('documents.preview.part2')}</p> : null}
      {source.kind === 'preview' ? <p className="field-help">{t('documents.preview.disclosed')}</p> : null}
      {source.kind === 'preview'
        ? source.preview.withheld.map(({ kind, count }) => (
            <p key={kind} className="notice">
              {t('documents.preview.withheld', { count, kind: t(`documents.recordKind.${kind}`) })}
            </p>
          ))
        : null}
      {isPdf ? (
        <PdfViewer data={bytes} label={facts.title} onDocument={setDoc} />
      ) : (
        <p className="notice">{t('documents.preview.notPdf', { fileName: facts.fileName })}</p>
      )}
      {source.kind === 'preview' ? (
        <CheckBox
          isSelected={keepCopy}
          onChange={setKeepCopy}
          isDisabled={registered}
          description={t('documents.preview.keepCopyHelp')}
        >
          {t('documents.preview.keepCopy')}
        </CheckBox>
      ) : null}
      <p className="field-help">{t('documents.save.notEncrypted')}</p>
      <SyncedFolderWarning flow={save} />
      <StatusMessage>
        {save.savedTo ? t('documents.save.saved', { file: save.savedTo }) : notice}
      </StatusMessage>
      <ErrorAlert error={error ?? save.error} />
      <div className="dialog-actions">
        <Button className="button" onPress={onClose}>
          {t('common.close')}
        </Button>
        {source.kind === 'preview' ? (
          <Button className="button" isDisabled={keep.isPending} onPress={() => void onKeep()}>
            {t('documents.preview.keep')}
          </Button>
        ) : null}
        {isPdf ? (
          <Button
            className="button"
            isDisabled={!doc || print.isPending || printCopy.isPending}
            onPress={() => void onPrint()}
          >
            {t('documents.preview.print')}
          </Button>
        ) : null}
        <Button
          className="button button-primary"
          isDisabled={save.busy}
          onPress={() => void save.start(target)}
        >
          {t('documents.preview.saveAs')}
        </Button>
      </div>
    </>
  );
}
