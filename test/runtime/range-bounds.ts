/**
 * Checks a requested range against the sheet's grid with Sheets' messages (as Apps Script
 * is observed to word them): a range must have at least one row and column, start at row/column 1 or later, and fit
 * inside `getMaxRows()` × `getMaxColumns()`. Numbers are truncated to integers as Apps Script's
 * Java bridge does.
 */
import { signatureMismatch, type RuntimeContext } from './context.js';
import type { SheetModel } from './sheet-model.js';
import type { Area } from './workbook.js';

export function checkedArea(ctx: RuntimeContext, method: string, sheet: SheetModel, args: readonly unknown[]): Area {
  const [row, column, numRows = 1, numColumns = 1] = args;
  if (![row, column, numRows, numColumns].every((n) => typeof n === 'number' && Number.isFinite(n))) signatureMismatch(ctx, method, args);
  const [r, c, nr, nc] = [row, column, numRows, numColumns].map((n) => Math.trunc(n as number));
  if (nr < 1) ctx.fail('The number of rows in the range must be at least 1.');
  if (nc < 1) ctx.fail('The number of columns in the range must be at least 1.');
  if (r < 1) ctx.fail('The starting row of the range is too small.');
  if (c < 1) ctx.fail('The starting column of the range is too small.');
  if (r + nr - 1 > sheet.maxRows) ctx.fail('Those rows are out of bounds.');
  if (c + nc - 1 > sheet.maxColumns) ctx.fail('Those columns are out of bounds.');
  return { sheet, row: r, column: c, numRows: nr, numColumns: nc };
}
