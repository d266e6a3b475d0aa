import { describe, expect, it } from 'vitest';
import { DOCUMENT_TEXT, DocumentText } from '../../../src/main/documents/text';

const placeholders = (sentence: string) => [...sentence.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the documents’ text catalogue', () => {
  const { en, es } = DOCUMENT_TEXT;

  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('fills the same placeholders in both languages, and Spanish is never left empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
      expect(es[key].trim(), key).not.toBe('');
    }
  });

  it('names coded values as the screens do, in the document’s language', () => {
    expect(new DocumentText('en').label('contactType', 'home_visit')).toBe('Home visit');
    expect(new DocumentText('es').label('contactType', 'home_visit')).toBe('Visita a domicilio');
    expect(new DocumentText('es').label('planStatus', 'achieved')).toBe('Logrado');
    // A value no label knows (an old code) is shown as stored rather than dropped.
    expect(new DocumentText('en').label('risk', 'retired_level')).toBe('retired_level');
  });

  it('formats a calendar date as that day wherever the document is made', () => {
    expect(new DocumentText('en').date('2026-12-02')).toBe('December 2, 2026');
    expect(new DocumentText('es').date('2026-12-02')).toBe('2 de diciembre de 2026');
  });
});
