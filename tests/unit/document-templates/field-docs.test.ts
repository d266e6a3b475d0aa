import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, referenceCells, withFieldReference } from '../../../scripts/template-field-reference';
import { TEMPLATE_FIELDS } from '../../../src/shared/domain/template-fields';

describe('docs/word-templates.md', () => {
  const document = readFileSync(DOC, 'utf8');

  it('carries the field reference as the catalogue writes it (scripts/template-field-reference.ts)', () => {
    expect(referenceCells(document)).toEqual(referenceCells(withFieldReference(document)));
  });

  it('lists every field of the catalogue, one row each, with its example', () => {
    const rows = referenceCells(document).slice(1);
    expect(rows).toHaveLength(TEMPLATE_FIELDS.length);
    TEMPLATE_FIELDS.forEach((field, index) => expect(rows[index]?.[4]).toBe(field.example || '—'));
  });

  it('a change to the catalogue would show: the check compares every cell', () => {
    const stale = document.replace('`{client.age}`', '`{client.ageInYears}`');
    expect(stale).not.toBe(document);
    expect(referenceCells(stale)).not.toEqual(referenceCells(withFieldReference(stale)));
  });
});
