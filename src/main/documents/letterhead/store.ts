import type { Letterhead, LetterheadFields } from '../../../shared/contracts/letterhead';
import type { Db } from '../../db/open';
import { readSetting, readSettings, writeSetting } from '../../settings/repository';
import type { PrintedLetterhead } from '../engine/frame';

/**
 * The letterhead is one row of the settings table (key `letterhead`): clinic-wide, no client
 * information, small (the logo is at most 512 KB). Who changed it last travels in the value.
 */
const KEY = 'letterhead';

interface StoredLetterhead {
  clinicName: string;
  address: string;
  phone: string;
  logo: { base64: string; mimeType: 'image/png' | 'image/jpeg' } | null;
  updatedAt: string;
  updatedByName: string;
}

export function readLetterhead(db: Db): Letterhead {
  const stored = readSetting<StoredLetterhead>(db, KEY);
  const clinicName = readSettings(db).clinicName;
  if (!stored) {
    return {
      fields: { clinicName: '', address: '', phone: '', logo: null },
      printedName: clinicName,
      logoMimeType: null,
      updatedAt: null,
      updatedByName: null,
    };
  }
  return {
    fields: {
      clinicName: stored.clinicName,
      address: stored.address,
      phone: stored.phone,
      logo: stored.logo ? { base64: stored.logo.base64 } : null,
    },
    printedName: stored.clinicName || clinicName,
    logoMimeType: stored.logo?.mimeType ?? null,
    updatedAt: stored.updatedAt,
    updatedByName: stored.updatedByName,
  };
}

export function writeLetterhead(
  db: Db,
  fields: LetterheadFields,
  logoMimeType: 'image/png' | 'image/jpeg' | null,
  by: { id: string; fullName: string },
  at: string,
): void {
  const value: StoredLetterhead = {
    clinicName: fields.clinicName,
    address: fields.address,
    phone: fields.phone,
    logo: fields.logo && logoMimeType ? { base64: fields.logo.base64, mimeType: logoMimeType } : null,
    updatedAt: at,
    updatedByName: by.fullName,
  };
  writeSetting(db, KEY, value, by.id, at);
}

/** The letterhead as a document prints it. */
export function printedLetterhead(db: Db): PrintedLetterhead {
  const letterhead = readLetterhead(db);
  const logo = letterhead.fields.logo;
  return {
    name: letterhead.printedName,
    address: letterhead.fields.address,
    phone: letterhead.fields.phone,
    logoDataUrl:
      logo && letterhead.logoMimeType ? `data:${letterhead.logoMimeType};base64,${logo.base64}` : null,
  };
}
