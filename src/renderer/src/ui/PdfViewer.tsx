import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, LoadingMessage } from './feedback';
import { PdfPage } from './pdf/PdfPage';
import { usePdfDocument } from './pdf/usePdfDocument';
import './pdf/pdf-viewer.css';

/**
 * A PDF shown inside Lantern (pages drawn with pdf.js, with its text layer so the text can be
 * selected and read by a screen reader), from bytes in memory: nothing is written to disk.
 * The pages scroll with the keyboard once focused (arrows, Page Up/Down, Home/End); + and −
 * zoom. `onDocument` hands the opened document to the host (to print what is shown).
 */
export interface PdfViewerProps {
  data: Uint8Array;
  /** The accessible name of the viewer region, e.g. the document's title. */
  label: string;
  onDocument?: (doc: PDFDocumentProxy | null) => void;
}

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const DEFAULT_ZOOM = 3;

export function PdfViewer({ data, label, onDocument }: PdfViewerProps) {
  const { t } = useTranslation();
  const state = usePdfDocument(data);
  const [zoom, setZoom] = useState<number>(DEFAULT_ZOOM);
  const doc = state.kind === 'ready' ? state.doc : null;
  useEffect(() => {
    onDocument?.(doc);
    return () => onDocument?.(null);
  }, [doc, onDocument]);

  const scale = ZOOMS[zoom] ?? 1;
  const zoomBy = (step: number) =>
    setZoom((current) => Math.min(ZOOMS.length - 1, Math.max(0, current + step)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === '+' || event.key === '=') zoomBy(1);
    else if (event.key === '-') zoomBy(-1);
    else return;
    event.preventDefault();
  };

  return (
    <section className="pdf-viewer" aria-label={label}>
      {state.kind === 'loading' ? <LoadingMessage /> : null}
      {state.kind === 'failed' ? <ErrorAlert>{t('pdfViewer.failed')}</ErrorAlert> : null}
      {doc ? (
        <>
          <div className="pdf-toolbar" role="toolbar" aria-label={t('pdfViewer.toolbar')}>
            <span>{t('pdfViewer.pageCount', { count: doc.numPages })}</span>
            <Button
              className="button button-small"
              aria-label={t('pdfViewer.zoomOut')}
              isDisabled={zoom === 0}
              onPress={() => zoomBy(-1)}
            >
              −
            </Button>
            <span className="pdf-zoom-level" aria-live="polite">
              {t('pdfViewer.zoomLevel', { percent: Math.round(scale * 100) })}
            </span>
            <Button
              className="button button-small"
              aria-label={t('pdfViewer.zoomIn')}
              isDisabled={zoom === ZOOMS.length - 1}
              onPress={() => zoomBy(1)}
            >
              +
            </Button>
          </div>
          {/* Focusable so the keyboard scrolls it; the pages inside are named groups. */}
          <div
            className="pdf-pages"
            role="region"
            aria-label={t('pdfViewer.pages', { title: label })}
            tabIndex={0}
            onKeyDown={onKeyDown}
          >
            {Array.from({ length: doc.numPages }, (_, index) => (
              <PdfPage key={index} doc={doc} pageNumber={index + 1} scale={scale} />
            ))}
          </div>
        </>
      ) : null}
    </section>
  );
}
