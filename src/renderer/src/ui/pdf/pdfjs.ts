import type { PDFDocumentProxy } from 'pdfjs-dist';
import PdfWorker from 'pdfjs-dist/build/pdf.worker.min.mjs?worker';

/**
 * pdf.js in the renderer, loaded on first use (its code is a chunk of its own). Its worker is a
 * Vite worker bundle served from Lantern's own files, so the Content-Security-Policy's
 * `script-src 'self'` covers it. pdf.js 6 evaluates no code it builds at run time, and
 * WebAssembly stays off (Lantern's PDFs need none of its image decoders), so the policy needs no
 * 'unsafe-eval' nor 'wasm-unsafe-eval'.
 * Documents come as bytes from main: nothing is fetched and nothing is written to disk.
 */
type PdfJs = typeof import('pdfjs-dist');

let library: Promise<PdfJs> | null = null;

export function pdfjs(): Promise<PdfJs> {
  library ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerPort = new PdfWorker();
    return lib;
  });
  return library;
}

/** Opens a PDF from bytes; `destroy` frees it (and the worker's copy). */
export async function openPdf(
  data: Uint8Array,
): Promise<{ doc: PDFDocumentProxy; destroy(): Promise<void> }> {
  const lib = await pdfjs();
  // pdf.js hands the buffer to its worker (detaching it): give it a copy, keep ours.
  const task = lib.getDocument({
    data: data.slice(),
    useWasm: false,
    // Pages are drawn on this thread (no second worker to load): Lantern's documents are small.
    disableWorkerRendering: true,
    enableXfa: false,
    stopAtErrors: true,
  });
  const doc = await task.promise;
  return { doc, destroy: () => task.destroy() };
}

/** base64 from main as bytes. */
export function bytesOfBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
