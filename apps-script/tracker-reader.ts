/**
 * Reads the whole tracker with one `getDataRange().getValues()` per sheet: the number of
 * Spreadsheet calls is the same for 10 key results and for 5,000.
 */
import { CHECK_IN_COLUMNS, KEY_RESULT_COLUMNS, KPI_COLUMNS, OBJECTIVE_COLUMNS, SHEETS } from '../shared/tracker-layout.js';
import { columnsOf, type TrackerColumns } from '../shared/tracker-columns.js';
import { findSheet, tableFromValues } from './sheet-table.js';
import { settingsFrom } from './template/settings-values.js';
import { latestReviewSheet } from '../shared/cycle/cycle-layout.js';

export interface TrackerSnapshot {
  data: TrackerColumns;
  /** The Check-ins sheet and its values, for writers that append to it. */
  checkInSheet: GoogleAppsScript.Spreadsheet.Sheet;
  checkInValues: unknown[][];
  /** Key Results as read (header row first), for the Adjustments reconciliation (recorded-fields.ts). */
  keyResultValues: unknown[][];
}

const REQUIRED_KR = ['ID', 'Start', 'Target', 'Type'] as const;

export function readTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TrackerSnapshot {
  const read = (name: string, required: readonly string[]) => {
    const sheet = findSheet(spreadsheet, name);
    const values = sheet.getDataRange().getValues();
    tableFromValues(sheet, values, required); // throws a clear message for a damaged header row
    return { sheet, values };
  };
  const settings = read(SHEETS.settings, []);
  const objectives = read(SHEETS.objectives, ['ID']);
  const keyResults = read(SHEETS.keyResults, REQUIRED_KR);
  const checkIns = read(SHEETS.checkIns, ['Time', 'ID', 'Value', 'Request ID']);
  const kpis = read(SHEETS.kpis, ['ID']);
  const s = settingsFrom(settings.values);
  return {
    data: {
      settings: { periodName: s.periodName ?? '', periodStart: s.periodStart ?? '', periodEnd: s.periodEnd ?? '', success: s.success ?? '', cadence: s.cadence ?? '' },
      objectives: columnsOf(objectives.values, OBJECTIVE_COLUMNS),
      keyResults: columnsOf(keyResults.values, KEY_RESULT_COLUMNS),
      checkIns: columnsOf(checkIns.values, CHECK_IN_COLUMNS),
      kpis: columnsOf(kpis.values, KPI_COLUMNS),
    },
    checkInSheet: checkIns.sheet,
    checkInValues: checkIns.values,
    keyResultValues: keyResults.values,
  };
}

/**
 * The newest Review sheet and its values (header row first), for the feed's review reminder;
 * null before the first Close quarter…. One getValues whatever the number of key results.
 */
export function readLatestReview(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { sheet: string; values: unknown[][] } | null {
  const name = latestReviewSheet(spreadsheet.getSheets().map((sheet) => sheet.getName()));
  const sheet = name === null ? null : spreadsheet.getSheetByName(name);
  return name === null || sheet === null ? null : { sheet: name, values: sheet.getDataRange().getValues() };
}
