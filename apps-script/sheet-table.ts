/**
 * A sheet read as a table whose columns are found by header text (row 1), so users may
 * reorder columns and add their own. One `getDataRange().getValues()` per read and one
 * `setValues` per write: the number of Spreadsheet calls never grows with the rows.
 */
import { cellContent, cellKindOf } from '../shared/cells/cell-text.js';
import { MENU, menuPath } from '../shared/menu-path.js';

const SET_UP = menuPath(MENU.setUp);

export class TrackerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrackerError';
  }
}

export interface Table {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  headers: string[];
  /** Data rows (below the header), as `getValues` gives them. */
  rows: unknown[][];
  /** 0-based column index of a header (trimmed, case-insensitive). */
  column(header: string): number;
  has(header: string): boolean;
}

function headerKey(text: unknown): string {
  return String(text ?? '').trim().toLowerCase();
}

export function findSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet === null) throw new TrackerError(`The tracker has no "${name}" sheet: run ${SET_UP} to create it.`);
  return sheet;
}

/** Builds a Table from values already read (header row first). */
export function tableFromValues(sheet: GoogleAppsScript.Spreadsheet.Sheet, values: unknown[][], required: readonly string[] = []): Table {
  const headers = (values[0] ?? []).map((h) => String(h ?? '').trim());
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    const key = headerKey(h);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  const missing = required.filter((h) => !index.has(headerKey(h)));
  if (missing.length > 0) {
    const list = missing.map((h) => `"${h}"`).join(', ');
    throw new TrackerError(`The "${sheet.getName()}" sheet has no ${list} column${missing.length > 1 ? 's' : ''} in row 1: run ${SET_UP} to repair it.`);
  }
  // getDataRange may include trailing rows that hold only formula blanks; keep them, callers skip blank IDs.
  const rows = values.slice(1);
  return {
    sheet,
    headers,
    rows,
    column(header) {
      const i = index.get(headerKey(header));
      if (i === undefined) throw new TrackerError(`The "${sheet.getName()}" sheet has no "${header}" column in row 1: run ${SET_UP} to repair it.`);
      return i;
    },
    has: (header) => index.has(headerKey(header)),
  };
}

/** Reads a whole sheet with one call. */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, required: readonly string[] = []): Table {
  return tableFromValues(sheet, sheet.getDataRange().getValues(), required);
}

/** Lays `records` out as rows in the table's column order; columns not named stay "". */
export function rowsFor(table: Table, items: readonly Record<string, unknown>[]): unknown[][] {
  const width = table.headers.length;
  const positions = new Map<string, number>();
  for (const item of items) for (const key of Object.keys(item)) if (!positions.has(key)) positions.set(key, table.column(key));
  return items.map((item) => {
    const row: unknown[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(item)) row[positions.get(key) as number] = value;
    return row;
  });
}

/**
 * The sheet row (1-based) of the last data row holding anything. Not `getLastRow()`: an array
 * formula's spill counts as content down to the grid's end even where it shows blanks
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastRow()), so appending there would land far below the data.
 */
function lastContentRow(table: Table): number {
  for (let r = table.rows.length - 1; r >= 0; r--) {
    const row = table.rows[r];
    for (let c = 0; c < row.length; c++) if (row[c] !== '' && row[c] !== null && row[c] !== undefined) return r + 2;
  }
  return 1;
}

/** Grow the grid by at least this many rows, so most appends need no resize. */
const GROW_ROWS = 500;

/**
 * Appends rows below the table's last row with content, with one setValues, growing the grid
 * first when it must. `table` must hold the sheet's current values (read under the same lock).
 * Every string is a person's text, stored as sent and never as a formula: the target cells'
 * formats are read first (one call) to know which are plain text (shared/cells/cell-text.ts).
 */
export function appendRows(table: Table, rows: unknown[][]): number {
  if (rows.length === 0) return 0;
  const sheet = table.sheet;
  const first = lastContentRow(table) + 1;
  const last = first + rows.length - 1;
  const max = sheet.getMaxRows();
  if (last > max) sheet.insertRowsAfter(max, Math.max(last - max, GROW_ROWS));
  const range = sheet.getRange(first, 1, rows.length, table.headers.length);
  const formats = range.getNumberFormats();
  range.setValues(rows.map((row, r) => row.map((value, c) => cellContent(value, cellKindOf(formats[r]?.[c])))));
  return first;
}

/**
 * Grows a new sheet's grid to hold `rows` × `columns` before one setValues: a new sheet has the
 * default grid (1,000 × 26) and writing past it throws. Each size is read once, so the calls
 * are the same whether it grows or not, bar the one insert.
 */
export function ensureGrid(sheet: GoogleAppsScript.Spreadsheet.Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
