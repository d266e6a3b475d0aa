import type { CaseloadRow } from '../../shared/contracts/caseload';
import type { RecordKind } from '../../shared/domain/access';
import type { ClientFlag, EnrollmentStatus, RiskLevel } from '../../shared/domain/clients';
import type { AccessPolicy } from '../access/policy';
import type { Db } from '../db/open';

interface SummaryRow {
  id: string;
  client_number: string;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string;
  birth_date: string;
  status: EnrollmentStatus;
  risk_level: RiskLevel;
  flag_safety_concern: number;
  flag_financial_concern: number;
  flag_legal_involvement: number;
  flag_part2_protected: number;
  flag_household_unaware: number;
  last_contact_at: string | null;
  phones: string;
}

export const SUMMARY_COLUMNS = `c.id, c.client_number, c.legal_first_name, c.legal_last_name, c.preferred_name,
  c.birth_date, c.status, c.risk_level, c.flag_safety_concern, c.flag_financial_concern, c.flag_legal_involvement,
  c.flag_part2_protected, c.flag_household_unaware, c.last_contact_at, c.phones`;

/** The flags a row shows, each only to a viewer who may see its kind of record. */
function visibleFlags(row: SummaryRow, kinds: ReadonlySet<RecordKind>): ClientFlag[] {
  const flags: ClientFlag[] = [];
  if (kinds.has('clinical')) {
    if (row.flag_safety_concern) flags.push('safetyConcern');
    if (row.flag_financial_concern) flags.push('financialConcern');
    if (row.flag_legal_involvement) flags.push('legalInvolvement');
  }
  if (kinds.has('part2') && row.flag_part2_protected) flags.push('part2Protected');
  // Everyone who may contact the client must know not to leave messages at home.
  if (kinds.has('contact') && row.flag_household_unaware) flags.push('householdUnaware');
  return flags;
}

/**
 * Turns a page of client rows into caseload rows: programs and case managers are read for the
 * page's ids only (two indexed queries), and each row shows only what the policy lets this
 * viewer see of that client in a list or a search.
 */
export function toCaseloadRows(
  db: Db,
  rows: readonly SummaryRow[],
  policy: AccessPolicy,
  action: 'list' | 'search',
): CaseloadRow[] {
  if (rows.length === 0) return [];
  const ids = JSON.stringify(rows.map((r) => r.id));
  const programs = new Map<string, string[]>();
  for (const e of db
    .prepare(
      `SELECT client_id, program FROM client_enrollments WHERE client_id IN (SELECT value FROM json_each(?)) AND status != 'discharged' ORDER BY position`,
    )
    .all(ids) as { client_id: string; program: string }[]) {
    programs.set(e.client_id, [...(programs.get(e.client_id) ?? []), e.program]);
  }
  const workers = new Map<string, { id: string; name: string; teamId: string | null }[]>();
  for (const a of db
    .prepare(
      `SELECT ca.client_id, a.id, a.full_name, a.team_id FROM client_assignments ca JOIN accounts a ON a.id = ca.account_id
       WHERE ca.client_id IN (SELECT value FROM json_each(?)) ORDER BY ca.assigned_at`,
    )
    .all(ids) as { client_id: string; id: string; full_name: string; team_id: string | null }[]) {
    workers.set(a.client_id, [
      ...(workers.get(a.client_id) ?? []),
      { id: a.id, name: a.full_name, teamId: a.team_id },
    ]);
  }
  const relationships = policy.relationships(
    rows.map((row) => ({ id: row.id, workers: workers.get(row.id) ?? [] })),
  );
  // Supervisors: every client counts as theirs to look after.
  const seesAll = policy.kindsFor('other', 'read').has('clinical');
  return rows.map((row) => {
    const assigned = workers.get(row.id) ?? [];
    const relationship = relationships.get(row.id) ?? 'other';
    const kinds = policy.kindsFor(relationship, action);
    const phones = JSON.parse(row.phones) as { number: string }[];
    return {
      id: row.id,
      clientNumber: row.client_number,
      legalName: `${row.legal_last_name}, ${row.legal_first_name}`,
      preferredName: row.preferred_name,
      birthDate: row.birth_date,
      status: row.status,
      // A program's name can reveal treatment ("methadone clinic"): clinical.
      programs: kinds.has('clinical') ? (programs.get(row.id) ?? []) : [],
      caseManagers: assigned.map((w) => w.name),
      riskLevel: kinds.has('clinical') ? row.risk_level : null,
      flags: visibleFlags(row, kinds),
      lastContactAt: row.last_contact_at,
      phone: phones[0]?.number ?? null,
      onCaseload: seesAll || relationship === 'caseload' || relationship === 'team',
    };
  });
}

export type { SummaryRow };
