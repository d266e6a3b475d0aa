import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { RegisteredDocument } from '../../../../shared/contracts/documents';
import type { AppError } from '../../../../shared/result';
import { call, toAppError, useLanternMutation, useLanternQuery } from '../../lib/client';
import { errorMessage } from '../../lib/errors';
import { formatDateTime } from '../../lib/i18n';
import type { PreviewSource } from '../../ui/DocumentPreviewDialog';
import { SyncedFolderWarning, useDocumentSave } from '../../ui/DocumentSaveFlow';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../ui/feedback';
import { openPdf, bytesOfBase64 } from '../../ui/pdf/pdfjs';
import { printPdf } from '../../ui/pdf/printPdf';
import { useDocumentLabels } from './labels';

/**
 * The documents made for this client, newest first: what each is, who made it when, for whom,
 * in which language, whether Lantern kept a copy and each time it was given out. A kept copy
 * can be opened, saved again or printed again (each audited, each another issue).
 */
export function DocumentList(props: { clientId: string; onOpen: (source: PreviewSource) => void }) {
  const { t } = useTranslation();
  const list = useLanternQuery('documents:list', { clientId: props.clientId });
  const save = useDocumentSave();
  const print = useLanternMutation('documents:printCopy');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const labels = useDocumentLabels();

  const open = async (document: RegisteredDocument) => {
    setError(null);
    setBusy(document.id);
    try {
      const stored = await call('documents:open', { documentId: document.id });
      props.onOpen({ kind: 'stored', document: stored.document, data: stored.data });
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(null);
    }
  };

  const printAgain = async (document: RegisteredDocument) => {
    setError(null);
    setBusy(document.id);
    try {
      const stored = await call('documents:open', { documentId: document.id });
      const pdf = await openPdf(bytesOfBase64(stored.data));
      try {
        await print.mutateAsync({ documentId: document.id });
        await printPdf(pdf.doc);
      } finally {
        await pdf.destroy();
      }
    } catch (thrown) {
      setError(toAppError(thrown));
    } finally {
      setBusy(null);
    }
  };

  if (list.isPending) return <LoadingMessage />;
  if (list.isError)
    return (
      <ErrorAlert>
        {t('documents.list.loadFailed')} {errorMessage(t, list.error.error)}
      </ErrorAlert>
    );
  return (
    <section className="stack" aria-labelledby="documents-list-heading">
      <h3 id="documents-list-heading">{t('documents.list.heading')}</h3>
      {list.data.length === 0 ? (
        <p>{t('documents.list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('documents.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('documents.list.document')}</th>
                <th scope="col">{t('documents.list.kind')}</th>
                <th scope="col">{t('documents.list.madeBy')}</th>
                <th scope="col">{t('documents.list.when')}</th>
                <th scope="col">{t('documents.list.language')}</th>
                <th scope="col">{t('documents.list.recipient')}</th>
                <th scope="col">{t('documents.list.issued')}</th>
                <th scope="col">{t('documents.list.copy')}</th>
                <th scope="col">{t('documents.list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    {document.title}
                    {document.part2 ? <span className="badge">{t('documents.list.part2')}</span> : null}
                  </th>
                  <td>{labels.kind(document)}</td>
                  <td>
                    {document.createdBy.name} ({t(`roles.${document.createdBy.role}`)})
                  </td>
                  <td>{formatDateTime(document.createdAt)}</td>
                  <td>{t(`documents.language.${document.language}`)}</td>
                  <td>{t(`documents.recipient.${document.recipient}`)}</td>
                  <td>{labels.issues(document)}</td>
                  <td>
                    {document.hasStoredCopy ? t('documents.list.copyKept') : t('documents.list.noCopy')}
                  </td>
                  <td>
                    {document.hasStoredCopy ? (
                      <div className="documents-row-actions">
                        <Button
                          className="button button-small"
                          aria-label={t('documents.list.openNamed', { title: document.title })}
                          isDisabled={busy === document.id}
                          onPress={() => void open(document)}
                        >
                          {t('documents.list.open')}
                        </Button>
                        <Button
                          className="button button-small"
                          aria-label={t('documents.list.saveNamed', { title: document.title })}
                          isDisabled={save.busy}
                          onPress={() => void save.start({ documentId: document.id })}
                        >
                          {t('documents.preview.saveAs')}
                        </Button>
                        {document.mimeType === 'application/pdf' ? (
                          <Button
                            className="button button-small"
                            aria-label={t('documents.list.printNamed', { title: document.title })}
                            isDisabled={busy === document.id}
                            onPress={() => void printAgain(document)}
                          >
                            {t('documents.preview.print')}
                          </Button>
                        ) : null}
                      </div>
                    ) : (
                      t('documents.list.noActions')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <SyncedFolderWarning flow={save} />
      <StatusMessage>{save.savedTo ? t('documents.save.saved', { file: save.savedTo }) : null}</StatusMessage>
      <ErrorAlert error={error ?? save.error} />
    </section>
  );
}
