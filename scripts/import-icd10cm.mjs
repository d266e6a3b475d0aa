// Converts the official ICD-10-CM "order file" into Lantern's diagnosis code list.
//
//   node scripts/import-icd10cm.mjs path/to/icd10cm-order-2026.txt > resources/icd10cm/mental-health-and-sdoh.json
//   node scripts/import-icd10cm.mjs FILE --edition "FY2026" --source "..."   (override the header fields)
//
// The order file comes with every ICD-10-CM release from the CDC's National Center for Health
// Statistics (NCHS) and CMS, e.g. in the "Code Descriptions in Tabular Order" download. It is
// fixed-width, one code per line:
//   cols 1-5   order number
//   cols 7-13  code, without the dot ("F32A")
//   col  15    0 = header (a category or subcategory that is not billable), 1 = billable
//   cols 17-76 short title
//   col  78-   long title
//
// Only the chapters Lantern needs are kept: mental, behavioral and neurodevelopmental disorders
// (F01-F99) and the social determinants of health (Z55-Z65). Each becomes
// { code: "F32.A", title: <long title>, billable }, sorted by code.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A problem with the input that the person running the script can fix. */
export class ImportProblem extends Error {}

const RAW_CODE = /^[A-Z][0-9][0-9A-Z]{1,5}$/;

/** "F32A" -> "F32.A"; three-character categories ("F99") have no dot. */
export function formatCode(raw) {
  return raw.length > 3 ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw;
}

/** F01-F99 and Z55-Z65, by the code's three-character category. */
export function inScope(rawCode) {
  const letter = rawCode[0];
  const number = Number(rawCode.slice(1, 3));
  if (!/^[0-9]{2}$/.test(rawCode.slice(1, 3))) return false;
  if (letter === 'F') return number >= 1 && number <= 99;
  if (letter === 'Z') return number >= 55 && number <= 65;
  return false;
}

/** One fixed-width line -> its fields; a blank line -> null. Anything else malformed throws. */
export function parseOrderLine(line, lineNumber = 0) {
  const text = line.replace(/\r$/, '');
  if (text.trim() === '') return null;
  const where = lineNumber ? `line ${lineNumber}` : 'a line';
  const code = text.slice(6, 13).trim();
  const flag = text.charAt(14);
  const longTitle = text.slice(77).trim();
  if (!RAW_CODE.test(code) || (flag !== '0' && flag !== '1') || longTitle === '') {
    throw new ImportProblem(
      `${where} is not in the ICD-10-CM order-file layout (code in columns 7-13, 0/1 in column 15, ` +
        `long title from column 78): ${JSON.stringify(text.slice(0, 90))}`,
    );
  }
  return {
    order: text.slice(0, 5).trim(),
    code,
    billable: flag === '1',
    shortTitle: text.slice(16, 76).trim(),
    longTitle,
  };
}

/** Ordinal comparison, so the order never depends on the machine's locale. */
const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The whole order file -> Lantern's catalogue object. */
export function convertOrderFile(text, { source, edition, generatedAt }) {
  const codes = [];
  const seen = new Set();
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((line, index) => {
      const entry = parseOrderLine(line, index + 1);
      if (!entry || !inScope(entry.code)) return;
      if (seen.has(entry.code)) throw new ImportProblem(`line ${index + 1}: ${entry.code} appears twice.`);
      seen.add(entry.code);
      codes.push({ code: formatCode(entry.code), title: entry.longTitle, billable: entry.billable });
    });
  if (codes.length === 0) {
    throw new ImportProblem('No codes in F01-F99 or Z55-Z65 were found: is this the ICD-10-CM order file?');
  }
  codes.sort(byCode);
  return { source, edition, generatedAt, codes };
}

/**
 * JSON with one code per line: small, and a new edition shows up as a readable diff.
 * (Prettier ignores the JSON files under resources/, so this layout stays.)
 */
export function serializeCatalogue(catalogue) {
  const { codes, ...header } = catalogue;
  const head = Object.entries(header)
    .map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`)
    .join('\n');
  const body = codes
    .map((c) => `    ${JSON.stringify({ code: c.code, title: c.title, billable: c.billable })}`)
    .join(',\n');
  return `{\n${head}\n  "codes": [\n${body}\n  ]\n}\n`;
}

/** "icd10cm-order-2026.txt" -> "FY2026"; "icd10cm-order-April-2025.txt" -> "FY2025 (April update)". */
export function editionFromFileName(path) {
  const name = basename(path);
  const year = name.match(/(20\d\d)/)?.[1];
  if (!year) return 'unknown edition';
  return /april/i.test(name) ? `FY${year} (April update)` : `FY${year}`;
}

export function parseArgs(argv) {
  const options = { file: undefined, edition: undefined, source: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--edition' || arg === '--source') {
      const value = argv[++i];
      if (value === undefined) throw new ImportProblem(`${arg} needs a value.`);
      options[arg.slice(2)] = value;
    } else if (arg.startsWith('--')) {
      throw new ImportProblem(`Unknown option ${arg}.`);
    } else if (options.file === undefined) {
      options.file = arg;
    } else {
      throw new ImportProblem('Give one order file.');
    }
  }
  if (options.file === undefined) {
    throw new ImportProblem(
      'Usage: node scripts/import-icd10cm.mjs path/to/icd10cm-order-YYYY.txt [--edition TEXT] [--source TEXT]',
    );
  }
  return options;
}

export function main(argv, { stdout = process.stdout, now = () => new Date() } = {}) {
  const options = parseArgs(argv);
  let text;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (error) {
    throw new ImportProblem(`Cannot read ${options.file}: ${error.code ?? error.message}`);
  }
  const catalogue = convertOrderFile(text, {
    source:
      options.source ??
      `ICD-10-CM (CDC National Center for Health Statistics / CMS), public domain. Generated from ${basename(options.file)} with scripts/import-icd10cm.mjs.`,
    edition: options.edition ?? editionFromFileName(options.file),
    generatedAt: now().toISOString(),
  });
  stdout.write(serializeCatalogue(catalogue));
  return catalogue;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ImportProblem)) throw error;
    process.stderr.write(`import-icd10cm: ${error.message}\n`);
    process.exitCode = 1;
  }
}
