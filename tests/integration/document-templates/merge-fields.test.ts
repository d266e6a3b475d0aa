import { describe, expect, it } from 'vitest';
import { convertMergeFields, findMergeFields } from '../../../src/main/document-templates/merge-fields';
import { fillClinic } from './fill-clinic';
import { paragraph, partOf, run, templateFile, upload } from '../../helpers/docx';

/** Word's simple field: `<w:fldSimple>` around the shown «Name». */
const simpleField = (name: string) =>
  `<w:fldSimple w:instr=" MERGEFIELD ${name} \\* MERGEFORMAT "><w:r><w:rPr><w:b/></w:rPr><w:t>«${name}»</w:t></w:r></w:fldSimple>`;

/** Word's complex field: begin, the instruction, separate, the shown runs, end. */
const complexField = (name: string) =>
  [
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
    `<w:r><w:instrText xml:space="preserve"> MERGEFIELD  </w:instrText></w:r>`,
    `<w:r><w:instrText xml:space="preserve">${name} \\* MERGEFORMAT </w:instrText></w:r>`,
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
    `<w:r><w:rPr><w:i/></w:rPr><w:t>«${name}</w:t></w:r><w:r><w:t>»</w:t></w:r>`,
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
  ].join('');

const MAIL_MERGE_LETTER = [
  paragraph([run('Dear '), simpleField('FirstName'), run(' '), complexField('LastName'), run(',')]),
  paragraph([
    run('Born '),
    complexField('DOB'),
    run(' · '),
    simpleField('Address1'),
    run(', '),
    simpleField('City'),
  ]),
  paragraph([run('Your worker: '), simpleField('CaseManager'), run(' at '), complexField('ClinicName')]),
  paragraph([run('Ref '), simpleField('MedicaidNumber'), run(' / '), complexField('Household_Size')]),
  paragraph([run('Dated '), simpleField('Today')]),
];

describe('Word mail-merge fields', () => {
  it('finds simple and complex MERGEFIELDs and says which map to Lantern fields', () => {
    const xml = MAIL_MERGE_LETTER.join('');
    expect(findMergeFields(xml)).toEqual(
      expect.arrayContaining([
        { name: 'FirstName', field: 'client.firstName' },
        { name: 'LastName', field: 'client.lastName' },
        { name: 'DOB', field: 'client.birthDate' },
        { name: 'Address1', field: 'client.address.line1' },
        { name: 'City', field: 'client.address.city' },
        { name: 'CaseManager', field: 'worker.name' },
        { name: 'ClinicName', field: 'clinic.name' },
        { name: 'Today', field: 'today' },
        { name: 'MedicaidNumber', field: null },
        { name: 'Household_Size', field: null },
      ]),
    );
  });

  it('conversion replaces each mapped field, simple or complex, by its Lantern field in the shown formatting', () => {
    const { xml, converted } = convertMergeFields(MAIL_MERGE_LETTER.join(''));
    expect(converted).toBe(8);
    expect(xml).toContain(
      '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{client.firstName}</w:t></w:r>',
    );
    expect(xml).toContain(
      '<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">{client.lastName}</w:t></w:r>',
    );
    expect(xml).not.toMatch(
      /MERGEFIELD (FirstName|LastName|DOB|Address1|City|CaseManager|ClinicName|Today)\b/,
    );
    // The unmapped ones stay exactly as Word wrote them.
    expect(xml).toContain(simpleField('MedicaidNumber'));
    expect(xml).toContain(complexField('Household_Size'));
  });

  it('upload: inspect lists mappable and unmappable fields; kept converted; filled from the record', async () => {
    const clinic = await fillClinic();
    await clinic.as('ada');
    const file = templateFile(MAIL_MERGE_LETTER);
    const findings = await clinic.call('documentTemplates:inspect', upload(file));
    expect(findings.problems).toEqual([]);
    expect(findings.mergeFields).toEqual([
      { name: 'FirstName', field: 'client.firstName', count: 1 },
      { name: 'Address1', field: 'client.address.line1', count: 1 },
      { name: 'City', field: 'client.address.city', count: 1 },
      { name: 'CaseManager', field: 'worker.name', count: 1 },
      { name: 'MedicaidNumber', field: null, count: 1 },
      { name: 'Today', field: 'today', count: 1 },
      { name: 'LastName', field: 'client.lastName', count: 1 },
      { name: 'DOB', field: 'client.birthDate', count: 1 },
      { name: 'ClinicName', field: 'clinic.name', count: 1 },
      { name: 'Household_Size', field: null, count: 1 },
    ]);
    expect(findings.fields).toEqual([
      'today',
      'clinic.name',
      'worker.name',
      'client.firstName',
      'client.lastName',
      'client.birthDate',
      'client.address.line1',
      'client.address.city',
    ]);

    const kept = await clinic.call('documentTemplates:add', { name: 'Mail merge letter', ...upload(file) });
    expect(kept.versions[0]?.mergeFieldsConverted).toBe(8);
    const declined = await clinic.call('documentTemplates:add', {
      name: 'Left as Word fields',
      convertMergeFields: false,
      ...upload(file),
    });
    expect(declined).toMatchObject({ fields: [], versions: [{ mergeFieldsConverted: 0 }] });

    await clinic.as('cam');
    const filled = await clinic.call('documentTemplates:fill', {
      templateId: kept.id,
      clientId: clinic.ana,
      recipient: 'other',
    });
    expect(filled.paragraphs[0]).toBe('Dear Ana Diaz,');
    expect(filled.paragraphs[1]).toBe('Born June 15, 1990 · 12 Elm Court, Riverside');
    expect(filled.paragraphs[2]).toBe('Your worker: Cam Manager at Riverbend Community Services');
    // What Lantern could not map prints what Word showed for it.
    expect(filled.paragraphs[3]).toBe('Ref «MedicaidNumber» / «Household_Size»');
    expect(partOf(file, 'word/document.xml')).toContain('MERGEFIELD FirstName');
  });
});
