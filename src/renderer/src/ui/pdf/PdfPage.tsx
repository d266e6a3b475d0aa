import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { pdfjs } from './pdfjs';

/**
 * One page: drawn to a canvas (hidden from assistive technology) with pdf.js's text layer over
 * it — the page's real text, transparent, in place — so it can be selected, searched with the
 * browser's find and read by a screen reader.
 */
export function PdfPage(props: { doc: PDFDocumentProxy; pageNumber: number; scale: number }) {
  const { doc, pageNumber, scale } = props;
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);

  useEffect(() => {
    let cancelled = false;
    let stop: (() => void) | null = null;
    void (async () => {
      const [lib, page] = await Promise.all([pdfjs(), doc.getPage(pageNumber)]);
      const canvas = canvasRef.current;
      const text = textRef.current;
      if (cancelled || !canvas || !text) return;
      const viewport = page.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      setSize({ width: viewport.width, height: viewport.height });
      const render = page.render({
        canvas,
        viewport,
        ...(ratio !== 1 ? { transform: [ratio, 0, 0, ratio, 0, 0] } : {}),
      });
      text.replaceChildren();
      const layer = new lib.TextLayer({
        textContentSource: page.streamTextContent(),
        container: text,
        viewport,
      });
      stop = () => {
        render.cancel();
        layer.cancel();
      };
      await Promise.all([render.promise, layer.render()]).catch(() => undefined);
    })();
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [doc, pageNumber, scale]);

  const style = {
    width: size ? `${size.width}px` : undefined,
    height: size ? `${size.height}px` : undefined,
    '--total-scale-factor': String(scale),
  } as CSSProperties;
  return (
    <div
      className="pdf-page"
      style={style}
      role="group"
      aria-label={t('pdfViewer.page', { number: pageNumber })}
    >
      <canvas ref={canvasRef} className="pdf-canvas" aria-hidden="true" />
      <div ref={textRef} className="textLayer" />
    </div>
  );
}
