import type { Language } from './languages';

/**
 * The words a client agrees to when signing a care plan, in each language of the screens. The
 * screen shows them from the catalogue (`carePlans.agreement.attestation`); main accepts only
 * these, so a signature never carries words the client was not shown. A unit test keeps this list
 * and the catalogue the same. A change of wording is a new sentence: older signatures keep theirs.
 */
export const CARE_PLAN_ATTESTATIONS: Record<Language, string> = {
  en: 'I took part in writing this care plan and I agree with it.',
  es: 'Participé en la redacción de este plan de atención y estoy de acuerdo con él.',
};

export const isCarePlanAttestation = (text: string): boolean =>
  Object.values(CARE_PLAN_ATTESTATIONS).includes(text.normalize('NFC').trim());
