/**
 * The note Sheets shows on an array formula whose result cannot spill: a cell in the way gives
 * `#REF!` with "Array result was not expanded because it would overwrite data in X." and the end
 * of the grid gives "Result was not automatically expanded, please insert more rows." (the texts
 * users see; Google documents array results at
 * https://support.google.com/docs/answer/3093275 but not these notes). HyperFormula calls both
 * #SPILL! and does not say where; this finds the cell in the way for the usual case, a result one
 * column wide, by looking down the column (a guess for wider results: the first cell found below
 * the anchor in its own column).
 */
import { a1Notation } from './a1.js';
import type { SheetModel } from './sheet-model.js';
import type { Workbook } from './workbook.js';

export function spillMessage(book: Workbook, sheet: SheetModel, row: number, column: number): string {
  for (let r = row + 1; r <= sheet.maxRows; r++) {
    if (book.engine.hasContent({ sheet: sheet.engineId, row: r - 1, col: column - 1 })) {
      return `Array result was not expanded because it would overwrite data in ${a1Notation(r, column)}.`;
    }
  }
  return 'Result was not automatically expanded, please insert more rows.';
}
