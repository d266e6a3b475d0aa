import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_FILES } from '../../../scripts/make-example-templates';
import { inspectTemplate } from '../../../src/main/document-templates/inspection';
import { EXAMPLE_TEMPLATES } from '../../../src/shared/contracts/document-templates';
import { docxText } from '../../helpers/docx';

const committed = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../resources/templates/${name}`, import.meta.url)));

describe('the example templates in resources/templates', () => {
  it.each(Object.entries(EXAMPLE_FILES))(
    '%s is what scripts/make-example-templates.ts writes',
    (name, make) => {
      expect(Buffer.from(committed(name)).equals(Buffer.from(make()))).toBe(true);
    },
  );

  it('each example the contract offers is shipped', () => {
    expect(EXAMPLE_TEMPLATES.map((id) => `${id}.docx`).sort()).toEqual(Object.keys(EXAMPLE_FILES).sort());
  });

  it.each(Object.keys(EXAMPLE_FILES))(
    '%s has no problems, loops and a condition, and reads as a letter',
    async (name) => {
      const { findings } = inspectTemplate(committed(name), true);
      expect(findings.problems).toEqual([]);
      expect(findings.fields).toEqual(
        expect.arrayContaining(['clinic.name', 'today', 'worker.name', 'client.interpreterNeeded']),
      );
      expect(findings.fields.some((f) => f === 'plan.goals' || f === 'careTeam')).toBe(true);
      const text = await docxText(committed(name));
      expect(text).toContain('Sincerely,');
    },
  );
});
