import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Header {
  source: string;
  edition: string;
  generatedAt: string;
}
type Catalogue = Header & { codes: { code: string; title: string; billable: boolean }[] };
interface Importer {
  convertOrderFile(text: string, header: Header): Catalogue;
  editionFromFileName(path: string): string;
  formatCode(raw: string): string;
  ImportProblem: new (message: string) => Error;
  inScope(rawCode: string): boolean;
  parseOrderLine(line: string, lineNumber?: number): Record<string, unknown> | null;
  serializeCatalogue(catalogue: Catalogue): string;
}

// The script is plain JavaScript (run with `node`, no build step); its shape is declared above.
const {
  convertOrderFile,
  editionFromFileName,
  formatCode,
  ImportProblem,
  inScope,
  parseOrderLine,
  serializeCatalogue,
} = (await import(pathToFileURL(join(root, 'scripts/import-icd10cm.mjs')).href)) as Importer;

/** One line in the official order-file layout: order 1-5, code 7-13, flag 15, short 17-76, long 78-. */
function orderLine(order: number, code: string, billable: boolean, short: string, long = short): string {
  return `${String(order).padStart(5, '0')} ${code.padEnd(7)} ${billable ? 1 : 0} ${short.padEnd(60)} ${long}`;
}

// Out of order on purpose (the order file puts F32A after F329, and F68A before F688), with codes
// outside the two chapters around and inside them, and Windows line ends.
const SAMPLE = [
  orderLine(
    5000,
    'E8989',
    true,
    'Oth postproc endocrine and metabolic comp and disorders',
    'Other postprocedural endocrine and metabolic complications and disorders',
  ),
  orderLine(5901, 'F32', false, 'Depressive episode'),
  orderLine(5911, 'F329', true, 'Major depressive disorder, single episode, unspecified'),
  orderLine(5912, 'F32A', true, 'Depression, unspecified'),
  orderLine(6154, 'F68A', true, 'Factitious disorder imposed on another'),
  orderLine(6155, 'F688', true, 'Other specified disorders of adult personality and behavior'),
  orderLine(6234, 'G00', false, 'Bacterial meningitis, not elsewhere classified'),
  orderLine(96530, 'Z529', true, 'Donor of unspecified organ or tissue'),
  orderLine(96588, 'Z59', false, 'Problems related to housing and economic circumstances'),
  orderLine(96590, 'Z5900', true, 'Homelessness unspecified'),
  orderLine(
    96615,
    'Z5987',
    true,
    'Material hardship due to limited financial resources, NEC',
    'Material hardship due to limited financial resources, not elsewhere classified',
  ),
  orderLine(96680, 'Z65', false, 'Problems related to other psychosocial circumstances'),
  orderLine(96689, 'Z66', true, 'Do not resuscitate'),
  '',
].join('\r\n');

const HEADER = { source: 'test source', edition: 'FY2099', generatedAt: '2099-10-01T00:00:00.000Z' };

