import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, END, START, fieldReferenceMarkdown, withFieldReference } from '../../../scripts/template-field-reference';
import { TEMPLATE_FIELDS } from '../../../src/shared/domain/template-fields';

describe('docs/word-templates.md', () => {
  const document = readFileSync(DOC, 'utf8');

  it('carries the field reference exactly as the catalogue writes it (run scripts/template-field-reference.ts)', () => {
    expect(document).toBe(withFieldReference(document));
  });

  it('lists every field of the catalogue, one row each', () => {
    const section = document.slice(document.indexOf(START), document.indexOf(END));
    expect(section.split('\n').filter((line) => line.startsWith('| `'))).toHaveLength(TEMPLATE_FIELDS.length);
    for (const field of TEMPLATE_FIELDS) expect(fieldReferenceMarkdown()).toContain(field.example || '—');
  });

  it('a change to the catalogue would show: the check compares the whole table', () => {
    const stale = document.replace('| `{client.age}` |', '| `{client.ageInYears}` |');
    expect(stale).not.toBe(document);
    expect(withFieldReference(stale)).toBe(document);
  });
});
