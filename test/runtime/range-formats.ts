/**
 * Number formats of a range. Changing a cell between a date and a number format re-types the
 * number it holds in the formula engine, so formulas and custom functions see a date (or a plain
 * number) exactly when `getValues()` does.
 */
import { cellKey, type Area as PropArea } from './cell-props.js';
import { isDateFormat } from './number-format.js';
import { isDate } from './realm.js';
import { SerialDate } from './serial.js';
import type { Area, Workbook } from './workbook.js';

/** Sheets' "automatic" format as `getNumberFormat()` reports it. */
export const AUTOMATIC_FORMAT = '0.###############';

export function propArea(area: Area): PropArea {
  return { row: area.row, column: area.column, numRows: area.numRows, numColumns: area.numColumns };
}

/** Applies formats (one per cell, `undefined` = automatic) and re-types numbers that change kind. */
export function applyNumberFormats(book: Workbook, area: Area, formatAt: (r: number, c: number) => string | undefined): void {
  const { sheet } = area;
  const changed: [number, number][] = [];
  for (let r = 0; r < area.numRows; r++) {
    for (let c = 0; c < area.numColumns; c++) {
      const before = isDateFormat(sheet.props.get('numberFormat', area.row + r, area.column + c));
      if (before !== isDateFormat(formatAt(r, c))) changed.push([area.row + r, area.column + c]);
    }
  }
  sheet.props.each('numberFormat', propArea(area), formatAt);
  if (changed.length === 0) return;
  book.settle();
  const rewrites: [number, number, number][] = [];
  for (const [row, column] of changed) {
    const address = { sheet: sheet.engineId, row: row - 1, col: column - 1 };
    // Only typed-in numbers: formula results (spilled ones included) are typed by their formula.
    if (sheet.formulas.has(cellKey(row, column)) || !book.engine.hf.doesCellHaveSimpleValue(address)) continue;
    const raw = book.engine.hf.getCellSerialized(address);
    if (typeof raw === 'number') rewrites.push([row, column, raw]);
    else if (raw instanceof SerialDate) rewrites.push([row, column, raw.serial]);
    else if (isDate(raw)) rewrites.push([row, column, book.engine.value(address) as number]);
  }
  for (const [row, column, serial] of rewrites) {
    const isDateNow = isDateFormat(sheet.props.get('numberFormat', row, column));
    book.engine.write(sheet.engineId, row - 1, column - 1, [[isDateNow ? new SerialDate(serial) : serial]]);
  }
}
