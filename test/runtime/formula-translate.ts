/**
 * Sheets formula text → HyperFormula formula text. HyperFormula cannot parse open-ended ranges
 * (`F2:F`), and sizes whole columns (`A:A`) by the used height rather than the grid
 * (https://hyperformula.handsontable.com/guide/list-of-differences.html), so both are rewritten to end at the referenced sheet's last grid row
 * (`F2:F1000`). The original text is kept for `getFormulas()`; the rewrite is redone whenever a
 * grid grows. Text inside string literals is left alone.
 */
import { splitSheetName } from './a1.js';

/** Grid rows of a sheet by the name a formula uses; `undefined` sheet = the formula's own. */
export type MaxRowsOf = (sheetName: string | undefined) => number;

const RANGE =
  /(?<![A-Za-z0-9_.$'])((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3})(\$?\d+)?:(\$?[A-Za-z]{1,3})(\$?\d+)?(?![A-Za-z0-9_(!])/g;

function mapOutsideStrings(formula: string, map: (code: string) => string): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) parts[i] = map(parts[i]);
  return parts.join('"');
}

function sheetOf(prefix: string | undefined): string | undefined {
  return prefix === undefined ? undefined : splitSheetName(prefix).sheetName;
}

export interface Translation {
  text: string;
  /** Whether the formula has an open-ended range, so must be redone when a grid grows. */
  openEnded: boolean;
}

export function translateFormula(formula: string, maxRowsOf: MaxRowsOf): Translation {
  let openEnded = false;
  const text = mapOutsideStrings(formula, (code) =>
    code.replace(RANGE, (whole, prefix: string | undefined, startCol: string, startRow: string | undefined, endCol: string, endRow: string | undefined) => {
      if (endRow !== undefined) return whole;
      openEnded = true;
      const last = maxRowsOf(sheetOf(prefix));
      return `${prefix ?? ''}${startCol}${startRow ?? '1'}:${endCol}${last}`;
    }),
  );
  return { text, openEnded };
}

/**
 * The reverse, for formulas HyperFormula has rewritten after rows were inserted: a range that
 * ends on the referenced sheet's last grid row is shown open-ended again.
 */
export function untranslateFormula(formula: string, maxRowsOf: MaxRowsOf): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(RANGE, (whole, prefix: string | undefined, startCol: string, startRow: string | undefined, endCol: string, endRow: string | undefined) => {
      if (endRow === undefined || startRow === undefined) return whole;
      if (Number(endRow.replace('$', '')) !== maxRowsOf(sheetOf(prefix))) return whole;
      return `${prefix ?? ''}${startCol}${startRow}:${endCol}`;
    }),
  );
}
