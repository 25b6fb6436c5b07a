/**
 * Runtime-level helpers that are not Apps Script API: reading a cell's error note (Sheets shows
 * it on hover), and re-evaluating custom-function cells after the function table changes.
 */
import { parseA1 } from './a1.js';
import { keyColumn, keyRow } from './cell-props.js';
import { CUSTOM_FUNCTIONS } from '../../shared/functions.js';
import { errorText, isCellError } from './engine-values.js';
import type { Workbook } from './workbook.js';
import { spillMessage } from './spill.js';

export function cellAt(book: Workbook, a1: string): { type: string; message: string } | null {
  const parsed = parseA1(a1);
  const sheet = parsed?.sheetName === undefined ? book.active : book.sheetByName(parsed.sheetName);
  if (parsed === undefined || sheet === undefined || parsed.startRow === undefined || parsed.startColumn === undefined) {
    throw new Error(`runtime.cellError: ${JSON.stringify(a1)} is not a cell such as 'Key Results'!N2`);
  }
  book.settle();
  const value = book.engine.value({ sheet: sheet.engineId, row: parsed.startRow - 1, col: parsed.startColumn - 1 });
  if (!isCellError(value)) return null;
  const message = value.type === 'SPILL' ? spillMessage(book, sheet, parsed.startRow, parsed.startColumn) : value.message ?? '';
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
