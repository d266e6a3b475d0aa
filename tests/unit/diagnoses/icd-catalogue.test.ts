import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  defaultCataloguePath,
  IcdCatalogue,
  IcdCatalogueError,
  loadIcdCatalogue,
  normalizeCode,
  type IcdCode,
} from '../../../src/main/diagnoses/icd-catalogue';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const shippedPath = defaultCataloguePath(root);
const shipped = JSON.parse(readFileSync(shippedPath, 'utf8')) as {
  source: string;
  edition: string;
  generatedAt: string;
  codes: IcdCode[];
};
const codes = shipped.codes;
const byCode = new Map(codes.map((c) => [c.code, c]));
const catalogue = loadIcdCatalogue(shippedPath);

const compact = (code: string) => code.replace('.', '');
const category = (code: string) => code.slice(0, 3);

describe('the shipped ICD-10-CM list (resources/icd10cm/mental-health-and-sdoh.json)', () => {
  it('names its public source and edition', () => {
    expect(shipped.source).toMatch(
      /^ICD-10-CM \(CDC National Center for Health Statistics \/ CMS\), public domain\./,
    );
    expect(shipped.edition).toMatch(/^FY20\d\d\b/);
    expect(Number.isNaN(Date.parse(shipped.generatedAt))).toBe(false);
    // The hand-transcribed copy says so, and how to replace it (a regenerated file names its order file).
    if (shipped.edition.includes('transcribed')) {
      expect(shipped.source).toBe(
        'ICD-10-CM (CDC National Center for Health Statistics / CMS), public domain. Transcribed for Lantern; regenerate from the official order file with scripts/import-icd10cm.mjs before clinical use if your payer requires the current edition.',
      );
      expect(shipped.edition).toBe('FY2026 (transcribed)');
    }
  });

  it('has well-formed codes, each once, in code order', () => {
    for (const c of codes) expect(c.code).toMatch(/^[FZ]\d\d(\.[0-9A-Z]{1,4})?$/);
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    const sorted = [...codes].map((c) => c.code).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(codes.map((c) => c.code)).toEqual(sorted);
  });

  it('holds only F01–F99 and Z55–Z65', () => {
    for (const { code } of codes) {
      const n = Number(code.slice(1, 3));
      const ok = code[0] === 'F' ? n >= 1 && n <= 99 : n >= 55 && n <= 65;
      expect(ok, code).toBe(true);
    }
  });

  it('has every category of the two blocks, and no invented ones', () => {
    const expected = [
      ...['01', '02', '03', '04', '05', '06', '07', '09'],
      ...['10', '11', '12', '13', '14', '15', '16', '17', '18', '19'],
      ...['20', '21', '22', '23', '24', '25', '28', '29', '30', '31', '32', '33', '34', '39'],
      ...['40', '41', '42', '43', '44', '45', '48', '50', '51', '52', '53', '54', '55', '59'],
      ...['60', '63', '64', '65', '66', '68', '69', '70', '71', '72', '73', '78', '79'],
      ...['80', '81', '82', '84', '88', '89', '90', '91', '93', '94', '95', '98', '99'],
    ].map((n) => `F${n}`);
    expected.push('Z55', 'Z56', 'Z57', 'Z58', 'Z59', 'Z60', 'Z62', 'Z63', 'Z64', 'Z65');
    expect([...new Set(codes.map((c) => category(c.code)))]).toEqual(expected);
  });

  it('has the heading above every code, and no heading without a billable code under it', () => {
    const missing: string[] = [];
    for (const { code } of codes) {
      const flat = compact(code);
      for (let n = 3; n < flat.length; n++) {
        const parent = byCode.get(n > 3 ? `${flat.slice(0, 3)}.${flat.slice(3, n)}` : flat.slice(0, 3));
        if (!parent || parent.billable) missing.push(`${code} needs heading ${flat.slice(0, n)}`);
      }
    }
    expect(missing).toEqual([]);
    const barren = codes
      .filter((c) => !c.billable)
      .filter(
        (h) =>
          !codes.some((c) => c.billable && c.code !== h.code && compact(c.code).startsWith(compact(h.code))),
      )
      .map((h) => h.code);
    expect(barren).toEqual([]);
  });

  it('has clean titles', () => {
    for (const c of codes) {
      expect(c.title, c.code).toBe(c.title.trim());
      expect(c.title, c.code).not.toMatch(/\s{2,}/);
      expect(c.title.length, c.code).toBeGreaterThan(2);
    }
  });

  it('matches the tabular list for codes case managers use every day', () => {
    const expectations: [string, boolean, string][] = [
      ['F01.A11', true, 'Vascular dementia, mild, with agitation'],
      [
        'F03.90',
        true,
        'Unspecified dementia, unspecified severity, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety',
      ],
      ['F10.20', true, 'Alcohol dependence, uncomplicated'],
      ['F10.239', true, 'Alcohol dependence with withdrawal, unspecified'],
      ['F11.20', true, 'Opioid dependence, uncomplicated'],
      ['F11.21', true, 'Opioid dependence, in remission'],
      ['F12.90', true, 'Cannabis use, unspecified, uncomplicated'],
      ['F14.10', true, 'Cocaine abuse, uncomplicated'],
      ['F15.20', true, 'Other stimulant dependence, uncomplicated'],
      ['F17.210', true, 'Nicotine dependence, cigarettes, uncomplicated'],
      ['F20.9', true, 'Schizophrenia, unspecified'],
      ['F25.0', true, 'Schizoaffective disorder, bipolar type'],
      ['F31.81', true, 'Bipolar II disorder'],
      ['F32', false, 'Depressive episode'],
      ['F32.A', true, 'Depression, unspecified'],
      ['F33.1', true, 'Major depressive disorder, recurrent, moderate'],
      ['F33.2', true, 'Major depressive disorder, recurrent severe without psychotic features'],
      ['F41.1', true, 'Generalized anxiety disorder'],
      ['F43.1', false, 'Post-traumatic stress disorder (PTSD)'],
      ['F43.10', true, 'Post-traumatic stress disorder, unspecified'],
      ['F43.23', true, 'Adjustment disorder with mixed anxiety and depressed mood'],
      ['F50.010', true, 'Anorexia nervosa, restricting type, mild'],
      ['F50.81', false, 'Binge eating disorder'],
      ['F60.3', true, 'Borderline personality disorder'],
      ['F90.2', true, 'Attention-deficit hyperactivity disorder, combined type'],
      ['F99', true, 'Mental disorder, not otherwise specified'],
      ['Z55.6', true, 'Problems related to health literacy'],
      ['Z56.0', true, 'Unemployment, unspecified'],
      ['Z59.0', false, 'Homelessness'],
      ['Z59.01', true, 'Sheltered homelessness'],
      ['Z59.02', true, 'Unsheltered homelessness'],
      ['Z59.41', true, 'Food insecurity'],
      ['Z59.811', true, 'Housing instability, housed, with risk of homelessness'],
      ['Z59.86', false, 'Financial insecurity'],
      ['Z59.861', true, 'Financial insecurity, difficulty paying for utilities'],
      ['Z60.2', true, 'Problems related to living alone'],
      ['Z62.810', true, 'Personal history of physical and sexual abuse in childhood'],
      ['Z63.0', true, 'Problems in relationship with spouse or partner'],
      ['Z65.1', true, 'Imprisonment and other incarceration'],
      ['Z65.2', true, 'Problems related to release from prison'],
    ];
    for (const [code, billable, title] of expectations)
      expect(byCode.get(code), code).toEqual({ code, title, billable });
  });

  it('does not carry codes that do not exist or stopped being billable', () => {
    // F06.9 was never an ICD-10-CM code; Z59.7 (FY2025) and Z59.86 (FY2026) were split into subcodes.
    expect(byCode.has('F06.9')).toBe(false);
    expect(byCode.get('Z59.7')?.billable).toBe(false);
    expect(byCode.get('Z59.86')?.billable).toBe(false);
    expect(byCode.get('F50.0')?.billable).toBe(false);
  });

  it('is a full list, not a sample', () => {
    const billable = codes.filter((c) => c.billable);
    expect(billable.filter((c) => c.code.startsWith('F')).length).toBeGreaterThan(850);
    expect(billable.filter((c) => c.code.startsWith('Z')).length).toBeGreaterThan(100);
    // Every substance class has uncomplicated and in-remission codes for each pattern of use.
    for (const cls of ['F10', 'F11', 'F12', 'F13', 'F14', 'F15', 'F16', 'F18', 'F19']) {
      for (const use of ['1', '2', '9']) {
        expect(byCode.get(`${cls}.${use}0`)?.billable, `${cls}.${use}0`).toBe(true);
        expect(byCode.get(`${cls}.${use}1`)?.billable, `${cls}.${use}1`).toBe(true);
      }
    }
  });
});

