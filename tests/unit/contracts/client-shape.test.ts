import { describe, expect, it } from 'vitest';
import {
  CLIENT_RECORD_KINDS,
  clientContactSchema,
  clientDemographicsSchema,
  clientFieldsSchema,
  clientRecordSchema,
} from '../../../src/shared/contracts/clients';
import { CLIENT_FLAG_KINDS, CLIENT_FLAGS } from '../../../src/shared/domain/clients';
import { schemaDefaults } from '../../../src/renderer/src/lib/schemaDefaults';

/**
 * The client's shape is written once (the schema, the flags with their kinds, the record's kinds);
 * the form's defaults and the access views are derived from it. These tests hold the derivations.
 */
describe('the client shape', () => {
  it('gives a new client form every field of the schema, defaults filled and names blank', () => {
    const blank = schemaDefaults(clientFieldsSchema);
    expect(Object.keys(blank).sort()).toEqual(Object.keys(clientFieldsSchema.shape).sort());
    expect(blank.flags).toEqual(Object.fromEntries(CLIENT_FLAGS.map((flag) => [flag, false])));
    expect(blank).toMatchObject({ legalFirstName: '', birthDate: '', sexAtBirth: 'unknown', phones: [] });
    // Filled in where it must be, the blank form is a valid client.
    const filled = { ...blank, legalFirstName: 'A', legalLastName: 'B', birthDate: '1990-01-01' };
    expect(clientFieldsSchema.parse(filled)).toEqual(filled);
    // Two forms never share one list: adding a phone to one leaves the other's alone.
    const other = schemaDefaults(clientFieldsSchema);
    blank.phones?.push({ kind: 'home', number: '5550100200' });
    expect(other.phones).toEqual([]);
  });

  it('names a kind for every part of the record', () => {
    const parts = Object.keys(clientRecordSchema.shape).filter((key) => key !== 'flags');
    expect(Object.keys(CLIENT_RECORD_KINDS).sort()).toEqual(parts.sort());
  });

  it('cuts the views by kind: contact for the front desk, nothing clinical for administrators', () => {
    const contact = Object.keys(clientContactSchema.shape);
    const demographics = Object.keys(clientDemographicsSchema.shape);
    for (const clinical of ['riskLevel', 'enrollments']) {
      expect(contact).not.toContain(clinical);
      expect(demographics).not.toContain(clinical);
    }
    expect(contact).toEqual(
      expect.arrayContaining(['legalFirstName', 'phones', 'address', 'assignedWorkers']),
    );
    expect(contact).not.toContain('sexAtBirth');
    expect(contact).not.toContain('insurance');
    expect(demographics).toEqual(
      expect.arrayContaining([...contact, 'sexAtBirth', 'insurance', 'lastContactAt']),
    );
    const contactFlags = CLIENT_FLAGS.filter((flag) => CLIENT_FLAG_KINDS[flag] === 'contact');
    expect(contactFlags).toEqual(['householdUnaware']);
    expect(Object.keys(clientContactSchema.shape.flags.shape)).toEqual(contactFlags);
    expect(Object.keys(clientDemographicsSchema.shape.flags.shape)).toEqual(contactFlags);
  });
});
