/**
 * A PDF shown inside Lantern (pages drawn with pdf.js, with its text layer so the text can be
 * selected and read by a screen reader), from bytes in memory: nothing is written to disk.
 * Scaffold: the documents work replaces it.
 */
export interface PdfViewerProps {
  data: Uint8Array;
  /** The accessible name of the viewer region, e.g. the document's title. */
  label: string;
}

export function PdfViewer({ label }: PdfViewerProps) {
  return <section aria-label={label} />;
}
