import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { openPdf } from './pdfjs';

export type PdfState = { kind: 'loading' } | { kind: 'ready'; doc: PDFDocumentProxy } | { kind: 'failed' };

/** The PDF of these bytes, opened while the component is shown and freed when it goes. */
export function usePdfDocument(data: Uint8Array): PdfState {
  // What was opened, and from which bytes: other bytes are "loading" until theirs open.
  const [opened, setOpened] = useState<{ data: Uint8Array; state: PdfState } | null>(null);
  useEffect(() => {
    let current = true;
    let destroy: (() => Promise<void>) | null = null;
    openPdf(data).then(
      (pdf) => {
        destroy = pdf.destroy;
        if (current) setOpened({ data, state: { kind: 'ready', doc: pdf.doc } });
        else void pdf.destroy();
      },
      () => {
        if (current) setOpened({ data, state: { kind: 'failed' } });
      },
    );
    return () => {
      current = false;
      void destroy?.();
    };
  }, [data]);
  return opened?.data === data ? opened.state : { kind: 'loading' };
}
