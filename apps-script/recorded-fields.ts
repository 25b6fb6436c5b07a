/**
 * Where the add-on keeps the Start, Target, Type and Weight it last recorded for each key result
 * (shared/cycle/reconcile.ts says why): a hidden sheet, "Recorded fields", one row per key result.
 *
 * Why a sheet and not script or document properties: properties hold 9 KB per value and 500 KB
 * in all (https://developers.google.com/apps-script/guides/services/quotas), shared with the feed
 * token and revision. Measured, the record of 5,000 key results is 199 KB as JSON with IDs like
 * "K4999" and 219 KB with carried-over IDs like "KR12-2027-Q1": 23 to 24 values of 9 KB, and the
 * store would be full near 11,000 key results. A sheet
 * costs the same one getValues and at most one setValues at any size, and it travels with the
 * spreadsheet: a copy, or a version restored from File → Version history, gets the record that
 * matches its own Adjustments log. It is hidden and carries a warning-only protection
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly).
 */
import { recordedFrom, recordedValues, settleEdits, unreportedChanges, type Recorded } from '../shared/cycle/reconcile.js';
import type { AdjustmentRecord } from '../shared/cycle/adjustments.js';
import { recordAdjustments } from './adjustments.js';

const RECORDED_SHEET = 'Recorded fields';
const PROTECTION = 'okr-sheets: what the Adjustments log last recorded for each key result; edits here make it log changes that did not happen';

function readRecorded(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { sheet: GoogleAppsScript.Spreadsheet.Sheet | null; values: unknown[][] | null } {
  const sheet = spreadsheet.getSheetByName(RECORDED_SHEET);
  return { sheet, values: sheet === null ? null : sheet.getDataRange().getValues() };
}

function createRecordedSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Spreadsheet.Sheet {
  // Inserting a sheet makes it the active one: give the user their sheet back.
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(RECORDED_SHEET, spreadsheet.getSheets().length);
  sheet.hideSheet();
  sheet.protect().setDescription(PROTECTION).setWarningOnly(true);
  if (active !== null) spreadsheet.setActiveSheet(active);
  return sheet;
}

/** Rewrites the record with one setValues, and clears the rows it no longer needs. */
function writeRecorded(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, found: GoogleAppsScript.Spreadsheet.Sheet | null, before: unknown[][] | null, recorded: Recorded): void {
  const sheet = found ?? createRecordedSheet(spreadsheet);
  const values = recordedValues(recorded);
  if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
  sheet.getRange(1, 1, values.length, values[0].length).setValues(values);
  const stale = (before?.length ?? 0) - values.length;
  if (stale > 0) sheet.getRange(values.length + 1, 1, stale, values[0].length).clearContent();
}

function sameValues(a: unknown[][] | null, b: unknown[][]): boolean {
  if (a === null || a.length !== b.length) return false;
  return a.every((row, r) => b[r].every((cell, c) => (cell instanceof Date && row[c] instanceof Date ? cell.getTime() === (row[c] as Date).getTime() : cell === row[c])));
}

/**
 * Logs, marked as found later, each change of a key result's Start, Target, Type or Weight that
 * no edit event reported, then records the sheet's values. `keyResults` is Key Results as the
 * action read it (header row first): no read of its own but the record's. The caller holds the
 * script lock, or accepts that a concurrent action may record the same finding (`tryReconcile`).
 * Returns how many changes it logged.
 */
export function reconcileKeyResults(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, keyResults: unknown[][], now: number): number {
  const current = recordedFrom(keyResults);
  if (current === null) return 0;
  const { sheet, values } = readRecorded(spreadsheet);
  const recorded = values === null ? null : recordedFrom(values);
  const found = recorded === null ? [] : unreportedChanges(recorded, current, new Date(now));
  if (found.length > 0) recordAdjustments(found, spreadsheet);
  if (!sameValues(values, recordedValues(current))) writeRecorded(spreadsheet, sheet, values, current);
  return found.length;
}

/** For a reader without the lock (the feed): reconciles only if the lock comes within a moment. */
export function tryReconcile(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, keyResults: unknown[][], now: number): number {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(2_000)) return 0; // the next action catches up
  try {
    const logged = reconcileKeyResults(spreadsheet, keyResults, now);
    SpreadsheetApp.flush();
    return logged;
  } finally {
    lock.releaseLock();
  }
}

/**
 * For `onEdit`: drops the edits an action already found and logged, fills in old values Google
 * did not give from the record, and records the new values. One read and at most one write.
 */
export function settleEditsWithRecord(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: AdjustmentRecord[]): AdjustmentRecord[] {
  const { sheet, values } = readRecorded(spreadsheet);
  const recorded = values === null ? null : recordedFrom(values);
  if (sheet === null || recorded === null) return rows;
  const { log, changed } = settleEdits(recorded, rows);
  if (changed) writeRecorded(spreadsheet, sheet, values, recorded);
  return log;
}
