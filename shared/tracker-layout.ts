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

export type ObjectiveColumn = (typeof OBJECTIVE_COLUMNS)[number];
export type KeyResultColumn = (typeof KEY_RESULT_COLUMNS)[number];
export type CheckInColumn = (typeof CHECK_IN_COLUMNS)[number];
export type KpiColumn = (typeof KPI_COLUMNS)[number];
