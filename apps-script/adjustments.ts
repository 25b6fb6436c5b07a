/**
 * The append-only Adjustments sheet. Two writers: the simple `onEdit` trigger, for changes a
 * person makes to a key result's Start, Target, Type or Weight, and the add-on's own actions,
 * whose writes fire no trigger (https://developers.google.com/apps-script/guides/triggers#restrictions) and so must call `recordAdjustments`.
 *
 * `onEdit` is a simple trigger so it needs no extra OAuth scope; in exchange it runs for at most
 * 30 s, shows no UI, and only sees who edited when Google tells it
 * (https://developers.google.com/apps-script/guides/triggers#restrictions).
 */
import { ADJUSTMENT_COLUMNS, ADJUSTMENTS_SHEET, headerColumn } from '../shared/cycle/cycle-layout.js';
import { adjustmentsForEdit, type AdjustmentRecord } from '../shared/cycle/adjustments.js';
import { readEditedBlock } from './cycle/edit-block.js';
import { copiedContent } from '../shared/cells/cell-text.js';
import { settleEditsWithRecord } from './recorded-fields.js';

const TIME_FORMAT = 'yyyy-mm-dd hh:mm';

/**
 * The Adjustments sheet, created (or its missing headers added) on first use. Inserting a sheet
 * makes it the active one; the user's sheet is made active again, so an edit on Key Results
 * does not throw them onto another tab.
 */
function adjustmentsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = spreadsheet.getSheetByName(ADJUSTMENTS_SHEET);
  if (sheet === null) {
    const active = spreadsheet.getActiveSheet();
    sheet = spreadsheet.insertSheet(ADJUSTMENTS_SHEET);
    sheet.getRange(1, 1, 1, ADJUSTMENT_COLUMNS.length).setValues([[...ADJUSTMENT_COLUMNS]]).setFontWeight('bold');
    sheet.setFrozenRows(1);
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat(TIME_FORMAT);
    if (active !== null) spreadsheet.setActiveSheet(active);
    return sheet;
  }
  const headers = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
  const missing = ADJUSTMENT_COLUMNS.filter((h) => headerColumn(headers, h) < 0);
  if (missing.length > 0) {
    const after = headers.filter((h) => String(h).trim() !== '').length === 0 ? 0 : sheet.getLastColumn();
    if (after + missing.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), after + missing.length - sheet.getMaxColumns());
    sheet.getRange(1, after + 1, 1, missing.length).setValues([missing]).setFontWeight('bold');
  }
  return sheet;
}

/**
 * Appends adjustments below the sheet's last row with one setValues. The sheet holds no array
 * formulas (only what this function writes), so `getLastRow()` is the last logged row.
 * Actions call it under the script lock they already hold.
 */
export function recordAdjustments(
  rows: readonly AdjustmentRecord[],
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
): number {
  if (rows.length === 0) return 0;
  const sheet = adjustmentsSheet(spreadsheet);
  const width = sheet.getLastColumn();
  const headers = sheet.getRange(1, 1, 1, width).getValues()[0];
  const positions = ADJUSTMENT_COLUMNS.map((h) => [h, headerColumn(headers, h)] as const);
  const grid = rows.map((record) => {
    const row: unknown[] = new Array(width).fill('');
    // Values come from cells (or e.oldValue, their text): kept as text, never formulas (shared/cells/cell-text.ts).
    for (const [h, at] of positions) row[at] = copiedContent(record[h]);
    return row;
  });
  const first = sheet.getLastRow() + 1;
  const last = first + grid.length - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  sheet.getRange(first, 1, grid.length, width).setValues(grid);
  return grid.length;
}

/** How long onEdit waits for an action's lock: well inside a simple trigger's 30 s. */
const EDIT_LOCK_MS = 10_000;

/**
 * Logs a person's edit of Start, Target, Type or Weight. Returns the number of rows logged.
 * "By" is `e.user`'s email: Google gives it to a simple trigger only when policy allows
 * (usually the owner, or users of the owner's Workspace domain; https://developers.google.com/apps-script/reference/base/session#getActiveUser()), and
 * leaves it blank otherwise, as the README explains. Reason is left for the user to fill in.
 */
export function recordEditAdjustments(e: GoogleAppsScript.Events.SheetsOnEdit | undefined, now: number): number {
  if (e === undefined || e === null || e.range === undefined) return 0;
  const block = readEditedBlock(e, now);
  if (block === null) return 0;
  const rows = adjustmentsForEdit(block);
  if (rows.length === 0) return 0;
  // An action appending under the script lock must not race this append for the same row.
  // If the lock does not come in time the row is written anyway: a lost record is worse.
  const lock = LockService.getScriptLock();
  const locked = lock.tryLock(EDIT_LOCK_MS);
  try {
    const spreadsheet = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
    // An action may have found this change already (its event came late): log it once.
    return recordAdjustments(settleEditsWithRecord(spreadsheet, rows), spreadsheet);
  } finally {
    if (locked) {
      SpreadsheetApp.flush();
      lock.releaseLock();
    }
  }
}
