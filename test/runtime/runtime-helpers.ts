/**
 * Runtime-level helpers that are not Apps Script API: reading a cell's error note (Sheets shows
 * it on hover), showing a cell as still loading, and re-evaluating custom-function cells after
 * the function table changes.
 */
import { parseA1 } from './a1.js';
import { keyColumn, keyRow } from './cell-props.js';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';
import { errorText, isCellError } from './engine-values.js';
import type { Workbook } from './workbook.js';
import type { SheetModel } from './sheet-model.js';
import { spillMessage } from './spill.js';

/** The sheet and 1-based position of one cell in A1 notation (the active sheet when unnamed). */
function cellOf(book: Workbook, a1: string, method: string): { sheet: SheetModel; row: number; column: number } {
  const parsed = parseA1(a1);
  const sheet = parsed?.sheetName === undefined ? book.active : book.sheetByName(parsed.sheetName);
  if (parsed === undefined || sheet === undefined || parsed.startRow === undefined || parsed.startColumn === undefined) {
    throw new Error(`runtime.${method}: ${JSON.stringify(a1)} is not a cell such as 'Key Results'!N2`);
  }
  return { sheet, row: parsed.startRow, column: parsed.startColumn };
}

export function cellAt(book: Workbook, a1: string): { type: string; message: string } | null {
  const { sheet, row, column } = cellOf(book, a1, 'cellError');
  book.settle();
  const value = book.engine.value({ sheet: sheet.engineId, row: row - 1, col: column - 1 });
  if (!isCellError(value)) return null;
  const message = value.type === 'SPILL' ? spillMessage(book, sheet, row, column) : value.message ?? '';
  return { type: errorText(value.type), message };
}

const CUSTOM_NAME = new RegExp(`\\b(${CUSTOM_FUNCTIONS.map((s) => s.name).join('|')})\\s*\\(`, 'i');

/** Re-sets every formula that calls a custom function, so the engine calls the new table. */
export function refreshCustomFunctionCells(book: Workbook): void {
  for (const sheet of book.sheets) {
    for (const [key, original] of sheet.formulas) {
      if (!CUSTOM_NAME.test(original)) continue;
      const address = { sheet: sheet.engineId, row: keyRow(key) - 1, col: keyColumn(key) - 1 };
      const text = book.engine.formula(address);
      if (text !== undefined) book.engine.write(address.sheet, address.row, address.col, [[text]]);
    }
  }
}

/** `runtime.presentLoading`: the cell reads as "Loading..." for its next `reads` reads. */
export function presentLoading(book: Workbook, a1: string, reads: number): void {
  const { sheet, row, column } = cellOf(book, a1, 'presentLoading');
  if (!Number.isInteger(reads) || reads < 1) throw new Error(`runtime.presentLoading: reads must be a whole number from 1, got ${reads}`);
  book.loading.set(`${sheet.engineId}:${row}:${column}`, reads);
}
