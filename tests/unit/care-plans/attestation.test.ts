import { describe, expect, it } from 'vitest';
import en from '../../../src/renderer/src/locales/en.json';
import es from '../../../src/renderer/src/locales/es.json';
import {
  CARE_PLAN_ATTESTATIONS,
  isCarePlanAttestation,
} from '../../../src/shared/domain/care-plan-attestation';

describe('the care plan attestation', () => {
  it('is the sentence the catalogue shows, in each language (main accepts only these)', () => {
    expect(CARE_PLAN_ATTESTATIONS).toEqual({
      en: en.carePlans.agreement.attestation,
      es: es.carePlans.agreement.attestation,
    });
    expect(isCarePlanAttestation(`  ${en.carePlans.agreement.attestation}`)).toBe(true);
    expect(isCarePlanAttestation('I agree.')).toBe(false);
  });
});
