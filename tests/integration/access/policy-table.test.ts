import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src/shared/result';
import type { AccessAction, RecordKind, Relationship, Verdict } from '../../../src/shared/domain/access';
import { ACCESS_ACTIONS, RECORD_KINDS, RELATIONSHIPS, verdict } from '../../../src/shared/domain/access';
import type { Role } from '../../../src/shared/domain/roles';
import { policyClinic } from './policy-clinic';

/**
 * The policy table, cell by cell, against what the channels really return on a real encrypted
 * clinic: every role × {own caseload, team, granted, other} × {contact, demographics, clinical,
 * Part 2, history} × {read, list, search, export}. What a viewer is allowed must be there; what
 * they are not must be absent or refused, with the refusal the table names.
 */

type Clinic = Awaited<ReturnType<typeof policyClinic>>;
/** Every channel's answer for a cell, separately: each one must match the table. */
type Observed = Partial<Record<RecordKind, Partial<Record<AccessAction, Verdict[]>>>>;

const VIEWERS: [string, Role][] = [
  ['sage', 'supervisor'],
  ['cam', 'case_manager'],
  ['fran', 'front_desk'],
  ['ada', 'administrator'],
  ['remy', 'reporting'],
];

const refusalVerdict = (error: AppError): Verdict => {
  const details = (error.details ?? {}) as Record<string, unknown>;
  if (details.needsReason) return 'needs_reason';
  if (details.needsConsent) return 'needs_consent';
  expect(error.code).toBe('forbidden');
  return 'deny';
};

async function observe(clinic: Clinic, clientId: string, lastName: string): Promise<Observed> {
  const seen: Observed = {};
  const mark = (kind: RecordKind, action: AccessAction, value: Verdict) => {
    seen[kind] = { ...seen[kind], [action]: [...(seen[kind]?.[action] ?? []), value] };
  };
  const yes = (allowed: boolean): Verdict => (allowed ? 'allow' : 'deny');

  // read: the file, its diagnoses and its history
  const file = await clinic.core.invoke('clients:get', { id: clientId });
  if (!file.ok) {
    for (const kind of ['contact', 'demographics', 'clinical', 'part2'] as const)
      mark(kind, 'read', refusalVerdict(file.error));
  } else {
    const record = (file.value as { client: Record<string, unknown> }).client;
    mark('contact', 'read', yes(Array.isArray(record.phones) && record.phones.length > 0));
    mark('demographics', 'read', yes('insurance' in record && 'sexAtBirth' in record));
    const diagnoses = await clinic.core.invoke('diagnoses:list', { clientId });
    mark('clinical', 'read', yes('riskLevel' in record));
    mark('clinical', 'read', yes('enrollments' in record));
    mark('clinical', 'read', diagnoses.ok ? 'allow' : refusalVerdict(diagnoses.error));
    mark('part2', 'read', yes((record.flags as Record<string, boolean>).part2Protected === true));
  }
  const history = await clinic.core.invoke('clients:history', { clientId });
  mark('history', 'read', history.ok ? 'allow' : refusalVerdict(history.error));

  // list and search: the row, and filters on what the row may show
  const list = await clinic.core.invoke('caseload:list', { limit: 100 });
  const rowOf = (rows: { id: string }[]) =>
    rows.find((row) => row.id === clientId) as
      { riskLevel: string | null; programs: string[]; flags: string[]; phone: string | null } | undefined;
  const listed = list.ok ? rowOf((list.value as { rows: { id: string }[] }).rows) : undefined;
  const filtered = async (filter: Record<string, unknown>) => {
    const result = await clinic.core.invoke('caseload:list', { filter, limit: 100 });
    return result.ok && rowOf((result.value as { rows: { id: string }[] }).rows) !== undefined;
  };
  mark('contact', 'list', yes(listed?.phone === '(555) 201-3344'));
  mark('clinical', 'list', yes(listed?.riskLevel === 'high'));
  mark('clinical', 'list', yes((listed?.programs.length ?? 0) > 0));
  mark('clinical', 'list', yes(listed?.flags.includes('safetyConcern') === true));
  mark('clinical', 'list', yes(await filtered({ riskLevels: ['high'] })));
  mark('clinical', 'list', yes(await filtered({ program: 'Opioid Treatment Program' })));
  mark('clinical', 'list', yes(await filtered({ flags: ['safetyConcern'] })));
  mark('part2', 'list', yes(listed?.flags.includes('part2Protected') === true));
  mark('part2', 'list', yes(await filtered({ flags: ['part2Protected'] })));
  const search = await clinic.core.invoke('caseload:search', { query: lastName });
  const found = search.ok ? rowOf(search.value as { id: string }[]) : undefined;
  mark('contact', 'search', yes(found?.phone === '(555) 201-3344'));
  mark('clinical', 'search', yes(found?.riskLevel === 'high'));
  mark('clinical', 'search', yes((found?.programs.length ?? 0) > 0));
  mark('part2', 'search', yes(found?.flags.includes('part2Protected') === true));

  // export: a FHIR file leaves Lantern; Part 2 diagnoses only with a consent
  // As in the app: the save dialog first (the test picker answers), then the export.
  await clinic.core.invoke('files:chooseSaveLocation', { purpose: 'fhir_export', title: 'Save the record' });
  const exported = await clinic.core.invoke('clients:exportFhir', { clientId });
  if (!exported.ok) {
    for (const kind of ['contact', 'demographics', 'clinical', 'part2'] as const)
      mark(kind, 'export', refusalVerdict(exported.error));
  } else {
    const text = readFileSync((exported.value as { file: string }).file, 'utf8');
    mark('contact', 'export', yes(text.includes('555-222-1111') || text.includes('(555) 201-3344')));
    mark('demographics', 'export', yes(text.includes('"gender": "female"')));
    mark('clinical', 'export', yes(text.includes('F33.1')));
    mark('part2', 'export', text.includes('F11.20') ? 'allow' : 'needs_consent');
  }
  return seen;
}

