import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CaseloadColumn, CaseloadRow } from '../../../../../shared/contracts/caseload';
import { FlagBadges, OffCaseloadBadge, RiskBadge, StatusBadge } from '../components/Badges';
import { ageFromBirthDate, formatCalendarDate, formatDay } from '../../../lib/format';
import type { Density } from './density';
import { DueDateCell, MeasuresCell, SafetyAlertCell } from './followUpCells';
import { isSortable } from './state';
import { COLUMN_WIDTHS } from './widths';

/** One rendered row of the virtual window: its position in the whole list, and the row once loaded. */
export interface CaseloadItem {
  index: number;
  row: CaseloadRow | undefined;
}

const helper = createColumnHelper<CaseloadItem>();

/**
 * The name, and who the person goes by: under it when comfortable; beside it when compact, as
 * “Sunny” on screen (a screen reader still says "goes by Sunny").
 */
function NameCell({
  row,
  t,
  markOffCaseload,
  density,
}: {
  row: CaseloadRow;
  t: TFunction;
  markOffCaseload: boolean;
  density: Density;
}) {
  const goesBy = t('clients.caseload.goesBy', { name: row.preferredName });
  return (
    <>
      <span className="cell-name">{row.legalName}</span>
      {row.preferredName && density === 'compact' ? (
        <span className="cell-sub">
          <span aria-hidden="true">{t('clients.caseload.goesByShort', { name: row.preferredName })}</span>
          <span className="visually-hidden">{goesBy}</span>
        </span>
      ) : null}
      {row.preferredName && density === 'comfortable' ? <span className="cell-sub">{goesBy}</span> : null}
      {markOffCaseload && !row.onCaseload ? <OffCaseloadBadge /> : null}
    </>
  );
}

function renderCell(
  column: CaseloadColumn,
  row: CaseloadRow,
  t: TFunction,
  markOffCaseload: boolean,
  density: Density,
) {
  switch (column) {
    case 'name':
      return <NameCell row={row} t={t} markOffCaseload={markOffCaseload} density={density} />;
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
      return <RiskBadge level={row.riskLevel} short={density === 'compact'} />;
    case 'flags':
      return <FlagBadges flags={row.flags} short={density === 'compact'} />;
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
  density: Density,
): ColumnDef<CaseloadItem>[] {
  return columns.map((column) =>
    helper.display({
      id: column,
      header: () => t(`clients.columns.${column}`),
      size: COLUMN_WIDTHS[column].size,
      minSize: COLUMN_WIDTHS[column].min,
      maxSize: COLUMN_WIDTHS[column].max,
      enableSorting: isSortable(column),
      cell: ({ row }) =>
        row.original.row ? renderCell(column, row.original.row, t, markOffCaseload, density) : null,
    }),
  );
}
