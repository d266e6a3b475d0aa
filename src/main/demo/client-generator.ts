import type { ClientFields, ClientFieldsInput } from '../../shared/contracts/clients';
import { clientFieldsSchema } from '../../shared/contracts/clients';
import type { EnrollmentStatus } from '../../shared/domain/clients';
import { fold } from '../clients/text-match';
import type { ContactFields, GeneratedDiagnosis } from './care-generator';
import { contactsFor, diagnosesFor } from './care-generator';
import {
  DEMO_DIAGNOSES,
  FLAG_CHANCES,
  INSURANCE_CHANCES,
  LANGUAGE_WEIGHTS,
  LIVING_WEIGHTS,
  PROGRAM_WEIGHTS,
  RISK_WEIGHTS,
  STATUS_WEIGHTS,
} from './clinic-lists';
import { DEMO_CITIES, DEMO_STREETS, demoPhone, firstName, lastName } from './name-lists';
import type { Random } from './random';
import { DAY_MS, isoDate } from './random';

/** One fake client with everything the seeder writes. */
export interface GeneratedClient {
  fields: ClientFields;
  /** When the record was "created": the start of the first enrollment. */
  createdAt: string;
  lastContactAt: string | null;
  contacts: ContactFields[];
  diagnoses: GeneratedDiagnosis[];
}

/** Who can carry a caseload, with how busy each case manager is (relative weights). */
export interface StaffPool {
  caseManagerIds: readonly string[];
  /** Running totals of the case managers' weights, for a weighted pick by binary search. */
  cumulativeWeights: readonly number[];
  supervisorIds: readonly string[];
}

export interface Identity {
  legalFirstName: string;
  legalLastName: string;
  birthDate: string;
  sexAtBirth: ClientFields['sexAtBirth'];
}

const STATUS_RANK: Record<EnrollmentStatus, number> = {
  discharged: 1,
  referred: 2,
  waitlist: 3,
  on_hold: 4,
  active: 5,
};

const instant = (date: Date, now: Date) => new Date(Math.min(date.getTime(), now.getTime())).toISOString();

export function randomIdentity(rand: Random, now: Date): Identity {
  const sexAtBirth = rand.weighted([
    ['female', 50],
    ['male', 47],
    ['intersex', 0.3],
    ['unknown', 1.5],
    ['declined', 1.2],
  ] as const);
  // Birth years 1940–2007, most in the middle (the sum of two uniform draws).
  const year = 1940 + Math.floor(((rand.float() + rand.float()) / 2) * 68);
  const month = rand.int(1, 12);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const birth = new Date(Date.UTC(year, month - 1, rand.int(1, daysInMonth)));
  return {
    legalFirstName: firstName(rand),
    legalLastName: lastName(rand),
    birthDate: isoDate(new Date(Math.min(birth.getTime(), now.getTime() - 365 * DAY_MS))),
    sexAtBirth,
  };
}

/** A fake client. `identity` reuses given names and birth date (for planted near-duplicates). */
export function generateClient(
  rand: Random,
  staff: StaffPool,
  clientNumber: string,
  now: Date,
  identity: Identity = randomIdentity(rand, now),
): GeneratedClient {
  const status = rand.weighted(STATUS_WEIGHTS);
  const birthMs = Date.parse(`${identity.birthDate}T00:00:00Z`);
  // Nobody's adult services start before 16: keeps old contacts of young clients plausible.
  const adultSinceDays = Math.max(1, (now.getTime() - birthMs) / DAY_MS - 16 * 365);
  const lastContact = lastContactFor(rand, status, now, adultSinceDays);
  const enrollments = enrollmentsFor(rand, status, lastContact ?? now, now, adultSinceDays);
  const firstStart = enrollments.reduce(
    (min, e) => (e.startDate && e.startDate < min ? e.startDate : min),
    isoDate(now),
  );
  const createdAt = instant(
    new Date(Date.parse(`${firstStart}T00:00:00Z`) + rand.int(13, 22) * 3_600_000),
    now,
  );
  const riskLevel = rand.weighted(RISK_WEIGHTS);
  const diagnoses = diagnosesFor(rand, status, identity.birthDate, now);
  const substance = diagnoses.some((d) => DEMO_DIAGNOSES.find((x) => x.code === d.code)?.substance);
  const language = rand.weighted(LANGUAGE_WEIGHTS);
  const living = rand.weighted(LIVING_WEIGHTS);
  const first = identity.legalFirstName;

  const input: ClientFieldsInput = {
    clientNumber,
    legalFirstName: first,
    legalLastName: identity.legalLastName,
    preferredName: rand.chance(0.08) ? `${first.slice(0, 4)}y` : '',
    pronouns: pronounsFor(rand, identity.sexAtBirth),
    birthDate: identity.birthDate,
    sexAtBirth: identity.sexAtBirth,
    genderIdentity: rand.weighted([
      ['', 75],
      [identity.sexAtBirth === 'male' ? 'Man' : 'Woman', 22],
      ['Non-binary', 2],
      ['Transgender', 1],
    ] as const),
    preferredLanguage: language,
    interpreterNeeded: language !== 'English' && rand.chance(0.5),
    phones: phonesFor(rand),
    email: rand.chance(0.35)
      ? `${fold(first)}.${fold(identity.legalLastName)}${rand.int(1, 99)}@example.org`
      : '',
    address:
      living === 'unsheltered' || rand.chance(0.12)
        ? { line1: '', line2: '', city: '', region: '', postalCode: '' }
        : {
            line1: `${rand.int(1, 9999)} ${rand.pick(DEMO_STREETS)}`,
            line2: rand.chance(0.15) ? `Apt ${rand.int(1, 40)}` : '',
            city: rand.pick(DEMO_CITIES),
            region: 'Demo State',
            postalCode: `00${rand.digits(3)}`,
          },
    livingSituation: living,
    enrollments,
    assignedCaseManagerIds: assigneesFor(rand, staff),
    insurance: insuranceFor(rand),
    riskLevel,
    flags: {
      safetyConcern: rand.chance(riskLevel === 'high' ? 0.4 : FLAG_CHANCES.safetyConcern / 2),
      financialConcern: rand.chance(FLAG_CHANCES.financialConcern),
      legalInvolvement: rand.chance(FLAG_CHANCES.legalInvolvement),
      part2Protected: rand.chance(substance ? 0.4 : FLAG_CHANCES.part2Protected),
      householdUnaware: rand.chance(FLAG_CHANCES.householdUnaware),
    },
  };
  return {
    fields: clientFieldsSchema.parse(input),
    createdAt,
    lastContactAt: lastContact ? instant(lastContact, now) : null,
    contacts: contactsFor(rand, now),
    diagnoses,
  };
}

