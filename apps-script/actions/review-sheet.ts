/**
 * Writes "Review <period>": values only (the tracker moves on after Close quarter…), with one
 * setValues, a Carry over checkbox on each key result's row and none on objectives' rows.
 * Formats, checkboxes and bold rows are each one call over the whole sheet, so the number of
 * calls does not grow with the rows.
 */
import { REVIEW_COLUMNS, REVIEW_KIND } from '../../shared/cycle/cycle-layout.js';
import { ensureGrid } from '../sheet-table.js';
import { reviewGrid, type ReviewRecord } from '../../shared/cycle/review.js';
import { copiedContent } from '../../shared/cells/cell-text.js';

const FORMATS: Partial<Record<(typeof REVIEW_COLUMNS)[number], string>> = {
  'Final grade': '0.00',
  'Mid-period forecast grade': '0.00',
};

const WIDTHS: Partial<Record<(typeof REVIEW_COLUMNS)[number], number>> = {
  Title: 320,
  'What went well': 280,
  'What we learned': 280,
};

const column = (header: (typeof REVIEW_COLUMNS)[number]) => REVIEW_COLUMNS.indexOf(header) + 1;

export function writeReviewSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string, records: readonly ReviewRecord[]): GoogleAppsScript.Spreadsheet.Sheet {
  const grid = reviewGrid(records);
  const width = REVIEW_COLUMNS.length;
  const sheet = spreadsheet.insertSheet(name);
  ensureGrid(sheet, grid.length, width);
  // Titles and owners are copied from the sheets as text, never as formulas (shared/cells/cell-text.ts).
  sheet.getRange(1, 1, grid.length, width).setValues(grid.map((row) => row.map((value) => copiedContent(value))));
  sheet.setFrozenRows(1);
  const isObjective = records.map((r) => r.Kind === REVIEW_KIND.objective);
  // Objectives' rows in bold, so each objective heads its key results.
  sheet.getRange(1, 1, grid.length, width).setFontWeights([new Array(width).fill('bold'), ...isObjective.map((bold) => new Array(width).fill(bold ? 'bold' : 'normal'))]);
  if (records.length > 0) {
    for (const [header, format] of Object.entries(FORMATS)) sheet.getRange(2, column(header as keyof typeof FORMATS), records.length, 1).setNumberFormat(format);
    const checkbox = SpreadsheetApp.newDataValidation().requireCheckbox().build();
    sheet.getRange(2, column('Carry over'), records.length, 1).setDataValidations(isObjective.map((objective) => [objective ? null : checkbox]));
  }
  for (const [header, px] of Object.entries(WIDTHS)) sheet.setColumnWidth(column(header as keyof typeof WIDTHS), px);
  return sheet;
}
