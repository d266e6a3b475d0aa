import type { CaseloadRow } from '../../shared/contracts/caseload';
import type { RecordKind } from '../../shared/domain/access';
import type { ClientFlag, EnrollmentStatus, RiskLevel } from '../../shared/domain/clients';
import type { AccessPolicy } from '../access/policy';

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
 * Turns a page of client rows into caseload rows (programs and case managers read for the page's
 * ids by the repository): each row shows only what the policy lets this viewer see of that client
 * in a list or a search.
 */
export function toCaseloadRows(
  rows: readonly SummaryRow[],
  { programs, workers }: PageDetails,
  policy: AccessPolicy,
  action: 'list' | 'search',
): CaseloadRow[] {
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

/** What a page needs besides its rows: each client's open programs and assigned workers. */
export interface PageDetails {
  programs: Map<string, string[]>;
  workers: Map<string, { id: string; name: string; teamId: string | null }[]>;
}
