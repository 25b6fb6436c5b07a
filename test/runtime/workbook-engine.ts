/**
 * How a workbook and its formula engine serve each other: the hooks the engine's plugins call
 * (custom functions, the clock, dates in the spreadsheet zone), and the re-setting of array
 * formulas whose spill a since-cleared cell had blocked (HyperFormula does not retry them).
 */
import { keyColumn, keyRow } from './cell-props.js';
import type { EngineHooks } from './engine-hooks.js';
import { isCellError } from './engine-values.js';
import { isDateFormat } from './number-format.js';
import { instantToSerial, serialToInstant } from './serial.js';
import type { Workbook } from './workbook.js';

export function engineHooks(book: Workbook): EngineHooks {
  return {
    customFunction: (name) => (Object.prototype.hasOwnProperty.call(book.functions, name) ? book.functions[name] : undefined),
    runCustomFunction: (name, cell, body) => {
      book.ctx.calls.record(`customFunction.${name}`);
      return book.ctx.asCustomFunction(cell, body);
    },
    todaySerial: () => Math.floor(instantToSerial(book.ctx.nowMs(), book.timeZone)),
    nowSerial: () => instantToSerial(book.ctx.nowMs(), book.timeZone),
    timeZone: () => book.timeZone,
    serialToDate: (serial) => book.ctx.newDate(serialToInstant(serial, book.timeZone)),
    dateToSerial: (date) => instantToSerial(date.getTime(), book.timeZone),
    isDateFormatted: (address) => {
      const sheet = book.sheetByEngineId(address.sheet);
      return sheet !== undefined && isDateFormat(sheet.props.get('numberFormat', address.row + 1, address.col + 1));
    },
  };
}

/** Re-sets formulas showing a blocked spill; true when any was re-set. */
export function recoverBlockedSpills(book: Workbook): boolean {
  const blocked: { sheet: number; row: number; col: number; text: string }[] = [];
  for (const sheet of book.sheets) {
    for (const key of sheet.formulas.keys()) {
      const address = { sheet: sheet.engineId, row: keyRow(key) - 1, col: keyColumn(key) - 1 };
      const value = book.engine.hf.getCellValue(address);
      const text = isCellError(value) && value.type === 'SPILL' ? book.engine.formula(address) : undefined;
      if (text !== undefined) blocked.push({ ...address, text });
    }
  }
  for (const { sheet, row, col, text } of blocked) book.engine.write(sheet, row, col, [[text]]);
  return blocked.length > 0;
}
