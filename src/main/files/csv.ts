/**
 * CSV as RFC 4180 writes it — fields separated by commas, records ended by CRLF, a field holding
 * a comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled — plus two
 * things a spreadsheet needs:
 *
 * - Formula escaping: a cell that starts with = + - @, a tab or a carriage return is read by
 *   Excel, LibreOffice and Google Sheets as a formula (CSV injection: `=HYPERLINK(…)` typed as a
 *   client's name or a search would run when an auditor opens the file). Such a value gets a
 *   leading apostrophe, which the spreadsheet shows as text — the rule papaparse's
 *   `escapeFormulae` applies.
 * - A UTF-8 byte order mark, without which Excel on Windows reads "López" as "LÃ³pez".
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
