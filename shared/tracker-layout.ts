/**
 * The tracker's sheets and the header text of their columns. Code finds a column by its header
 * text, never by position, so users may reorder columns and add their own.
 */
export const SHEETS = {
  settings: 'Settings',
  objectives: 'Objectives',
  keyResults: 'Key Results',
  checkIns: 'Check-ins',
  kpis: 'KPIs',
  dashboard: 'Dashboard',
  progress: 'Progress',
} as const;

export const OBJECTIVE_COLUMNS = ['ID', 'Objective', 'Owner', 'Parent', 'Grade', 'Status'] as const;

export const KEY_RESULT_COLUMNS = [
  'ID',
  'Objective',
  'Key result',
  'Owner',
  'Type',
  'Start',
  'Target',
  'Current',
  'Unit',
  'Weight',
  'Cadence',
  'Last check-in',
  'Next check-in',
  'Grade',
  'Status',
  'Forecast',
  'Forecast grade',
  'Needs / week',
  'Progress',
  'KPI',
] as const;

export const CHECK_IN_COLUMNS = ['Time', 'ID', 'Value', 'Confidence', 'Note', 'By', 'Request ID'] as const;

export const KPI_COLUMNS = ['ID', 'KPI', 'Owner', 'Value', 'Low', 'High', 'Status', 'Updated'] as const;

/** Settings is a two-column sheet of labels and values; these are the labels. */
export const SETTING_LABELS = {
  periodName: 'Period name',
  periodStart: 'Period start',
  periodEnd: 'Period end',
  success: 'Success threshold',
  cadence: 'Default check-in cadence',
} as const;

/**
 * The Progress sheet: formulas only, one row per Key Results row (row r there is row r + 1
 * here) and per Objectives row, one column per week of the period. Row 1 holds the last day of
 * each week, row 2 the grade expected at that week's end. Each weekly block starts with a label
 * column, so one row of a block (label, then weeks) is one chart series.
 */
export const PROGRESS_ROWS = { weekEnds: 1, expected: 2, first: 3 } as const;

/** Copies of the Key Results columns the weekly tables need, in the first columns. */
export const PROGRESS_KEY_RESULT_COLUMNS = ['Key result', 'Objective', 'Type', 'Start', 'Target', 'Weight', 'Log ID'] as const;

export interface ProgressBlock {
  /** The label column (IDs from row 3). */
  label: number;
  /** The first week's column; the block has `weeks` of them. */
  firstWeek: number;
}

export interface ProgressLayout {
  weeks: number;
  /** Each key result's grade per week (chart lines of an objective's key results). */
  grades: ProgressBlock;
  /** Each objective's grade per week (chart lines of a parent objective's children). */
  rollup: ProgressBlock;
  /** Each key result's value per week (OKR_WEEKLY). */
  values: ProgressBlock;
  /** Each objective's rollup of its own key results only; `parent` is its Parent column. */
  own: ProgressBlock & { parent: number };
  width: number;
}

/** Column numbers (1-based) of the Progress sheet's blocks for a period of `weeks` columns. */
export function progressLayout(weeks: number): ProgressLayout {
  const block = (label: number): ProgressBlock => ({ label, firstWeek: label + 1 });
  const grades = block(PROGRESS_KEY_RESULT_COLUMNS.length + 1);
  const rollup = block(grades.firstWeek + weeks);
  const values = block(rollup.firstWeek + weeks);
  const ownLabel = values.firstWeek + weeks;
  const own = { label: ownLabel, parent: ownLabel + 1, firstWeek: ownLabel + 2 };
  return { weeks, grades, rollup, values, own, width: own.firstWeek + weeks - 1 };
}

export type ObjectiveColumn = (typeof OBJECTIVE_COLUMNS)[number];
export type KeyResultColumn = (typeof KEY_RESULT_COLUMNS)[number];
export type CheckInColumn = (typeof CHECK_IN_COLUMNS)[number];
export type KpiColumn = (typeof KPI_COLUMNS)[number];
