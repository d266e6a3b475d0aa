import { fileTypeFromBuffer } from 'file-type';
import type { Letterhead, LetterheadFields } from '../../../shared/contracts/letterhead';
import { LETTERHEAD_LOGO_MAX_BYTES, LETTERHEAD_LOGO_TYPES } from '../../../shared/contracts/letterhead';
import { DomainError } from '../../errors';
import { documentPdfmake } from '../engine/pdfmake-setup';
import type { RequestContext } from '../../request/context';
import { readLetterhead, writeLetterhead } from './store';

export const getLetterhead = (ctx: RequestContext): Letterhead => readLetterhead(ctx.db);

const logoRefused = (key: 'validation.logo_too_large' | 'validation.logo_unreadable', message: string) =>
  new DomainError(
    'invalid_input',
    message,
    { 'letterhead.logo': key },
    {
      messageKey: key === 'validation.logo_too_large' ? 'errors.logo_too_large' : 'errors.logo_unreadable',
    },
  );

type LogoType = (typeof LETTERHEAD_LOGO_TYPES)[number];

/** A logo is accepted by what its bytes are (PNG or JPEG), not by what a file name says. */
async function logoType(base64: string): Promise<LogoType> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength > LETTERHEAD_LOGO_MAX_BYTES)
    throw logoRefused('validation.logo_too_large', 'The logo is larger than 512 KB.');
  const found = await fileTypeFromBuffer(bytes);
  const mime = found?.mime as string | undefined;
  if (!mime || !(LETTERHEAD_LOGO_TYPES as readonly string[]).includes(mime))
    throw logoRefused('validation.logo_unreadable', 'The logo is not a PNG or JPEG image.');
  await refuseUnprintable(`data:${mime};base64,${base64}`);
  return mime as LogoType;
}

/**
 * A file can start like a PNG and still be broken further on; stored, it would make every
 * document fail. The logo is laid out once by the same engine before it is kept.
 */
async function refuseUnprintable(dataUrl: string): Promise<void> {
  const pdfmake = await documentPdfmake();
  try {
    await pdfmake.createPdf({ content: [{ image: dataUrl, fit: [64, 64] }] }).getBuffer();
  } catch {
    throw logoRefused('validation.logo_unreadable', 'The logo image could not be read.');
  }
}

export async function updateLetterhead(
  ctx: RequestContext,
  input: { letterhead: LetterheadFields },
): Promise<Letterhead> {
  const fields = input.letterhead;
  const mime = fields.logo ? await logoType(fields.logo.base64) : null;
  const before = readLetterhead(ctx.db);
  const changed = (['clinicName', 'address', 'phone'] as const).filter((f) => before.fields[f] !== fields[f]);
  const logoChanged = (before.fields.logo?.base64 ?? null) !== (fields.logo?.base64 ?? null);
  ctx.db.transaction(() => {
    writeLetterhead(ctx.db, fields, mime, ctx.actor, ctx.now.toISOString());
    ctx.audit({
      action: 'letterhead.updated',
      // Which parts changed, not their values: an address or a phone is not the audit trail's to keep.
      details: { fields: [...changed, ...(logoChanged ? ['logo'] : [])].join(', ') || 'none' },
    });
  })();
  return readLetterhead(ctx.db);
}
