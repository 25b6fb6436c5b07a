/**
 * The Progress column of Key Results: a line of the key result's weekly grades, drawn by
 * SPARKLINE from its row of the Progress sheet's grade table.
 *
 * SPARKLINE draws one chart in one cell and does not spill inside ARRAYFORMULA, so this column
 * is the one place with a formula per row. Its cost: one built-in formula per grid row and no
 * custom-function call at all (the grades come from the one OKR_GRADE call of the Progress
 * sheet); Sheets redraws a cell only when its row of grades changes, and a row without an ID
 * draws nothing. `ROW()` picks the row of grades, so a row inserted or sorted in Key Results
 * still draws its own, and a row filled down gets a working formula.
 */
import { PROGRESS_ROWS, SHEETS, type ProgressLayout } from '../../shared/tracker-layout.js';
import { columnLetter, quoteSheet } from './a1.js';

// A line (the default chart type) on the grade scale; weeks not reached are left out, not drawn as 0.
const OPTIONS = '{"ymin",0;"ymax",1;"empty","ignore";"color","#1a73e8"}';

/** Key Results row r shows Progress row r + 1 of the grade table: the tables start one row lower. */
function sparklineFormula(layout: ProgressLayout, idColumn: number, row: number, progressRows: number): string {
  const first = columnLetter(layout.grades.firstWeek);
  const last = columnLetter(layout.grades.firstWeek + layout.weeks - 1);
  // INDEX(range, n) with no column gives the whole row n (Sheets' column 0 default). The range
  // ends at the Progress grid's last row, which set-up sizes: growing it rewrites these formulas.
  const grades = `${quoteSheet(SHEETS.progress)}!$${first}$${PROGRESS_ROWS.first}:$${last}$${progressRows}`;
  const line = `SPARKLINE(INDEX(${grades}, ROW()-1), ${OPTIONS})`;
  return `=IF($${columnLetter(idColumn)}${row}="", "", ${line})`;
}

const isOurs = (formula: string) => /SPARKLINE\(INDEX\(/i.test(formula.replace(/\s+/g, ''));

/** Cells of the column holding something other than our formula: a typed value or another formula. */
export function foreignSparklineCells(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number, values: readonly unknown[][]): number {
  const rows = values.length - 1;
  if (rows < 1) return 0;
  const formulas = sheet.getRange(2, column, rows, 1).getFormulas();
  let count = 0;
  for (let r = 0; r < rows; r++) {
    const formula = formulas[r][0];
    const value = values[r + 1][column - 1];
    if (formula !== '' ? !isOurs(formula) : value !== '' && value !== undefined && value !== null) count++;
  }
  return count;
}

/** The formula in every data row of the grid: one read, and one write unless all are in place. */
export function writeSparklines(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number, idColumn: number, layout: ProgressLayout, progressRows: number): void {
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return;
  const range = sheet.getRange(2, column, rows, 1);
  const wanted = Array.from({ length: rows }, (_, i) => [sparklineFormula(layout, idColumn, i + 2, progressRows)]);
  const current = range.getFormulas();
  if (wanted.some((row, r) => row[0] !== current[r][0])) range.setFormulas(wanted);
}
