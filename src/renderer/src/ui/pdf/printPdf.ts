import type { PDFDocumentProxy } from 'pdfjs-dist';

/** Pages are drawn for the printer at this resolution (dots per inch; a PDF point is 1/72 in). */
const PRINT_DPI = 150;

async function pageImage(doc: PDFDocumentProxy, pageNumber: number): Promise<string> {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: PRINT_DPI / 72 });
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport, intent: 'print' }).promise;
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  canvas.width = 0;
  canvas.height = 0;
  if (!blob) throw new Error('A page could not be drawn for printing.');
  return URL.createObjectURL(blob);
}

/**
 * Prints a PDF shown in Lantern through the browser's print — in Electron, the operating system's
 * print dialog. Each page is drawn as an image at print resolution into a sheet that the print
 * stylesheet (pdf-viewer.css) shows alone; the sheet and its images (blob: URLs in memory, never
 * files) are gone once the dialog closes.
 */
export async function printPdf(doc: PDFDocumentProxy): Promise<void> {
  const urls: string[] = [];
  const sheet = document.createElement('div');
  sheet.className = 'document-print-pages';
  sheet.setAttribute('aria-hidden', 'true');
  const cleanUp = () => {
    document.body.classList.remove('printing-document');
    sheet.remove();
    for (const url of urls.splice(0)) URL.revokeObjectURL(url);
  };
  try {
    for (let pageNumber = 1; pageNumber <= doc.numPages; pageNumber++) {
      urls.push(await pageImage(doc, pageNumber));
      const image = document.createElement('img');
      image.alt = '';
      image.src = urls.at(-1) as string;
      sheet.append(image);
    }
    document.body.append(sheet);
    await Promise.all(
      [...sheet.querySelectorAll('img')].map((image) => image.decode().catch(() => undefined)),
    );
    document.body.classList.add('printing-document');
    // Chromium's (and so Electron's) print() returns when its dialog closes.
    window.print();
  } finally {
    cleanUp();
  }
}
