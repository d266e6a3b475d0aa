/** Contacts, care team and diagnoses of a fake client. */
import type { ContactFieldsInput } from '../../shared/contracts/care-team';
import { contactFieldsSchema } from '../../shared/contracts/care-team';
import type { EnrollmentStatus } from '../../shared/domain/clients';
import { fold } from '../clients/text-match';
import {
  CARE_ROLE_WEIGHTS,
  CONTACT_KIND_WEIGHTS,
  DEMO_DIAGNOSES,
  EMERGENCY_RELATIONSHIPS,
  FAMILY_RELATIONSHIPS,
} from './clinic-lists';
import { DEMO_ORGANISATIONS, demoPhone, firstName, lastName } from './name-lists';
import type { Random } from './random';
import { isoDate } from './random';

/** A contact as the care-team form's schema outputs it. */
export type ContactFields = ReturnType<typeof contactFieldsSchema.parse>;

export interface GeneratedDiagnosis {
  code: string;
  title: string;
  isPrimary: boolean;
  onsetDate: string | null;
}

export function diagnosesFor(
  rand: Random,
  status: EnrollmentStatus,
  birthDate: string,
  now: Date,
): GeneratedDiagnosis[] {
  const weights =
    status === 'active'
      ? ([
          [0, 10],
          [1, 45],
          [2, 30],
          [3, 15],
        ] as const)
      : ([
          [0, 35],
          [1, 45],
          [2, 20],
        ] as const);
  const count = rand.weighted(weights);
  const codes = new Set<string>();
  const out: GeneratedDiagnosis[] = [];
  for (let tries = 0; out.length < count && tries < 10; tries++) {
    const entry = rand.weighted(DEMO_DIAGNOSES.map((d) => [d, d.weight] as const));
    if (codes.has(entry.code)) continue;
    codes.add(entry.code);
    const onset = rand.chance(0.5) ? isoDate(rand.daysBefore(now, 30, 5000)) : null;
    out.push({
      code: entry.code,
      title: entry.title,
      isPrimary: out.length === 0,
      onsetDate: onset && onset > birthDate ? onset : null,
    });
  }
  return out;
}

export function contactsFor(rand: Random, now: Date): ContactFields[] {
  const count = rand.weighted([
    [0, 25],
    [1, 30],
    [2, 25],
    [3, 12],
    [4, 8],
  ] as const);
  const contacts: ContactFields[] = [];
  for (let i = 0; i < count; i++) {
    const kind = rand.weighted(CONTACT_KIND_WEIGHTS);
    const careRole = kind === 'care_team' ? rand.weighted(CARE_ROLE_WEIGHTS) : null;
    const doctor = careRole === 'psychiatrist' || careRole === 'primary_care';
    const name = `${doctor ? 'Dr. ' : ''}${firstName(rand)} ${lastName(rand)}`;
    const mayContact = rand.chance(0.6);
    const contact: ContactFieldsInput = {
      kind,
      careRole,
      name,
      relationship:
        kind === 'family'
          ? rand.pick(FAMILY_RELATIONSHIPS)
          : kind === 'emergency'
            ? rand.pick(EMERGENCY_RELATIONSHIPS)
            : '',
      organisation: kind === 'care_team' ? rand.pick(DEMO_ORGANISATIONS) : '',
      phone: rand.chance(0.9) ? demoPhone(rand, true) : '',
      email: kind === 'care_team' && rand.chance(0.3) ? `${fold(name).replace(/ /g, '.')}@example.com` : '',
      mayContact,
      consentDate: mayContact ? isoDate(rand.daysBefore(now, 0, 900)) : null,
      notes: '',
    };
    contacts.push(contactFieldsSchema.parse(contact));
  }
  return contacts;
}
