/**
 * Sheet operations that involve the formula engine: finding the last row or column with
 * content, and inserting rows or columns (which moves cells, formats and formulas, and grows
 * open-ended ranges like `F2:F` that now reach further).
 */
import { CellType } from 'hyperformula';
import { keyColumn, keyRow } from './cell-props.js';
import { translateFormula, untranslateFormula } from './formula-translate.js';
import type { SheetModel } from './sheet-model.js';
import type { Workbook } from './workbook.js';

/**
 * The last row holding content, 0 for an empty sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()). Every cell of a
 * formula's spilled result counts, blank-looking ones included: Sheets reports the same for
 * ARRAYFORMULA columns that show "" (as reported, not documented; unverified for custom functions).
 */
export function lastRow(book: Workbook, sheet: SheetModel): number {
  const { width, height } = book.engine.dimensions(sheet.engineId);
  for (let row = Math.min(height, sheet.maxRows); row >= 1; row--) {
    for (let col = 0; col < width; col++) if (book.engine.hasContent({ sheet: sheet.engineId, row: row - 1, col })) return row;
  }
  return 0;
}

export function lastColumn(book: Workbook, sheet: SheetModel): number {
  const { width, height } = book.engine.dimensions(sheet.engineId);
  const rows = Math.min(height, sheet.maxRows);
  for (let col = Math.min(width, sheet.maxColumns); col >= 1; col--) {
    for (let row = 0; row < rows; row++) if (book.engine.hasContent({ sheet: sheet.engineId, row, col: col - 1 })) return col;
  }
  return 0;
}

/**
 * After the engine moved cells, takes each formula's new text from the engine wherever the
 * engine changed it (references shifted), keeping open-ended ranges open-ended.
 */
function refreshFormulaTexts(book: Workbook): void {
  for (const sheet of book.sheets) {
    const maxRowsOf = (name: string | undefined) => book.maxRowsOf(name, sheet);
    for (const [key, original] of sheet.formulas) {
      const current = book.engine.formula({ sheet: sheet.engineId, row: keyRow(key) - 1, col: keyColumn(key) - 1 });
      if (current === undefined) continue;
      const expected = sheet.openEnded.get(key) ?? translateFormula(original, maxRowsOf).text;
      if (current === expected) continue;
      const text = untranslateFormula(current, maxRowsOf);
      sheet.formulas.set(key, text);
      if (sheet.openEnded.has(key)) sheet.openEnded.set(key, current);
    }
  }
}

/**
 * Inserts `count` rows after row `after` (0 = at the top); the grid's edge row moves down too.
 * An array formula above the insertion whose result spills across it is lifted out first and put
 * back after: HyperFormula 3.5 fails such an insert ("Cannot move cell. Destination already
 * occupied.") where Sheets simply grows the result into the new rows.
 */
export function insertRows(book: Workbook, sheet: SheetModel, after: number, count: number): void {
  const lifted = after < sheet.maxRows ? liftArraysAbove(book, sheet, after) : [];
  sheet.maxRows += count;
  book.engine.addRows(sheet.engineId, after, count);
  for (const { row, col, text } of lifted) book.engine.write(sheet.engineId, row, col, [[text]]);
  sheet.shift('row', after + 1, count);
  refreshFormulaTexts(book);
  book.retranslate();
  book.spillsMayRecover = true;
}

/** Removes the array formulas anchored at or above row `after` (1-based), returning them to write back. */
function liftArraysAbove(book: Workbook, sheet: SheetModel, after: number): { row: number; col: number; text: string }[] {
  book.engine.settle();
  const lifted: { row: number; col: number; text: string }[] = [];
  for (const key of sheet.formulas.keys()) {
    const address = { sheet: sheet.engineId, row: keyRow(key) - 1, col: keyColumn(key) - 1 };
    if (address.row >= after || book.engine.hf.getCellType(address) !== CellType.ARRAYFORMULA) continue;
    const text = book.engine.formula(address);
    if (text !== undefined) lifted.push({ ...address, text });
  }
  for (const { row, col } of lifted) book.engine.write(sheet.engineId, row, col, [[null]]);
  return lifted;
}

export function insertColumns(book: Workbook, sheet: SheetModel, after: number, count: number): void {
  sheet.maxColumns += count;
  book.engine.addColumns(sheet.engineId, after, count);
  book.placeGridEdge(sheet, after + 1);
  sheet.shift('column', after + 1, count);
  for (const [c, w] of [...sheet.columnWidths].filter(([c]) => c > after).sort(([a], [b]) => b - a)) {
    sheet.columnWidths.delete(c);
    sheet.columnWidths.set(c + count, w);
  }
  refreshFormulaTexts(book);
  book.retranslate();
}