/**
 * Lists never say "give a reason": a row is there or it is not. Cells no channel can show
 * (demographics in a caseload row, history in a list or an export) are left out, and said so.
 */
const UNOBSERVABLE = new Set([
  'demographics:list',
  'demographics:search',
  'history:list',
  'history:search',
  'history:export',
]);
const comparable = (expected: Verdict, action: AccessAction): Verdict =>
  (action === 'list' || action === 'search') && expected !== 'allow' ? 'deny' : expected;

describe('the access policy table, enumerated through the channels', () => {
  // One clinic per role: temporary data folders are removed after each test.
  for (const [username, role] of VIEWERS) {
    it(`${role}: every relationship, kind and action gets the table's verdict`, async () => {
      const clinic = await policyClinic();
      await clinic.as(username);
      const cells: string[] = [];
      for (const relationship of RELATIONSHIPS) {
        // Only a case manager's relationship changes with the client; for others the four clients
        // are the same case seen four times, which is still checked.
        const effective: Relationship = role === 'case_manager' ? relationship : 'other';
        const seen = await observe(
          clinic,
          clinic.clientIds[relationship],
          clinic.people[relationship].lastName,
        );
        for (const kind of RECORD_KINDS) {
          for (const action of ACCESS_ACTIONS) {
            if (UNOBSERVABLE.has(`${kind}:${action}`)) continue;
            const expected = comparable(verdict(role, effective, kind, action), action);
            const answers = seen[kind]?.[action] ?? [];
            cells.push(`${relationship}/${kind}/${action}`);
            expect(answers.length, `${kind} ${action} observed`).toBeGreaterThan(0);
            for (const [index, actual] of answers.entries())
              expect(actual, `${role} ${relationship} ${kind} ${action} (answer ${index + 1})`).toBe(
                expected,
              );
          }
        }
      }
      expect(cells).toHaveLength(RELATIONSHIPS.length * (RECORD_KINDS.length * ACCESS_ACTIONS.length - 5));
    }, 120_000);
  }

  it('the table itself: Part 2 never leaves without consent, reporting sees no one, front desk nothing clinical', () => {
    for (const role of ['supervisor', 'case_manager', 'front_desk', 'administrator', 'reporting'] as const) {
      for (const relationship of RELATIONSHIPS) {
        expect(['needs_consent', 'needs_reason', 'deny']).toContain(
          verdict(role, relationship, 'part2', 'export'),
        );
        if (role === 'reporting')
          for (const kind of RECORD_KINDS)
            for (const action of ACCESS_ACTIONS)
              expect(verdict(role, relationship, kind, action)).toBe('deny');
        if (role === 'front_desk' || role === 'administrator')
          for (const kind of ['clinical', 'part2', 'history'] as const)
            for (const action of ACCESS_ACTIONS)
              expect(verdict(role, relationship, kind, action)).toBe('deny');
      }
    }
  });
});
