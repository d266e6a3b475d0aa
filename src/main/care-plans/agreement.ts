import type { CarePlanAgreement } from '../../shared/contracts/care-plan-signatures';
import { PNG_DATA_URL_PREFIX, SIGNATURE_PNG_MAX_BYTES } from '../../shared/contracts/care-plan-signatures';
import { isCarePlanAttestation } from '../../shared/domain/care-plan-attestation';
import { DomainError } from '../errors';

/**
 * What a client's agreement must be beyond its shape: the attestation the screen showed (not
 * any text sent through `invoke`), and for a drawn signature a real PNG — its bytes, not only
 * its `data:` prefix — no larger than the limit once decoded.
 */

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Canonical base64: the alphabet, padded to a multiple of four (Buffer.from ignores the rest). */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

const refused = (field: string, key: string, message: string) =>
  new DomainError(
    'invalid_input',
    message,
    { [`agreement.${field}`]: key },
    { messageKey: 'errors.invalid_input' },
  );

function checkPng(dataUrl: string): void {
  const encoded = dataUrl.startsWith(PNG_DATA_URL_PREFIX) ? dataUrl.slice(PNG_DATA_URL_PREFIX.length) : null;
  if (encoded === null || !BASE64.test(encoded))
    throw refused('png', 'validation.invalid', 'The drawn signature is not a PNG image.');
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length > SIGNATURE_PNG_MAX_BYTES)
    throw refused('png', 'validation.signature_too_large', 'The drawn signature image is too large.');
  if (bytes.length < PNG_MAGIC.length || !bytes.subarray(0, PNG_MAGIC.length).equals(PNG_MAGIC))
    throw refused('png', 'validation.invalid', 'The drawn signature is not a PNG image.');
}

export function checkAgreement(agreement: CarePlanAgreement): void {
  if (agreement.method === 'declined') return;
  if (!isCarePlanAttestation(agreement.attestation))
    throw new DomainError(
      'invalid_input',
      'The attestation is not the one the screen shows the client.',
      { 'agreement.attestation': 'validation.attestation_unknown' },
      { messageKey: 'errors.care_plan_attestation_unknown' },
    );
  if (agreement.method === 'drawn') checkPng(agreement.png);
}
