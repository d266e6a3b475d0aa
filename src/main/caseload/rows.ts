import type { CaseloadRow } from '../../shared/contracts/caseload';
import type { ClientFlag, EnrollmentStatus, RiskLevel } from '../../shared/domain/clients';
import type { Db } from '../db/open';

/** Who is looking, and so what a caseload row may show. */
export interface Viewer {
  accountId: string;
  /** Risk level and clinical flags; false for front desk and administrators. */
  clinical: boolean;
  /** Every client counts as on the caseload (supervisors). */
  seesAll: boolean;
  /** Their team's clients count as on the caseload too (null: no team). */
  teamId: string | null;
}

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

/**
 * Turns a page of client rows into caseload rows: programs and case managers are read for the
 * page's ids only (two indexed queries), and clinical columns are dropped for non-clinical roles.
 */
export function toCaseloadRows(db: Db, rows: readonly SummaryRow[], viewer: Viewer): CaseloadRow[] {
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
  return rows.map((row) => {
    const assigned = workers.get(row.id) ?? [];
    const flags: ClientFlag[] = [];
    if (viewer.clinical) {
      if (row.flag_safety_concern) flags.push('safetyConcern');
      if (row.flag_financial_concern) flags.push('financialConcern');
      if (row.flag_legal_involvement) flags.push('legalInvolvement');
      if (row.flag_part2_protected) flags.push('part2Protected');
    }
    // Everyone who may contact the client must know not to leave messages at home.
    if (row.flag_household_unaware) flags.push('householdUnaware');
    const phones = JSON.parse(row.phones) as { number: string }[];
    return {
      id: row.id,
      clientNumber: row.client_number,
      legalName: `${row.legal_last_name}, ${row.legal_first_name}`,
      preferredName: row.preferred_name,
      birthDate: row.birth_date,
      status: row.status,
      programs: programs.get(row.id) ?? [],
      caseManagers: assigned.map((w) => w.name),
      riskLevel: viewer.clinical ? row.risk_level : null,
      flags,
      lastContactAt: row.last_contact_at,
      phone: phones[0]?.number ?? null,
      onCaseload:
        viewer.seesAll ||
        assigned.some(
          (w) => w.id === viewer.accountId || (viewer.teamId !== null && w.teamId === viewer.teamId),
        ),
    };
  });
}

export type { SummaryRow };
