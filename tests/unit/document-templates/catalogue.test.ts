import { describe, expect, it } from 'vitest';
import { FIELD_VALUES, LIST_VALUES } from '../../../src/main/document-templates/template-data';
import en from '../../../src/renderer/src/locales/en.json';
import es from '../../../src/renderer/src/locales/es.json';
import {
  TEMPLATE_FIELDS,
  fieldTag,
  resolveTemplateTag,
  rootField,
} from '../../../src/shared/domain/template-fields';

/** The field catalogue is the one table: every field has a value builder, a description, an example. */
describe('the template field catalogue', () => {
  it('every field outside a list has a value builder, and every builder a field', () => {
    const scalars = TEMPLATE_FIELDS.filter((f) => !('list' in f) && f.type !== 'list').map((f) => f.path);
    expect(Object.keys(FIELD_VALUES).sort()).toEqual([...scalars].sort());
  });

  it('every list has its items and a builder for each of its fields (and nothing else)', () => {
    const lists = TEMPLATE_FIELDS.filter((f) => f.type === 'list').map((f) => f.path);
    expect(Object.keys(LIST_VALUES).sort()).toEqual([...lists].sort());
    for (const path of lists) {
      const fields = TEMPLATE_FIELDS.filter((f) => 'list' in f && f.list === path && f.type !== 'list').map(
        fieldTag,
      );
      expect(Object.keys(LIST_VALUES[path]?.fields ?? {}).sort(), path).toEqual([...fields].sort());
    }
  });

  it.each([
    ['en', en],
    ['es', es],
  ] as const)('every field is described in %s, and no description is left over', (_l, catalogue) => {
    const help = catalogue.documentTemplates.fieldHelp as Record<string, string>;
    expect(Object.keys(help).sort()).toEqual(TEMPLATE_FIELDS.map((f) => f.path.replaceAll('.', '_')).sort());
    for (const value of Object.values(help)) expect(value.trim()).not.toBe('');
  });

  it('paths are unique, item fields name a list that exists, examples are given for what prints', () => {
    const paths = TEMPLATE_FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const field of TEMPLATE_FIELDS) {
      if ('list' in field)
        expect(TEMPLATE_FIELDS.find((f) => f.path === field.list)?.type, field.path).toBe('list');
      if (field.type !== 'list') expect(field.example, field.path).not.toBe('');
      // An item field has the kind of its list: the policy is asked for the list's kind.
      expect(field.kind, field.path).toBe(rootField(field).kind);
    }
  });

  it('a tag is looked up in its loops first, then outside every list', () => {
    expect(resolveTemplateTag('statement', ['plan.goals'])?.path).toBe('plan.goals.statement');
    expect(resolveTemplateTag('text', ['plan.goals', 'plan.goals.objectives'])?.path).toBe(
      'plan.goals.objectives.text',
    );
    expect(resolveTemplateTag('text', ['notes'])?.path).toBe('notes.text');
    expect(resolveTemplateTag('statement', [])).toBeNull();
    expect(resolveTemplateTag('client.firstName', ['careTeam'])?.path).toBe('client.firstName');
    // A list's item field is not a field outside it, written in full.
    expect(resolveTemplateTag('plan.goals.statement', [])).toBeNull();
  });
});
