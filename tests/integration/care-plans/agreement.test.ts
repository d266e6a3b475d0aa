import { describe, expect, it } from 'vitest';
import { SIGNATURE_PNG_MAX_BYTES } from '../../../src/shared/contracts/care-plan-signatures';
import { CARE_PLAN_ATTESTATIONS } from '../../../src/shared/domain/care-plan-attestation';
import { localToday } from '../../../src/shared/domain/clients';
import { TYPED, drawn, planClinic, planContent } from './plan-clinic';

const inDays = (days: number) =>
  new Date(Date.parse(`${localToday()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const dataUrl = (bytes: Buffer) => `data:image/png;base64,${bytes.toString('base64')}`;

async function signedByWorker() {
  const clinic = await planClinic();
  const created = await clinic.call('carePlans:create', { clientId: clinic.clientId });
  const versionId = created.draftVersionId as string;
  await clinic.call('carePlans:saveDraft', { versionId, content: planContent(localToday(), inDays(90)) });
  await clinic.call('carePlans:signAsWorker', { versionId });
  return { clinic, versionId };
}

describe('the client’s agreement, checked in main', () => {
  it('refuses a drawn image whose bytes are not a PNG, or over the limit once decoded, at agreement.png', async () => {
    const { clinic, versionId } = await signedByWorker();
    const png = async (value: string) =>
      (await clinic.refuse('carePlans:recordClientAgreement', { versionId, agreement: drawn(value) })).fields;
    // The right prefix, but HTML inside.
    expect(await png(dataUrl(Buffer.from('<script>alert(1)</script>')))).toEqual({
      'agreement.png': 'validation.invalid',
    });
    // Not base64 at all (Buffer.from would quietly skip the characters).
    expect(await png('data:image/png;base64,%%%%iVBORw0KGgo=')).toEqual({
      'agreement.png': 'validation.invalid',
    });
    // A PNG signature followed by more bytes than kept: under the text limit, over the byte limit.
    const big = Buffer.concat([PNG_MAGIC, Buffer.alloc(SIGNATURE_PNG_MAX_BYTES)]);
    expect(await png(dataUrl(big))).toEqual({ 'agreement.png': 'validation.signature_too_large' });
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions[0]?.signatures.map((s) => s.role)).toEqual(['worker']);
    // A real PNG's first bytes within the limit are kept.
    const ok = dataUrl(Buffer.concat([PNG_MAGIC, Buffer.alloc(64)]));
    const agreed = await clinic.call('carePlans:recordClientAgreement', { versionId, agreement: drawn(ok) });
    expect(agreed.versions[0]?.signatures[1]?.png).toBe(ok);
  });

  it('accepts only the attestation the screen shows (in either language), typed or drawn', async () => {
    const { clinic, versionId } = await signedByWorker();
    for (const agreement of [
      { ...TYPED, attestation: 'I agree to anything.' },
      { ...drawn(), attestation: 'Whatever the worker wrote.' },
    ]) {
      const refused = await clinic.refuse('carePlans:recordClientAgreement', { versionId, agreement });
      expect(refused).toMatchObject({
        code: 'invalid_input',
        fields: { 'agreement.attestation': 'validation.attestation_unknown' },
        details: { messageKey: 'errors.care_plan_attestation_unknown' },
      });
    }
    const { plan } = await clinic.call('carePlans:get', { clientId: clinic.clientId });
    expect(plan?.versions[0]?.signatures).toHaveLength(1);
    const agreed = await clinic.call('carePlans:recordClientAgreement', {
      versionId,
      agreement: { ...TYPED, attestation: CARE_PLAN_ATTESTATIONS.es },
    });
    expect(agreed.versions[0]?.signatures[1]?.attestation).toBe(CARE_PLAN_ATTESTATIONS.es);
  });
});