describe('searchCodes', () => {
  const codesOf = (results: IcdCode[]) => results.map((r) => r.code);
  /** After the exact code, no heading comes before a billable code. */
  const billableFirst = (results: IcdCode[], skipFirst = false) => {
    const rest = skipFirst ? results.slice(1) : results;
    const firstHeading = rest.findIndex((r) => !r.billable);
    return firstHeading === -1 || rest.slice(firstHeading).every((r) => !r.billable);
  };

  it('finds a code typed with or without the dot, in any case', () => {
    for (const query of ['F32.A', 'f32a', 'f32.a', ' F32A '])
      expect(catalogue.searchCodes(query)[0]?.code, query).toBe('F32.A');
  });

  it('treats a code as a prefix, exact code first, then billable codes, then headings', () => {
    const results = catalogue.searchCodes('f33', 100);
    expect(results[0]).toEqual({
      code: 'F33',
      title: 'Major depressive disorder, recurrent',
      billable: false,
    });
    expect(results.every((r) => r.code.startsWith('F33'))).toBe(true);
    expect(codesOf(results).sort()).toEqual(codes.filter((c) => c.code.startsWith('F33')).map((c) => c.code));
    expect(billableFirst(results, true)).toBe(true);
    expect(results.at(-1)?.code).toBe('F33.4');
  });

  it('puts the exact code first even when it is a heading', () => {
    const results = catalogue.searchCodes('F43.1');
    expect(codesOf(results)).toEqual(['F43.1', 'F43.10', 'F43.11', 'F43.12']);
  });

  it('matches words as word prefixes in any order', () => {
    const a = catalogue.searchCodes('major depress recurrent', 50);
    const b = catalogue.searchCodes('Recurrent MAJOR depress', 50);
    expect(codesOf(a)).toEqual(codesOf(b));
    expect(codesOf(a)).toContain('F33.1');
    expect(codesOf(a)).not.toContain('F32.1'); // single episode: not recurrent
    for (const r of a) expect(r.title.toLowerCase()).toMatch(/major depress.*recurrent/);
    expect(billableFirst(a)).toBe(true);
  });

  it('finds housing codes by a word inside the title', () => {
    expect(codesOf(catalogue.searchCodes('homeless', 3))).toEqual(['Z59.00', 'Z59.01', 'Z59.02']);
  });

  it('ranks titles that start with the words before titles that only mention them', () => {
    const results = codesOf(catalogue.searchCodes('anxiety', 100));
    expect(results.slice(0, 2)).toEqual(['F06.4', 'F41.9']); // "Anxiety disorder ..."
    // 36 dementia codes end in "with anxiety"; in code order they would fill the first page.
    const firstDementia = results.findIndex((code) => /^F0[123]/.test(code));
    for (const code of ['F41.1', 'F41.3', 'F41.8', 'F43.22', 'F93.0']) {
      expect(results.indexOf(code), code).toBeGreaterThan(-1);
      expect(results.indexOf(code), code).toBeLessThan(firstDementia);
    }
  });

  it('understands common abbreviations', () => {
    expect(codesOf(catalogue.searchCodes('ptsd'))).toEqual(['F43.10', 'F43.11', 'F43.12', 'F43.1']);
    expect(codesOf(catalogue.searchCodes('PTSD chronic'))).toEqual(['F43.12']);
    expect(catalogue.searchCodes('gad')[0]?.code).toBe('F41.1');
    expect(catalogue.searchCodes('adhd combined')[0]?.code).toBe('F90.2');
    expect(catalogue.searchCodes('ocd').map((r) => r.code)).toContain('F42.9');
    expect(catalogue.searchCodes('mdd', 50).every((r) => /major depressive/i.test(r.title))).toBe(true);
    const oud = catalogue.searchCodes('oud remission', 50);
    expect(codesOf(oud)).toEqual(['F11.11', 'F11.21', 'F11.91']);
    expect(catalogue.searchCodes('sud', 200).every((r) => /^F1\d/.test(r.code))).toBe(true);
    const sudInRemission = catalogue.searchCodes('sud remission', 200);
    expect([...new Set(sudInRemission.map((r) => category(r.code)))].sort()).toEqual([
      'F10',
      'F11',
      'F12',
      'F13',
      'F14',
      'F15',
      'F16',
      'F17',
      'F18',
      'F19',
    ]);
    expect(catalogue.searchCodes('aud', 200).every((r) => r.code.startsWith('F10'))).toBe(true);
  });

  it('finds nothing for nonsense, empty input or an unknown code', () => {
    for (const query of ['xyzzy', '', '   ', 'q99', 'A00.0', 'depression xyzzy', '%%%']) {
      expect(catalogue.searchCodes(query), query).toEqual([]);
    }
  });

  it('respects the limit, 20 by default', () => {
    expect(catalogue.searchCodes('disorder')).toHaveLength(20);
    expect(catalogue.searchCodes('disorder', 5)).toHaveLength(5);
    expect(catalogue.searchCodes('disorder', 0)).toEqual([]);
    expect(catalogue.searchCodes('disorder', -3)).toEqual([]);
    expect(catalogue.searchCodes('disorder', 5)).toEqual(catalogue.searchCodes('disorder', 20).slice(0, 5));
  });

  it('hands out entries that cannot change the catalogue', () => {
    const [hit] = catalogue.searchCodes('F32.A');
    expect(() => {
      (hit as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(catalogue.getCode('F32.A')?.title).toBe('Depression, unspecified');
  });
});

describe('getCode and normalizeCode', () => {
  it('returns the entry for a known code typed any way, and null for anything else', () => {
    expect(catalogue.getCode('f32a')).toEqual({
      code: 'F32.A',
      title: 'Depression, unspecified',
      billable: true,
    });
    expect(catalogue.getCode(' Z59.01 ')?.code).toBe('Z59.01');
    expect(catalogue.getCode('F99')?.billable).toBe(true);
    expect(catalogue.getCode('Z59.86')?.billable).toBe(false);
    for (const unknown of ['F06.9', 'A00.0', 'R45.851', 'F32.Z', '', 'hello', 'F3']) {
      expect(catalogue.getCode(unknown), unknown).toBeNull();
    }
  });

  it('puts the dot after the third character', () => {
    expect(normalizeCode('f1020')).toBe('F10.20');
    expect(normalizeCode('F10.20')).toBe('F10.20');
    expect(normalizeCode('z59')).toBe('Z59');
    expect(normalizeCode('F3')).toBeNull();
    expect(normalizeCode('32.A')).toBeNull();
  });
});

describe('loadIcdCatalogue', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-icd-cat-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const header = { source: 'test', edition: 'test', generatedAt: '2026-01-01T00:00:00.000Z' };

  it('reads each file once', () => {
    expect(loadIcdCatalogue(shippedPath)).toBe(catalogue);
    expect(catalogue.size).toBe(codes.length);
    expect(catalogue.edition).toBe(shipped.edition);
    expect(catalogue.source).toBe(shipped.source);
  });

  it('also takes the resources folder, as the app passes it', () => {
    expect(loadIcdCatalogue(join(root, 'resources'))).toBe(catalogue);
  });

  it('refuses a missing, unreadable or malformed file with a plain message', () => {
    expect(() => loadIcdCatalogue(join(dir, 'missing.json'))).toThrow(
      /missing\.json cannot be used: it cannot be read/,
    );
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "codes": [');
    expect(() => loadIcdCatalogue(broken)).toThrow(IcdCatalogueError);
    expect(() => loadIcdCatalogue(broken)).toThrow(/not valid JSON/);
    mkdirSync(join(dir, 'icd10cm'));
    writeFileSync(
      join(dir, 'icd10cm', 'mental-health-and-sdoh.json'),
      JSON.stringify({ ...header, codes: [] }),
    );
    expect(() => loadIcdCatalogue(dir)).toThrow(/not valid at codes/);
  });

  it('refuses duplicate or malformed codes', () => {
    const entry = { code: 'F99', title: 'Mental disorder, not otherwise specified', billable: true };
    expect(() => new IcdCatalogue({ ...header, codes: [entry, entry] })).toThrow(/F99 appears twice/);
    expect(() => new IcdCatalogue({ ...header, codes: [{ ...entry, code: 'F9' }] })).toThrow(
      IcdCatalogueError,
    );
    expect(() => new IcdCatalogue({ ...header, codes: [{ ...entry, billable: 'yes' }] })).toThrow(
      IcdCatalogueError,
    );
    expect(new IcdCatalogue({ ...header, codes: [entry] }).getCode('f99')).toEqual(entry);
  });
});
