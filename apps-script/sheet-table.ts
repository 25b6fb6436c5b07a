/**
 * A sheet read as a table whose columns are found by header text (row 1), so users may
 * reorder columns and add their own. One `getDataRange().getValues()` per read and one
 * `setValues` per write: the number of Spreadsheet calls never grows with the rows.
 */
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
  if (sheet === null) throw new TrackerError(`The tracker has no "${name}" sheet: run OKR → Set up tracker to create it.`);
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
    throw new TrackerError(`The "${sheet.getName()}" sheet has no ${list} column${missing.length > 1 ? 's' : ''} in row 1: run OKR → Set up tracker to repair it.`);
  }
  // getDataRange may include trailing rows that hold only formula blanks; keep them, callers skip blank IDs.
  const rows = values.slice(1);
  return {
    sheet,
    headers,
    rows,
    column(header) {
      const i = index.get(headerKey(header));
      if (i === undefined) throw new TrackerError(`The "${sheet.getName()}" sheet has no "${header}" column in row 1: run OKR → Set up tracker to repair it.`);
      return i;
    },
    has: (header) => index.has(headerKey(header)),
  };
}

/** Reads a whole sheet with one call. */
export function readTable(sheet: GoogleAppsScript.Spreadsheet.Sheet, required: readonly string[] = []): Table {
  return tableFromValues(sheet, sheet.getDataRange().getValues(), required);
}

/** One record per data row, keyed by the given headers (missing optional columns give ""). */
export function records<K extends string>(table: Table, headers: readonly K[]): Record<K, unknown>[] {
  const columns = headers.map((h) => (table.has(h) ? table.column(h) : -1));
  return table.rows.map((row) => {
    const record = {} as Record<K, unknown>;
    headers.forEach((h, i) => {
      record[h] = columns[i] < 0 ? '' : row[columns[i]];
    });
    return record;
  });
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

/** Appends rows below the last row with content, in one setValues call. */
export function appendRows(table: Table, rows: unknown[][]): number {
  if (rows.length === 0) return 0;
  const sheet = table.sheet;
  const first = sheet.getLastRow() + 1;
  const needed = first + rows.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet.getRange(first, 1, rows.length, table.headers.length).setValues(rows);
  return first;
}
