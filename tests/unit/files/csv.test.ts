import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from '../../../src/main/files/csv';
import { readCsv } from '../../helpers/csv-read';

describe('CSV (RFC 4180, with formula escaping)', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain words')).toBe('plain words');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('turns a value a spreadsheet would run as a formula into text', () => {
    for (const start of ['=', '+', '-', '@']) expect(csvField(`${start}1+2`)).toBe(`'${start}1+2`);
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    // Only at the start: a sentence with a minus inside is left alone.
    expect(csvField('from 10 - 5')).toBe('from 10 - 5');
  });

  it('writes a document that reads back to the same cells, with a BOM and CRLF', () => {
    const header = ['Entry', 'What happened'];
    const rows = [
      ['1', 'Ana López, “ok”'],
      ['2', 'line one\r\nline two'],
      ['3', '=SUM(A1:A3)'],
    ];
    const text = csvDocument(header, rows);
    expect(text.startsWith('\uFEFFEntry,What happened\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const read = readCsv(text);
    expect(read.bom).toBe(true);
    expect(read.rows).toEqual([header, rows[0], rows[1], ['3', "'=SUM(A1:A3)"]]);
  });
});
