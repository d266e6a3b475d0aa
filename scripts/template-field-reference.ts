/**
 * The field reference of docs/word-templates.md, written from the field catalogue
 * (src/shared/domain/template-fields.ts) and the English descriptions in en.json, between the
 * `<!-- fields:start -->` and `<!-- fields:end -->` marks. Run after changing the catalogue:
 *
 *   npx tsx scripts/template-field-reference.ts
 *
 * then `npx prettier --write docs/word-templates.md` (it aligns the table's columns).
 * tests/unit/document-templates/field-docs.test.ts fails while the document and the catalogue differ.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import en from '../src/renderer/src/locales/en.json';
import type { TemplateFieldDefinition } from '../src/shared/domain/template-fields';
import { TEMPLATE_FIELDS, fieldTag, templateField } from '../src/shared/domain/template-fields';

export const START = '<!-- fields:start -->';
export const END = '<!-- fields:end -->';
export const DOC = fileURLToPath(new URL('../docs/word-templates.md', import.meta.url));

const help = en.documentTemplates.fieldHelp as Record<string, string>;
const KIND = {
  contact: 'contact',
  demographics: 'demographics',
  clinical: 'clinical',
  part2: 'Part 2',
  history: 'history',
};

/** How the field is written in a template. */
function usage(field: TemplateFieldDefinition): string {
  const tag = fieldTag(field);
  if (field.type === 'list' || field.type === 'yesno') return `\`{#${tag}}…{/${tag}}\``;
  return `\`{${tag}}\``;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function fieldReferenceMarkdown(): string {
  const rows = TEMPLATE_FIELDS.map((field: TemplateFieldDefinition) => {
    const list = field.list ? templateField(field.list) : undefined;
    const within = list ? ` inside \`{#${fieldTag(list)}}\`` : '';
    return `| ${usage(field)}${within} | ${field.type} | ${field.kind ? KIND[field.kind] : '—'} | ${cell(
      help[field.path.replaceAll('.', '_')] ?? '',
    )} | ${cell(field.example || '—')} |`;
  });
  return [
    '| Field | Type | Record kind | What it is | Example (demo client) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The document with its reference section replaced by the catalogue's. */
export function withFieldReference(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/word-templates.md lacks the ${START} … ${END} marks`);
  return `${document.slice(0, start + START.length)}\n${fieldReferenceMarkdown()}\n${document.slice(end)}`;
}

/**
 * The reference section's table as rows of trimmed cells: what the document says, however
 * prettier aligned its columns.
 */
export function referenceCells(document: string): string[][] {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  return document
    .slice(start + START.length, end)
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DOC, withFieldReference(readFileSync(DOC, 'utf8')));
  console.log(`wrote the field reference of ${DOC}`);
}
