/**
 * The layout blocks a document definition returns, and the builders that make them. A definition
 * says *what* goes on the page in these terms only; the engine (layout.ts) decides how each block
 * looks. A new document (a referral letter, a release form, a safety plan) is a new list of
 * these blocks, never new PDF code.
 */

/** A table cell: plain text, or text with marks (struck through for entered-in-error items). */
export type Cell = string | { text: string; bold?: boolean; italics?: boolean; strike?: boolean };

export interface TableColumn {
  header: string;
  /** A share of the width ('*', the default) or points; 'auto' fits the content. */
  width?: number | '*' | 'auto';
}

/** One signature line: who signed, in which role and when, with a drawn signature where there is one. */
export interface SignatureLine {
  role: string;
  /** null: a blank line to sign on paper. */
  signer: string | null;
  signedAt: string | null;
  detail: string | null;
  /** A PNG data URL already checked by its bytes (definitions/images.ts), or null. */
  image: string | null;
}

/** A measure's scores over time with its severity bands, drawn as vectors (chart.ts). */
export interface TrendChart {
  title: string;
  /** The lowest and highest possible score. */
  range: { min: number; max: number };
  bands: readonly { from: number; to: number; label: string }[];
  points: readonly { date: string; score: number }[];
  /** What a screen reader or text extraction finds for the chart: its points in words. */
  description: string;
}

export type ParagraphStyle = 'body' | 'muted' | 'notice' | 'mark';

export type Block =
  | { kind: 'heading'; text: string; level: 1 | 2 | 3 }
  | { kind: 'keyValues'; rows: readonly (readonly [string, string])[] }
  | { kind: 'table'; columns: readonly TableColumn[]; rows: readonly (readonly Cell[])[]; empty: string }
  | { kind: 'paragraph'; text: string; style: ParagraphStyle }
  | { kind: 'signatures'; lines: readonly SignatureLine[] }
  | { kind: 'chart'; chart: TrendChart };

export const heading = (text: string, level: 1 | 2 | 3 = 2): Block => ({ kind: 'heading', text, level });

/** Label and value pairs; pairs with an empty value are left out (nothing pretends to be blank). */
export const keyValues = (rows: readonly (readonly [string, string | null | undefined])[]): Block => ({
  kind: 'keyValues',
  rows: rows.filter((row): row is readonly [string, string] => typeof row[1] === 'string' && row[1] !== ''),
});

/** A table whose header row repeats on every page it runs onto; `empty` is said when it has no rows. */
export const table = (
  columns: readonly TableColumn[],
  rows: readonly (readonly Cell[])[],
  empty: string,
): Block => ({ kind: 'table', columns, rows, empty });

export const paragraph = (text: string, style: ParagraphStyle = 'body'): Block => ({
  kind: 'paragraph',
  text,
  style,
});

export const signatureBlock = (lines: readonly SignatureLine[]): Block => ({ kind: 'signatures', lines });

export const chart = (trend: TrendChart): Block => ({ kind: 'chart', chart: trend });
