import type { Db } from '../open';
import type { Migration } from '../migrate';

/**
 * History values as values. Until now `client_history.old_value/new_value` held display strings
 * ("mobile 555-0100; home 555-0101", "true"), which the renderer had to guess at and could not
 * translate. From here on they hold JSON ("low", true, [{"kind":"mobile",…}]); SQL NULL is still
 * "no value". Every old entry is converted where its string can be read back for certain; one that
 * cannot (an address whose blank parts were dropped, a program with one date: start or end?) is
 * kept verbatim as {"legacyText": "…"}, so nothing is lost and nothing is guessed.
 *
 * The table is append-only by trigger: the triggers are dropped for the conversion and recreated,
 * inside the migration's transaction, so no other write can slip through in between.
 *
 * The vocabularies are frozen here as they were when these strings were written: a later change
 * to the lists in shared/ must not change what this shipped migration does.
 */
const PHONE_KINDS = ['mobile', 'home', 'work', 'other'];
const INSURANCE_TYPES = ['medicaid', 'medicare', 'ssi', 'ssdi', 'snap', 'private', 'va', 'other', 'none'];
const ENROLLMENT_STATUSES = ['referred', 'waitlist', 'active', 'on_hold', 'discharged'];
const VOCABULARIES: Record<string, readonly string[]> = {
  sexAtBirth: ['female', 'male', 'intersex', 'unknown', 'declined'],
  livingSituation: [
    'own_home',
    'with_family',
    'supported_housing',
    'group_home',
    'shelter',
    'unsheltered',
    'hospital_or_institution',
    'jail',
    'other',
    'unknown',
  ],
  riskLevel: ['unknown', 'low', 'moderate', 'high'],
  kind: ['emergency', 'family', 'guardian', 'representative', 'care_team'],
  careRole: [
    'psychiatrist',
    'therapist',
    'primary_care',
    'nurse',
    'pharmacy',
    'probation_officer',
    'landlord',
    'housing_worker',
    'peer_specialist',
    'other',
  ],
};
const BOOLEAN_FIELDS = new Set(['interpreterNeeded', 'mayContact', 'isPrimary']);
const DATE_FIELDS = new Set(['birthDate', 'consentDate', 'onsetDate', 'resolvedDate']);
/** Fields whose display string was the value itself (String(value)). */
const TEXT_FIELDS = new Set([
  'clientNumber',
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'pronouns',
  'genderIdentity',
  'preferredLanguage',
  'email',
  'name',
  'relationship',
  'organisation',
  'phone',
  'notes',
  'code',
  'removed',
  'entered_in_error',
  'merged_in',
  'merged_into',
]);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Json = string | boolean | Json[] | { [key: string]: Json | null };
export const legacy = (text: string) => ({ legacyText: text });
const items = (text: string) => text.split('; ');

/** "kind rest…" where kind is one of `kinds`; null when the first word is not one. */
function codeThenRest(part: string, kinds: readonly string[]): [string, string] | null {
  const space = part.indexOf(' ');
  const first = space < 0 ? part : part.slice(0, space);
  return kinds.includes(first) ? [first, space < 0 ? '' : part.slice(space + 1)] : null;
}

/** "program status [start end]": read from the end, where the words are codes and dates. */
function enrollment(part: string): Json | null {
  const words = part.split(' ');
  const dates: string[] = [];
  while (words.length && DATE.test(words.at(-1) ?? '')) dates.unshift(words.pop() as string);
  const status = words.pop();
  if (!status || !ENROLLMENT_STATUSES.includes(status) || words.length === 0) return null;
  // One date alone cannot say whether it was the start or the end (blank parts were dropped).
  if (dates.length === 1 || dates.length > 2) return null;
  return { program: words.join(' '), status, startDate: dates[0] ?? null, endDate: dates[1] ?? null };
}

function listOf(text: string, read: (part: string) => Json | null): Json[] | null {
  const parsed = items(text).map(read);
  return parsed.every((item) => item !== null) ? (parsed as Json[]) : null;
}

/** The value a display string stood for, or null when it cannot be read back for certain. */
export function valueOfDisplay(field: string, text: string): Json | null {
  if (field.startsWith('flags.') || BOOLEAN_FIELDS.has(field))
    return text === 'true' ? true : text === 'false' ? false : null;
  const vocabulary = VOCABULARIES[field];
  if (vocabulary) return vocabulary.includes(text) ? text : null;
  if (DATE_FIELDS.has(field)) return DATE.test(text) ? text : null;
  if (TEXT_FIELDS.has(field)) return text;
  switch (field) {
    case 'assignedCaseManagers':
      return items(text);
    case 'phones':
      return listOf(text, (part) => {
        const read = codeThenRest(part, PHONE_KINDS);
        return read && read[1] ? { kind: read[0], number: read[1] } : null;
      });
    case 'insurance':
      return listOf(text, (part) => {
        const read = codeThenRest(part, INSURANCE_TYPES);
        return read ? { type: read[0], memberId: read[1] } : null;
      });
    case 'enrollments':
      return listOf(text, enrollment);
    default:
      return null; // the address, and any field this migration does not know
  }
}

const stored = (field: string, text: string | null): string | null =>
  text === null ? null : JSON.stringify(valueOfDisplay(field, text) ?? legacy(text));

function convert(db: Db): void {
  const rows = db
    .prepare('SELECT id, field, old_value, new_value FROM client_history')
    .iterate() as IterableIterator<{
    id: string;
    field: string;
    old_value: string | null;
    new_value: string | null;
  }>;
  const update = db.prepare('UPDATE client_history SET old_value = ?, new_value = ? WHERE id = ?');
  // Read everything first: updating rows under an open iterator of the same table is unsafe.
  const converted = [...rows].map((row) => [
    stored(row.field, row.old_value),
    stored(row.field, row.new_value),
    row.id,
  ]);
  for (const args of converted) update.run(...args);
}

export const migration0009: Migration = {
  version: 9,
  name: 'structured-history',
  up(db) {
    db.exec(`
      DROP TRIGGER client_history_no_update;
      DROP TRIGGER client_history_no_delete;
    `);
    convert(db);
    db.exec(`
      CREATE TRIGGER client_history_no_update BEFORE UPDATE ON client_history
      BEGIN SELECT RAISE(ABORT, 'client history is append-only'); END;
      CREATE TRIGGER client_history_no_delete BEFORE DELETE ON client_history
      BEGIN SELECT RAISE(ABORT, 'client history is append-only'); END;
      -- From here on the columns hold JSON (or NULL for "no value").
      CREATE TRIGGER client_history_values_are_json BEFORE INSERT ON client_history
      WHEN (NEW.old_value IS NOT NULL AND json_valid(NEW.old_value) = 0)
        OR (NEW.new_value IS NOT NULL AND json_valid(NEW.new_value) = 0)
      BEGIN SELECT RAISE(ABORT, 'client history values must be JSON'); END;
    `);
  },
};
