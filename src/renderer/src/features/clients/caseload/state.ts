import type { z } from 'zod';
import {
  CASELOAD_COLUMNS,
  CLINICAL_CASELOAD_COLUMNS,
  OPTIONAL_CASELOAD_COLUMNS,
  SORTABLE_COLUMNS,
  type CaseloadColumn,
  type caseloadFilterSchema,
  type savedViewDefinitionSchema,
} from '../../../../../shared/contracts/caseload';
import type { SessionInfo } from '../../../../../shared/contracts/session';
import { can } from '../../../../../shared/domain/roles';
import { columnsThatFit } from './widths';

/** What the caseload shows: a saved view's definition, plus which saved view it came from. */
export type CaseloadFilterValue = z.output<typeof caseloadFilterSchema>;
export type CaseloadDefinition = z.output<typeof savedViewDefinitionSchema>;
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

export interface CaseloadState {
  definition: CaseloadDefinition;
  viewId: string | null;
}

/** Risk level and the clinical flags are for roles that read clinical records. */
export const isClinical = (session: SessionInfo) =>
  can(session.role, 'clients:read_caseload') || can(session.role, 'clients:read_all');

/** Columns this person may choose from: the clinical ones only for roles that read clinical records. */
export function availableColumns(session: SessionInfo): CaseloadColumn[] {
  return CASELOAD_COLUMNS.filter(
    (column) => !CLINICAL_CASELOAD_COLUMNS.includes(column) || isClinical(session),
  );
}

export function isSortable(column: string): column is SortColumn {
  return (SORTABLE_COLUMNS as readonly string[]).includes(column);
}

/**
 * "My caseload" starts on for case managers, who have one; off for everyone else. The columns are
 * those that fit `width` (the caseload's width in pixels), leaving out the clinical follow-ups
 * that are in the chooser only.
 */
export function defaultDefinition(session: SessionInfo, width = Infinity): CaseloadDefinition {
  return {
    filter: {
      mine: session.role === 'case_manager',
      team: false,
      statuses: [],
      riskLevels: [],
      flags: [],
      attention: [],
    },
    sort: { column: 'name', direction: 'asc' },
    columns: columnsThatFit(
      availableColumns(session).filter((column) => !OPTIONAL_CASELOAD_COLUMNS.includes(column)),
      width,
    ),
  };
}

/**
 * The caseload's filters, sort and columns while the person moves between the list and client
 * files. Kept per account in memory only; it holds no client data (quick-search text is not kept).
 */
const remembered = new Map<string, CaseloadState>();

export function recallState(session: SessionInfo, width: number): CaseloadState {
  return remembered.get(session.accountId) ?? { definition: defaultDefinition(session, width), viewId: null };
}

export function rememberState(session: SessionInfo, state: CaseloadState): void {
  remembered.set(session.accountId, state);
}

/** A saved view applied to a person who may see fewer columns than its author chose. */
export function sanitizeDefinition(session: SessionInfo, definition: CaseloadDefinition): CaseloadDefinition {
  const allowed = availableColumns(session);
  const columns = definition.columns.filter((column) => allowed.includes(column));
  return { ...definition, columns: columns.length ? columns : allowed };
}
