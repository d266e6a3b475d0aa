import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_LIMITS } from '../../../src/shared/contracts/document-templates';
import { clinicWithStaff } from '../../helpers/clinic';
import { setUpClinic } from '../../helpers/lantern';
import { chunksOf, templateFile, upload } from '../../helpers/docx';

const LETTER = [
  '{clinic.name}',
  'Dear {client.preferredName},',
  '{#plan.goals}',
  '• {statement}',
  '{/plan.goals}',
];

describe('uploading a Word template: the file judged by its content', () => {
  it('a good template is inspected (nothing kept), then kept with its fields, audited', async () => {
    const clinic = await setUpClinic();
    const file = templateFile(LETTER);
    const findings = await clinic.call('documentTemplates:inspect', upload(file));
    expect(findings).toEqual({
      fields: ['clinic.name', 'client.preferredName', 'plan.goals', 'plan.goals.statement'],
      mergeFields: [],
      problems: [],
    });
    expect(await clinic.call('documentTemplates:list', {})).toEqual([]);

    const kept = await clinic.call('documentTemplates:add', { name: 'Support letter', ...upload(file) });
    expect(kept).toMatchObject({
      name: 'Support letter',
      version: 1,
      status: 'active',
      fields: findings.fields,
    });
    expect(await clinic.call('documentTemplates:list', {})).toHaveLength(1);
    const [entry] = (await clinic.call('audit:list', { action: 'template.added', limit: 1 })).entries;
    expect(entry?.details).toMatchObject({ templateId: kept.id, version: 1, fields: 4 });
  });

  it.each([
    ['a typo in a field', ['Dear {client.preferedName},'], 'unknown_field', 'client.preferedName', 1],
    ['an unclosed loop', ['Hello', '{#plan.goals}', '{statement}'], 'unclosed_loop', 'plan.goals', 2],
    [
      'a stray closing tag',
      ['Hello {client.firstName}', 'Goals {/plan.goals} end'],
      'unopened_loop',
      'plan.goals',
      2,
    ],
    [
      'a duplicate opening brace',
      ['First', 'Dear {{client.firstName},'],
      'duplicate_open_tag',
      '{{client.firstName}',
      2,
    ],
    ['an unclosed tag', ['Dear {client.firstName', 'Bye'], 'unclosed_tag', '{client.firstName', 1],
    ['a list used as a field', ['Goals: {plan.goals}'], 'list_as_field', 'plan.goals', 1],
    ['a calculation', ['Age next year {client.age + 1}'], 'bad_expression', 'client.age + 1', 1],
    ['a filter', ['{client.firstName | upper}'], 'bad_expression', 'client.firstName | upper', 1],
    ['a raw XML tag', ['{@client.firstName}'], 'raw_xml', 'client.firstName', 1],
    [
      'mismatched loop tags',
      ['{#plan.goals}', '{statement}', '{/careTeam}'],
      'loop_mismatch',
      'plan.goals … careTeam',
      1,
    ],
  ])(
    '%s: named, with the tag and its paragraph, and nothing kept',
    async (_case, lines, problem, tag, paragraph) => {
      const clinic = await setUpClinic();
      const file = templateFile(lines);
      const findings = await clinic.call('documentTemplates:inspect', upload(file));
      expect(findings.problems[0]).toMatchObject({ problem, tag, paragraph, part: 'body' });
      expect(findings.problems[0]?.excerpt).toBe(lines[paragraph - 1]);
      const refused = await clinic.refuse('documentTemplates:add', { name: 'Broken', ...upload(file) });
      expect(refused.code).toBe('invalid_input');
      expect(refused.details).toMatchObject({ messageKey: `errors.template_${problem}`, tag, paragraph });
      expect(await clinic.call('documentTemplates:list', { includeArchived: true })).toEqual([]);
    },
  );

  it('a field inside the wrong loop is unknown there; the same tag inside its loop is fine', async () => {
    const clinic = await setUpClinic();
    const outside = await clinic.call('documentTemplates:inspect', upload(templateFile(['{statement}'])));
    expect(outside.problems).toMatchObject([{ problem: 'unknown_field', tag: 'statement' }]);
    const inside = await clinic.call(
      'documentTemplates:inspect',
      upload(
        templateFile([
          '{#plan.goals}{statement}: {#objectives}{text} {client.firstName}{/objectives}{/plan.goals}',
        ]),
      ),
    );
    expect(inside.problems).toEqual([]);
    expect(inside.fields).toEqual([
      'client.firstName',
      'plan.goals',
      'plan.goals.statement',
      'plan.goals.objectives',
      'plan.goals.objectives.text',
    ]);
  });

  it.each([
    [
      'not a zip',
      new TextEncoder().encode('Dear {client.firstName}, this is plain text'),
      'errors.template_file_not_docx',
    ],
    ['a zip that is not a Word document', zipOf({ 'hello.txt': 'hi' }), 'errors.template_file_not_docx'],
    ['a broken zip', templateFile(['Dear {client.firstName}']).slice(0, 300), 'errors.template_file_damaged'],
    [
      'a .docm (macro-enabled content type)',
      templateFile(['Dear {client.firstName}'], {
        mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
      }),
      'errors.template_file_has_macros',
    ],
    [
      'a .docx carrying a VBA project',
      templateFile(['Dear {client.firstName}'], {
        parts: { 'word/vbaProject.bin': new Uint8Array([1, 2, 3]) },
      }),
      'errors.template_file_has_macros',
    ],
    ['an empty file', new Uint8Array(), 'errors.template_file_not_docx'],
  ])('%s is refused with its own message', async (_case, bytes, messageKey) => {
    const clinic = await setUpClinic();
    const refused = await clinic.refuse('documentTemplates:inspect', upload(bytes));
    expect(refused).toMatchObject({ code: 'invalid_input', details: { messageKey } });
    expect(
      (await clinic.refuse('documentTemplates:add', { name: 'X', ...upload(bytes) })).details?.messageKey,
    ).toBe(messageKey);
  });

  it('a file over the limit is refused by size before it is opened', async () => {
    const clinic = await setUpClinic();
    const big = new Uint8Array(TEMPLATE_LIMITS.maxBytes + 10);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const refused = await clinic.refuse('documentTemplates:inspect', {
      fileName: 'big.docx',
      content: chunksOf(big),
    });
    expect(refused.details).toMatchObject({ messageKey: 'errors.template_file_too_large', limitMb: 5 });
  });

  it('a re-upload is a new version; an archived template is kept but no longer listed or fillable', async () => {
    const clinic = await setUpClinic();
    const first = await clinic.call('documentTemplates:add', {
      name: 'Letter',
      ...upload(templateFile(LETTER)),
    });
    const taken = await clinic.refuse('documentTemplates:add', {
      name: ' letter ',
      ...upload(templateFile(LETTER)),
    });
    expect(taken.details?.messageKey).toBe('errors.template_name_taken');
    const second = await clinic.call('documentTemplates:add', {
      templateId: first.id,
      name: 'Letter',
      description: 'Now with the date',
      ...upload(templateFile(['{today}', ...LETTER]), 'letter-v2.docx'),
    });
    expect(second).toMatchObject({ id: first.id, version: 2, description: 'Now with the date' });
    expect(second.versions.map((v) => [v.version, v.fileName])).toEqual([
      [1, 'letter.docx'],
      [2, 'letter-v2.docx'],
    ]);
    await clinic.call('documentTemplates:archive', { templateId: first.id });
    expect(await clinic.call('documentTemplates:list', {})).toEqual([]);
    const [archived] = await clinic.call('documentTemplates:list', { includeArchived: true });
    expect(archived).toMatchObject({ status: 'archived', archivedByName: 'Ada Admin', version: 2 });
    expect(
      (await clinic.refuse('documentTemplates:archive', { templateId: first.id })).details?.messageKey,
    ).toBe('errors.template_archived');
    const newVersion = await clinic.refuse('documentTemplates:add', {
      templateId: first.id,
      name: 'Letter',
      ...upload(templateFile(LETTER)),
    });
    expect(newVersion.details?.messageKey).toBe('errors.template_archived');
    expect((await clinic.call('audit:list', { action: 'template.archived', limit: 5 })).entries).toHaveLength(
      1,
    );
  });

  it('the shipped examples are added as templates with loops and conditions and no problems', async () => {
    const clinic = await setUpClinic();
    const housing = await clinic.call('documentTemplates:addExample', { example: 'housing-support-letter' });
    const benefits = await clinic.call('documentTemplates:addExample', {
      example: 'benefits-verification-letter',
    });
    expect(housing.fields).toEqual(
      expect.arrayContaining(['plan.goals', 'client.interpreterNeeded', 'worker.title']),
    );
    expect(benefits.fields).toEqual(
      expect.arrayContaining(['careTeam', 'careTeam.role', 'client.interpreterNeeded']),
    );
    expect(
      (await clinic.refuse('documentTemplates:addExample', { example: 'housing-support-letter' })).details
        ?.messageKey,
    ).toBe('errors.template_name_taken');
  });

  it('only administrators and supervisors manage templates; everyone who opens files may list them', async () => {
    const clinic = await clinicWithStaff();
    await clinic.call('documentTemplates:add', { name: 'Letter', ...upload(templateFile(LETTER)) });
    for (const person of ['cam', 'fran']) {
      await clinic.as(person);
      expect((await clinic.refuse('documentTemplates:inspect', upload(templateFile(LETTER)))).code).toBe(
        'forbidden',
      );
      expect(await clinic.call('documentTemplates:list', {})).toHaveLength(1);
    }
    await clinic.as('sage');
    expect((await clinic.call('documentTemplates:inspect', upload(templateFile(LETTER)))).problems).toEqual(
      [],
    );
    await clinic.as('remy');
    expect((await clinic.refuse('documentTemplates:list', {})).code).toBe('forbidden');
  });
});

function zipOf(files: Record<string, string>): Uint8Array {
  const zip = new PizZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generate({ type: 'uint8array' });
}
