/**
 * Reading and writing cell contents the way the Spreadsheet service does
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#getvalues): "" for
 * blanks, Dates for date cells (serials in the spreadsheet zone), and a Date written to an
 * unformatted cell gets a date-time format.
 *
 * Strings written with setValue/setValues/appendRow are parsed as if a person typed them, unless
 * the cell has the plain-text format "@"
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat):
 * "=…" becomes a formula, "12345678" and "0012" numbers (12), "1e5" 100000, "1,200" 1200,
 * "50%" 0.5, "$5" 5, "2026-11-23" and "1/2/2026" dates, "12:30:45" a time, "TRUE"/"true" a
 * boolean, " 42 " 42, and a leading "'" is consumed (the rest is kept as text, unparsed).
 * The formula engine (HyperFormula, en-US) does the parsing, so the exact list is a guess
 * where the two differ: Google documents no list; other locales parse differently.
 *
 * In a plain-text cell the string is kept byte for byte, a leading "'" included (a guess: Google
 * says only that such cells are not parsed), and "=…" stays text, as it does when typed into a
 * plain-text cell. Control characters, lone surrogates and long text are kept as sent (also a
 * guess: Sheets stores text as UTF-8 and may replace a lone surrogate; cells hold up to 50,000
 * characters).
 */
import type { RawCellContent } from 'hyperformula';
import { cellKey } from './cell-props.js';
import { violates } from './validation-check.js';
import { errorText, isCellError, isDateType } from './engine-values.js';
import { translateFormula } from './formula-translate.js';
import { DEFAULT_DATE_FORMAT, DEFAULT_DATE_TIME_FORMAT, DEFAULT_TIME_FORMAT, displayText, isDateFormat, isTextFormat } from './number-format.js';
import { a1Notation } from './a1.js';
import { isDate } from './realm.js';
import { instantToSerial, SerialDate, serialToInstant } from './serial.js';
import type { Area, Workbook } from './workbook.js';

const GROUPED_NUMBER = /^\s*[+-]?\$?\d{1,3}(,\d{3})+(\.\d*)?%?\s*$/;

function contentOf(book: Workbook, area: Area, row: number, column: number, value: unknown): RawCellContent {
  const { sheet } = area;
  const key = cellKey(row, column);
  sheet.formulas.delete(key);
  sheet.openEnded.delete(key);
  if (value === null || value === undefined || value === '') {
    book.spillsMayRecover = true;
    return null;
  }
  const format = sheet.props.get('numberFormat', row, column);
  if (typeof value === 'string') {
    // HyperFormula consumes one leading "'" and parses nothing after it: a plain-text cell's string is kept whole.
    if (isTextFormat(format)) return `'${value}`;
    if (value.length > 1 && value.startsWith('=')) {
      sheet.formulas.set(key, value);
      const { text, openEnded } = translateFormula(value, (name) => book.maxRowsOf(name, sheet));
      if (openEnded) sheet.openEnded.set(key, text);
      return text;
    }
    // HyperFormula cannot read "," as a thousands separator in en-US; Sheets can.
    return GROUPED_NUMBER.test(value) ? value.replace(/,/g, '') : value;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '#NUM!';
    return isDateFormat(format) ? new SerialDate(value) : value;
  }
  if (typeof value === 'boolean') return value;
  if (isDate(value)) {
    const time = value.getTime();
    if (!Number.isFinite(time)) return String(value);
    if (!isDateFormat(format)) sheet.props.fill('numberFormat', { row, column, numRows: 1, numColumns: 1 }, DEFAULT_DATE_TIME_FORMAT);
    return new SerialDate(instantToSerial(time, book.timeZone));
  }
  return String(value);
}

/** What a rule checks: the string Sheets stores, without the leading "'" it consumes outside plain-text cells. */
function validatedValue(area: Area, row: number, column: number, value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith("'")) return value;
  return isTextFormat(area.sheet.props.get('numberFormat', row, column)) ? value : value.slice(1);
}

/** Fails before writing anything if a value breaks a "reject input" validation rule. */
function checkValidation(book: Workbook, area: Area, grid: readonly (readonly unknown[])[]): void {
  for (let r = 0; r < area.numRows; r++) {
    for (let c = 0; c < area.numColumns; c++) {
      const rule = area.sheet.props.get('validation', area.row + r, area.column + c);
      if (rule !== undefined && violates(rule, validatedValue(area, area.row + r, area.column + c, grid[r][c]))) {
        // Text users report for script writes into "reject input" cells (unverified).
        book.ctx.fail(`The data you entered in cell ${a1Notation(area.row + r, area.column + c)} violates the data validation rules set on this cell.`);
      }
    }
  }
}