describe('scripts/import-icd10cm.mjs', () => {
  it('keeps F01–F99 and Z55–Z65 only, with the dot, the long title and the billable flag, sorted by code', () => {
    const catalogue = convertOrderFile(SAMPLE, HEADER);
    expect(catalogue).toEqual({
      ...HEADER,
      codes: [
        { code: 'F32', title: 'Depressive episode', billable: false },
        { code: 'F32.9', title: 'Major depressive disorder, single episode, unspecified', billable: true },
        { code: 'F32.A', title: 'Depression, unspecified', billable: true },
        {
          code: 'F68.8',
          title: 'Other specified disorders of adult personality and behavior',
          billable: true,
        },
        { code: 'F68.A', title: 'Factitious disorder imposed on another', billable: true },
        { code: 'Z59', title: 'Problems related to housing and economic circumstances', billable: false },
        { code: 'Z59.00', title: 'Homelessness unspecified', billable: true },
        {
          code: 'Z59.87',
          title: 'Material hardship due to limited financial resources, not elsewhere classified',
          billable: true,
        },
        { code: 'Z65', title: 'Problems related to other psychosocial circumstances', billable: false },
      ],
    });
  });

  it('does not mind a byte-order mark', () => {
    expect(convertOrderFile(`\uFEFF${SAMPLE}`, HEADER)).toEqual(convertOrderFile(SAMPLE, HEADER));
  });

  it('inserts the dot after the third character only when there is more', () => {
    expect(formatCode('F99')).toBe('F99');
    expect(formatCode('F32A')).toBe('F32.A');
    expect(formatCode('F10130')).toBe('F10.130');
  });

  it('draws the chapter lines exactly at F01, F99, Z55 and Z65', () => {
    expect(['F01', 'F0150', 'F99', 'Z55', 'Z559', 'Z65', 'Z659'].every(inScope)).toBe(true);
    expect(['F00', 'E8989', 'G00', 'Z54', 'Z539', 'Z66', 'Z6710', 'R45851'].some(inScope)).toBe(false);
  });

  it('reads the fixed columns, not the words: a long short title does not leak into the code or flag', () => {
    const line = orderLine(
      1,
      'F1010',
      true,
      'Alcohol abuse, uncomplicated',
      'Alcohol abuse, uncomplicated (long)',
    );
    expect(parseOrderLine(line)).toEqual({
      order: '00001',
      code: 'F1010',
      billable: true,
      shortTitle: 'Alcohol abuse, uncomplicated',
      longTitle: 'Alcohol abuse, uncomplicated (long)',
    });
    expect(parseOrderLine('   \r')).toBeNull();
  });

  it('refuses a file that is not in the order-file layout, naming the line', () => {
    expect(() =>
      convertOrderFile(`${orderLine(1, 'F32', false, 'Depressive episode')}\nF32A,Depression`, HEADER),
    ).toThrow(/line 2 is not in the ICD-10-CM order-file layout/);
    const badFlag = orderLine(1, 'F32', false, 'Depressive episode').replace(' 0 ', ' 2 ');
    expect(() => convertOrderFile(badFlag, HEADER)).toThrow(ImportProblem);
  });

  it('refuses a duplicated code and a file without any code in scope', () => {
    const line = orderLine(1, 'F99', true, 'Mental disorder, not otherwise specified');
    expect(() => convertOrderFile(`${line}\n${line}`, HEADER)).toThrow(/line 2: F99 appears twice/);
    expect(() => convertOrderFile(orderLine(1, 'G00', false, 'Bacterial meningitis'), HEADER)).toThrow(
      /No codes in F01-F99 or Z55-Z65/,
    );
  });

  it('writes JSON that parses back to the same catalogue, one code per line', () => {
    const catalogue = convertOrderFile(SAMPLE, HEADER);
    const text = serializeCatalogue(catalogue);
    expect(JSON.parse(text)).toEqual(catalogue);
    expect(text.split('\n').filter((l) => l.trim().startsWith('{"code"'))).toHaveLength(
      catalogue.codes.length,
    );
  });

  it('names the edition after the file', () => {
    expect(editionFromFileName('/downloads/icd10cm-order-2026.txt')).toBe('FY2026');
    expect(editionFromFileName('icd10cm-order-April-2025.txt')).toBe('FY2025 (April update)');
  });

  describe('command line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantern-icd-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((done) =>
        execFile(
          process.execPath,
          ['scripts/import-icd10cm.mjs', ...args],
          { cwd: root },
          (error, stdout, stderr) =>
            done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
        ),
      );

    it('prints the catalogue for a file, with the edition from its name', async () => {
      const file = join(dir, 'icd10cm-order-2026.txt');
      writeFileSync(file, SAMPLE);
      const result = await run([file]);
      expect(result.code).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.edition).toBe('FY2026');
      expect(json.source).toMatch(/public domain.*icd10cm-order-2026\.txt/);
      expect(Number.isNaN(Date.parse(json.generatedAt))).toBe(false);
      expect(json.codes.map((c: { code: string }) => c.code)).toEqual([
        'F32',
        'F32.9',
        'F32.A',
        'F68.8',
        'F68.A',
        'Z59',
        'Z59.00',
        'Z59.87',
        'Z65',
      ]);
    });

    it('takes --edition and --source', async () => {
      const file = join(dir, 'order.txt');
      writeFileSync(file, SAMPLE);
      const json = JSON.parse(
        (await run([file, '--edition', 'FY2026 (transcribed)', '--source', 'NCHS'])).stdout,
      );
      expect(json).toMatchObject({ edition: 'FY2026 (transcribed)', source: 'NCHS' });
    });

    it('explains a missing file or argument on stderr with exit code 1 and no stack trace', async () => {
      const missing = await run([join(dir, 'nope.txt')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/Cannot read .*nope\.txt/);
      expect(missing.stderr).not.toMatch(/^\s+at /m);
      const none = await run([]);
      expect(none.code).toBe(1);
      expect(none.stderr).toContain('Usage:');
    });
  });
});
