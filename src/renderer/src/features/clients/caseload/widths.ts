import type { CaseloadColumn } from '../../../../../shared/contracts/caseload';

/**
 * Column widths in pixels, for compact rows. `size` is a typical width (a column starts there
 * until its cells are measured, and a new caseload shows the columns whose typical widths fit
 * the window); `min` and `max` bound the measured width (past `max` the content wraps).
 */
export const COLUMN_WIDTHS: Record<CaseloadColumn, { size: number; min: number; max: number }> = {
  name: { size: 270, min: 140, max: 340 },
  safetyAlert: { size: 80, min: 60, max: 200 },
  status: { size: 95, min: 70, max: 160 },
  riskLevel: { size: 105, min: 60, max: 180 },
  flags: { size: 230, min: 60, max: 300 },
  lastContactAt: { size: 105, min: 70, max: 160 },
  planReview: { size: 95, min: 70, max: 200 },
  phone: { size: 130, min: 80, max: 180 },
  caseManager: { size: 130, min: 80, max: 220 },
  program: { size: 170, min: 80, max: 240 },
  clientNumber: { size: 100, min: 70, max: 160 },
  birthDate: { size: 190, min: 90, max: 230 },
  reassessmentDue: { size: 120, min: 70, max: 200 },
  measuresDue: { size: 130, min: 70, max: 220 },
};

/**
 * The columns, in their order, while their typical widths fit `width` (the name always): what
 * a new caseload shows, so it needs no sideways scrolling on this screen. The rest stay in the
 * column chooser.
 */
export function columnsThatFit(columns: readonly CaseloadColumn[], width: number): CaseloadColumn[] {
  const fitting: CaseloadColumn[] = [];
  let used = 0;
  for (const column of columns) {
    used += COLUMN_WIDTHS[column].size;
    if (column !== 'name' && used > width) break;
    fitting.push(column);
  }
  return fitting;
}
