import type { CaseloadRow } from '../../shared/contracts/caseload';
import type { RecordKind } from '../../shared/domain/access';
import type { ClientFlag } from '../../shared/domain/clients';
import { CLIENT_FLAG_KINDS, CLIENT_FLAGS } from '../../shared/domain/clients';
import type { AccessPolicy } from '../access/policy';
import type { ClientRow, FlagColumn } from '../clients/columns';
import { FLAG_COLUMNS, flagColumn, selectList } from '../clients/columns';
import type { ClinicalFacts } from './clinical';
import { HIDDEN_CLINICAL_FACTS } from './clinical';

/** What a caseload row is made of: who the client is, how to reach them, and every flag. */
const SUMMARY = [
  'id',
  'client_number',
  'legal_first_name',
  'legal_last_name',
  'preferred_name',
  'birth_date',
  'status',
  'risk_level',
  'last_contact_at',
  'phones',
] as const satisfies readonly (keyof ClientRow)[];
type SummaryRow = Pick<ClientRow, (typeof SUMMARY)[number] | FlagColumn>;

export const SUMMARY_COLUMNS = selectList('c', [...SUMMARY, ...FLAG_COLUMNS]);

/** The flags a row shows, each only to a viewer who may see its kind of record. */
function visibleFlags(row: SummaryRow, kinds: ReadonlySet<RecordKind>): ClientFlag[] {
  // "Household not aware" is contact: everyone who may contact the client must know it.
  return CLIENT_FLAGS.filter((flag) => kinds.has(CLIENT_FLAG_KINDS[flag]) && row[flagColumn(flag)] === 1);
}

/**
 * Turns a page of client rows into caseload rows (programs and case managers read for the page's
 * ids by the repository): each row shows only what the policy lets this viewer see of that client
 * in a list or a search. The clinical follow-ups are read only for the rows that may show them.
 */
export function toCaseloadRows(
  rows: readonly SummaryRow[],
  { programs, workers }: PageDetails,
  policy: AccessPolicy,
  action: 'list' | 'search',
  clinicalFacts: (ids: readonly string[]) => Map<string, ClinicalFacts>,
): CaseloadRow[] {
  const relationships = policy.relationships(
    rows.map((row) => ({ id: row.id, workers: workers.get(row.id) ?? [] })),
  );
  // Supervisors: every client counts as theirs to look after.
  const seesAll = policy.kindsFor('other', 'read').has('clinical');
  const kindsOf = new Map(
    rows.map((row) => [row.id, policy.kindsFor(relationships.get(row.id) ?? 'other', action)]),
  );
  const facts = clinicalFacts(
    rows.filter((row) => kindsOf.get(row.id)?.has('clinical')).map((row) => row.id),
  );
  return rows.map((row) => {
    const assigned = workers.get(row.id) ?? [];
    const relationship = relationships.get(row.id) ?? 'other';
    const kinds = kindsOf.get(row.id) as ReadonlySet<RecordKind>;
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
      ...((kinds.has('clinical') && facts.get(row.id)) || HIDDEN_CLINICAL_FACTS),
    };
  });
}

export type { SummaryRow };

/** What a page needs besides its rows: each client's open programs and assigned workers. */
export interface PageDetails {
  programs: Map<string, string[]>;
  workers: Map<string, { id: string; name: string; teamId: string | null }[]>;
}