/** Writes a grid the size of `area` (the caller checked the size). */
export function writeCells(book: Workbook, area: Area, grid: readonly (readonly unknown[])[]): void {
  checkValidation(book, area, grid);
  const contents: RawCellContent[][] = new Array(area.numRows);
  for (let r = 0; r < area.numRows; r++) {
    const line: RawCellContent[] = new Array(area.numColumns);
    for (let c = 0; c < area.numColumns; c++) line[c] = contentOf(book, area, area.row + r, area.column + c, grid[r][c]);
    contents[r] = line;
  }
  book.engine.write(area.sheet.engineId, area.row - 1, area.column - 1, contents);
}

/** Clears contents; only the part of the area that can hold any is written. */
export function clearCells(book: Workbook, area: Area): void {
  const { width, height } = book.engine.writtenDimensions(area.sheet.engineId);
  const numRows = Math.min(area.numRows, Math.min(height, area.sheet.maxRows) - area.row + 1);
  const numColumns = Math.min(area.numColumns, width - area.column + 1);
  if (numRows < 1 || numColumns < 1) return;
  const empty = Array.from({ length: numRows }, () => new Array<null>(numColumns).fill(null));
  writeCells(book, { ...area, numRows, numColumns }, empty);
}

function visit<T>(book: Workbook, area: Area, cell: (value: unknown, row: number, column: number) => T): T[][] {
  book.settle();
  const raw = book.engine.values(area.sheet.engineId, area.row - 1, area.column - 1, area.numRows, area.numColumns);
  const out: T[][] = new Array(area.numRows);
  for (let r = 0; r < area.numRows; r++) {
    const source = raw[r] ?? [];
    const line: T[] = new Array(area.numColumns);
    for (let c = 0; c < area.numColumns; c++) line[c] = cell(source[c], area.row + r, area.column + c);
    out[r] = line;
  }
  return out;
}

function detailedType(book: Workbook, area: Area, row: number, column: number): string {
  return book.engine.detailedType({ sheet: area.sheet.engineId, row: row - 1, col: column - 1 });
}

/** `getValues()`: numbers, strings, booleans, Dates, "" for blanks, error text for errors. */
export function readValues(book: Workbook, area: Area): unknown[][] {
  return book.presentLoading(area, readSettledValues(book, area));
}

function readSettledValues(book: Workbook, area: Area): unknown[][] {
  return visit(book, area, (value, row, column) => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') {
      const format = area.sheet.props.get('numberFormat', row, column);
      const isDateCell = format !== undefined ? isDateFormat(format) : isDateType(detailedType(book, area, row, column));
      return isDateCell ? book.ctx.newDate(serialToInstant(value, book.timeZone)) : value;
    }
    if (isCellError(value)) return errorText(value.type);
    return value;
  });
}

function impliedFormat(type: string, value: number): string | undefined {
  if (type === 'NUMBER_DATE') return DEFAULT_DATE_FORMAT;
  if (type === 'NUMBER_DATETIME') return DEFAULT_DATE_TIME_FORMAT;
  if (type === 'NUMBER_TIME') return DEFAULT_TIME_FORMAT;
  if (type === 'NUMBER_PERCENT') return Number.isInteger(Math.round(value * 1e6) / 1e4) ? '0%' : '0.00%';
  if (type === 'NUMBER_CURRENCY') return '$#,##0.00';
  return undefined;
}

/** `getDisplayValues()`: the text each cell shows under its number format. */
export function readDisplayValues(book: Workbook, area: Area): string[][] {
  return visit(book, area, (value, row, column) => {
    if (isCellError(value)) return errorText(value.type);
    if (typeof value !== 'number') return displayText(value, undefined);
    const format = area.sheet.props.get('numberFormat', row, column) ?? impliedFormat(detailedType(book, area, row, column), value);
    return displayText(value, format);
  });
}

/** `getFormulas()`: the formula text as written, "" where a cell has none. */
export function readFormulas(area: Area): string[][] {
  const out: string[][] = new Array(area.numRows);
  for (let r = 0; r < area.numRows; r++) {
    const line: string[] = new Array(area.numColumns);
    for (let c = 0; c < area.numColumns; c++) line[c] = area.sheet.formulas.get(cellKey(area.row + r, area.column + c)) ?? '';
    out[r] = line;
  }
  return out;
}
