/**
 * Writes the Progress sheet: formulas only, rebuilt by set-up whenever they differ from the
 * template's (nothing in it is typed by users). A constant number of Spreadsheet calls: one read
 * and at most one write of its three formula rows, and formats by block.
 */
import { PROGRESS_ROWS, SHEETS, type ProgressLayout } from '../../shared/tracker-layout.js';
import { progressCells } from './progress-sheet.js';
import type { ColumnOf } from './formulas.js';

const PROTECTION = 'okr-sheets: the Progress sheet is computed; Set up tracker rewrites it';

const isOurs = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((p) => p.getDescription() === PROTECTION);

/** A sheet named Progress that set-up did not make and that holds something: a user's own. */
export function foreignProgressSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  const sheet = spreadsheet.getSheetByName(SHEETS.progress);
  return sheet !== null && !isOurs(sheet) && sheet.getLastRow() > 0;
}

export interface PreparedProgress {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  layout: ProgressLayout;
  /** The three formula rows to write, or null when the sheet already holds them. */
  pending: string[][] | null;
}

/**
 * Sizes and formats the Progress sheet, before any formula of the tracker is written: a date
 * format makes the engine recalculate, which costs least while little is computed.
 * `dataRows` is the most rows any table must hold: the Key Results and Objectives grids' data
 * rows, whose open-ended columns the tables copy.
 */
export function prepareProgressSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, columnOf: ColumnOf, weeks: number, dataRows: number): PreparedProgress {
  const sheet = spreadsheet.getSheetByName(SHEETS.progress) ?? spreadsheet.insertSheet(SHEETS.progress);
  const { layout, cells } = progressCells(columnOf, weeks);
  const rows = PROGRESS_ROWS.first + dataRows - 1;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < layout.width) sheet.insertColumnsAfter(sheet.getMaxColumns(), layout.width - sheet.getMaxColumns());
  const grid: string[][] = [1, 2, 3].map(() => new Array<string>(sheet.getMaxColumns()).fill(''));
  for (const cell of cells) grid[cell.row - 1][cell.column - 1] = cell.content;

  // Rewritten only when a formula differs: rewriting makes every table and chart recalculate.
  const formulas = sheet.getRange(1, 1, PROGRESS_ROWS.first, grid[0].length).getFormulas();
  if (formulas.every((row, r) => row.every((formula, c) => formula === (grid[r][c].startsWith('=') ? grid[r][c] : '')))) return { sheet, layout, pending: null };
  sheet.clear();
  sheet.getRange(PROGRESS_ROWS.weekEnds, 1, 1, layout.width).setFontWeight('bold').setBackground('#f1f3f4').setNumberFormat('yyyy-mm-dd');
  sheet.getRange(PROGRESS_ROWS.expected, 1, 1, layout.width).setFontStyle('italic').setNumberFormat('0.00');
  for (const block of [layout.grades, layout.rollup, layout.own]) {
    sheet.getRange(PROGRESS_ROWS.first, block.firstWeek, dataRows, layout.weeks).setNumberFormat('0.00');
  }
  return { sheet, layout, pending: grid };
}

/** Writes the formulas (one call) once the tracker's own columns are in place. */
export function writeProgressSheet({ sheet, pending }: PreparedProgress): void {
  if (pending !== null) sheet.getRange(1, 1, PROGRESS_ROWS.first, pending[0].length).setValues(pending);
  sheet.setFrozenRows(PROGRESS_ROWS.expected);
  sheet.setTabColor('#12b5cb');
  // A warning, not a lock: a user may still look into a formula, but learns it is rewritten.
  if (!isOurs(sheet)) sheet.protect().setDescription(PROTECTION).setWarningOnly(true);
}