/** Active clients were seen recently; discharged ones up to ten years ago. */
function lastContactFor(rand: Random, status: EnrollmentStatus, now: Date, adultDays: number): Date | null {
  const within = (min: number, max: number) =>
    rand.daysBefore(now, Math.min(min, adultDays), Math.min(max, adultDays));
  switch (status) {
    case 'active':
      if (rand.chance(0.03)) return null;
      return rand.chance(0.85) ? within(0, 60) : within(60, 365);
    case 'on_hold':
      return within(45, 540);
    case 'waitlist':
      return rand.chance(0.5) ? null : within(0, 90);
    case 'referred':
      return rand.chance(0.7) ? null : within(0, 30);
    case 'discharged':
      return within(180, 3650);
  }
}

function enrollmentsFor(rand: Random, status: EnrollmentStatus, anchor: Date, now: Date, adultDays: number) {
  const programs = rand.chance(0.3) ? pickTwoPrograms(rand) : [rand.weighted(PROGRAM_WEIGHTS)];
  const span: Record<EnrollmentStatus, [number, number]> = {
    active: [7, 2500],
    on_hold: [30, 2000],
    waitlist: [0, 150],
    referred: [0, 45],
    discharged: [30, 1500],
  };
  return programs.map((program, index) => {
    let own = status;
    if (index > 0)
      own = status === 'active' && rand.chance(0.2) ? 'waitlist' : rand.chance(0.55) ? 'discharged' : status;
    if (STATUS_RANK[own] > STATUS_RANK[status]) own = status;
    const [min, max] = span[own];
    const anchorAgeDays = (now.getTime() - anchor.getTime()) / DAY_MS;
    const room = Math.max(0, adultDays - anchorAgeDays);
    const start = new Date(anchor.getTime() - Math.min(room, min + rand.float() * (max - min)) * DAY_MS);
    const end =
      own === 'discharged'
        ? isoDate(new Date(Math.min(now.getTime(), anchor.getTime() + rand.int(0, 30) * DAY_MS)))
        : null;
    const startDate = isoDate(start);
    return { program, status: own, startDate, endDate: end && end < startDate ? startDate : end };
  });
}

function pickTwoPrograms(rand: Random): string[] {
  const first = rand.weighted(PROGRAM_WEIGHTS);
  const second = rand.weighted(PROGRAM_WEIGHTS.filter(([p]) => p !== first));
  return [first, second];
}

function pickCaseManager(rand: Random, staff: StaffPool): string {
  const weights = staff.cumulativeWeights;
  const roll = rand.float() * (weights.at(-1) ?? 0);
  let low = 0;
  let high = weights.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((weights[mid] ?? 0) > roll) high = mid;
    else low = mid + 1;
  }
  return staff.caseManagerIds[low] as string;
}

/** One case manager, sometimes two (or one and a supervisor). */
function assigneesFor(rand: Random, staff: StaffPool): string[] {
  const primary = pickCaseManager(rand, staff);
  if (!rand.chance(0.12)) return [primary];
  const second =
    staff.supervisorIds.length > 0 && rand.chance(0.3)
      ? rand.pick(staff.supervisorIds)
      : pickCaseManager(rand, staff);
  return second === primary ? [primary] : [primary, second];
}

function pronounsFor(rand: Random, sex: Identity['sexAtBirth']): string {
  if (!rand.chance(0.55)) return '';
  if (rand.chance(0.06)) return 'they/them';
  return sex === 'female' ? 'she/her' : sex === 'male' ? 'he/him' : 'they/them';
}

function phonesFor(rand: Random): ClientFieldsInput['phones'] {
  const count = rand.weighted([
    [0, 10],
    [1, 70],
    [2, 20],
  ] as const);
  const phones: NonNullable<ClientFieldsInput['phones']> = [];
  for (let i = 0; i < count; i++) {
    const kind =
      i === 0 ? (rand.chance(0.75) ? 'mobile' : 'home') : rand.pick(['home', 'work', 'other'] as const);
    phones.push({ kind, number: demoPhone(rand, false) });
  }
  return phones;
}

function insuranceFor(rand: Random): ClientFieldsInput['insurance'] {
  const found = INSURANCE_CHANCES.filter(([, chance]) => rand.chance(chance)).map(([type]) => ({
    type,
    memberId: type === 'snap' ? '' : `XD${rand.digits(8)}`,
  }));
  return found.length > 0 ? found : rand.chance(0.5) ? [{ type: 'none', memberId: '' }] : [];
}
