import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CaseloadColumn, CaseloadRow } from '../../../../../shared/contracts/caseload';
import { FlagBadges, OffCaseloadBadge, RiskBadge, StatusBadge } from '../components/Badges';
import { ageFromBirthDate, formatCalendarDate, formatDay } from '../../../lib/format';
import { DueDateCell, MeasuresCell, SafetyAlertCell } from './followUpCells';
import { isSortable } from './state';

/** One rendered row of the virtual window: its position in the whole list, and the row once loaded. */
export interface CaseloadItem {
  index: number;
  row: CaseloadRow | undefined;
}

/** Widths in pixels; the table grows past the window and scrolls sideways when it must. */
const WIDTH: Record<CaseloadColumn, number> = {
  name: 250,
  clientNumber: 120,
  birthDate: 150,
  status: 130,
  program: 190,
  caseManager: 170,
  riskLevel: 120,
  flags: 230,
  lastContactAt: 140,
  phone: 150,
  safetyAlert: 170,
  planReview: 170,
  reassessmentDue: 170,
  measuresDue: 170,
};

const helper = createColumnHelper<CaseloadItem>();

function renderCell(column: CaseloadColumn, row: CaseloadRow, t: TFunction, markOffCaseload: boolean) {
  switch (column) {
    case 'name':
      return (
        <>
          <span className="cell-name">{row.legalName}</span>
          {row.preferredName ? (
            <span className="cell-sub">{t('clients.caseload.goesBy', { name: row.preferredName })}</span>
          ) : null}
          {markOffCaseload && !row.onCaseload ? <OffCaseloadBadge /> : null}
        </>
      );
    case 'clientNumber':
      return <span className="mono">{row.clientNumber}</span>;
    case 'birthDate': {
      const age = ageFromBirthDate(row.birthDate);
      return (
        <>
          {formatCalendarDate(row.birthDate)}
          {age === null ? null : <span className="cell-sub">{t('clients.ageYears', { count: age })}</span>}
        </>
      );
    }
    case 'status':
      return <StatusBadge status={row.status} />;
    case 'program':
      return row.programs.join(', ');
    case 'caseManager':
      return row.caseManagers.length ? row.caseManagers.join(', ') : t('clients.caseload.unassigned');
    case 'riskLevel':
      return <RiskBadge level={row.riskLevel} />;
    case 'flags':
      return <FlagBadges flags={row.flags} />;
    case 'lastContactAt':
      return row.lastContactAt ? formatDay(row.lastContactAt) : t('clients.caseload.never');
    case 'phone':
      return row.phone ?? '';
    case 'safetyAlert':
      return <SafetyAlertCell alerts={row.safetyAlerts} t={t} />;
    case 'planReview':
      return <DueDateCell value={row.planReview} t={t} />;
    case 'reassessmentDue':
      return (
        <DueDateCell
          value={row.reassessment && { date: row.reassessment.dueDate, overdue: row.reassessment.overdue }}
          t={t}
        />
      );
    case 'measuresDue':
      return <MeasuresCell measures={row.measures} t={t} />;
  }
}

/** The caseload's columns for @tanstack/react-table; sorting is done by main (manual sorting). */
export function caseloadColumns(
  columns: readonly CaseloadColumn[],
  t: TFunction,
  markOffCaseload: boolean,
): ColumnDef<CaseloadItem>[] {
  return columns.map((column) =>
    helper.display({
      id: column,
      header: () => t(`clients.columns.${column}`),
      size: WIDTH[column],
      enableSorting: isSortable(column),
      cell: ({ row }) => (row.original.row ? renderCell(column, row.original.row, t, markOffCaseload) : null),
    }),
  );
}
