/**
 * Cell values as Sheets passes them to custom functions and `getValues()`: number, string,
 * boolean, Date, or "" for a blank cell (https://developers.google.com/apps-script/guides/sheets/functions#data_types, https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()). Everything that reads
 * a cell goes through this module so that "1,200", "$1,200", "25%" and " 7 " mean the same
 * thing everywhere.
 */
import { ERROR_PREFIX, FormulaError, isErrorText, quote } from './formula-error.js';
import { isDate } from './is-date.js';
import { instantOf, type Zone } from '../zone.js';

export { isDate };

/** Blank: "", null, undefined, or text that is only white space. */
export function isBlank(value: unknown): boolean {
  if (value === '' || value === null || value === undefined) return true;
  return typeof value === 'string' && value.trim() === '';
}

// Sign, optional currency sign, digits with optional thousands separators, decimals, exponent,
// optional percent. Compiled once: parsing runs for every text cell of a 10,000-row range.
const NUMERIC_TEXT = /^([+-]?)[$€£¥]?([+-]?)(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(%?)$/i;

/** Parses numeric text; `undefined` when the text is not a number. */
export function parseNumericText(text: string): number | undefined {
  const trimmed = text.trim();
  const match = NUMERIC_TEXT.exec(trimmed);
  if (match === null) return undefined;
  const [, sign1, sign2, digits, exponent = '', percent] = match;
  if (sign1 !== '' && sign2 !== '') return undefined;
  const negative = sign1 === '-' || sign2 === '-';
  let value = Number((digits.includes(',') ? digits.replace(/,/g, '') : digits) + exponent);
  if (!Number.isFinite(value)) return undefined;
  if (percent !== '') value /= 100;
  return negative ? -value : value;
}

/** The error for an argument that holds another formula's `Error: …` text. */
function errorCellError(value: string, what: string): FormulaError {
  return new FormulaError(`${what} is an error, fix that first (${value.slice(ERROR_PREFIX.length)})`, 'reference');
}

/**
 * A cell as a number, or `null` when blank. Dates become time values (ms since the epoch).
 * Throws a FormulaError naming `what` for anything else.
 */
export function toNumberOrBlank(value: unknown, what: string): number | null {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    throw new FormulaError(`${what} ${quote(value)} is not a finite number`);
  }
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const parsed = parseNumericText(value);
    if (parsed !== undefined) return parsed;
    if (value.trim() === '') return null;
    if (isErrorText(value)) throw errorCellError(value, what);
    throw new FormulaError(`${what} ${quote(value)} is not a number`);
  }
  if (isDate(value)) {
    const time = value.getTime();
    if (Number.isFinite(time)) return time;
  }
  throw new FormulaError(`${what} ${quote(value)} is not a number`);
}

/** Like toNumberOrBlank, but a blank is an error too. */
export function toNumber(value: unknown, what: string): number {
  const number = toNumberOrBlank(value, what);
  if (number === null) throw new FormulaError(`${what} is blank: enter a number`);
  return number;
}

/**
 * A cell as a time value (ms), or `null` when blank. Accepts Dates (instants), time values, and
 * ISO dates typed as text ("2026-10-01") or serial day numbers, which are wall-clock values read
 * in `zone` (the spreadsheet's), as Sheets reads them.
 */
export function toTimeOrBlank(value: unknown, what: string, zone: Zone): number | null {
  if (isDate(value)) {
    const time = value.getTime();
    if (Number.isFinite(time)) return time;
    throw new FormulaError(`${what} is an invalid date`);
  }
  if (typeof value === 'string') {
    const iso = ISO_DATE.exec(value.trim());
    if (iso !== null) {
      const [, y, m, d, hh = '0', mm = '0', ss = '0'] = iso;
      const wall = Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm), Number(ss));
      if (new Date(wall).getUTCMonth() === Number(m) - 1) return instantOf(wall, zone);
    }
    if (isBlank(value)) return null;
    if (isErrorText(value)) throw errorCellError(value, what);
    throw new FormulaError(`${what} ${quote(value)} is not a date: use a date cell or YYYY-MM-DD`);
  }
  const number = toNumberOrBlank(value, what);
  // A plain number in a date argument is a Sheets serial day (1 = 1899-12-31), as a date cell
  // holds it; real time values (ms) are far larger.
  if (number !== null && Math.abs(number) < SERIAL_DAY_LIMIT) return serialToTime(number, zone);
  return number;
}

const SERIAL_DAY_LIMIT = 1e8;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** A Sheets serial day number (a wall-clock value of `zone`) as an instant. */
export function serialToTime(serial: number, zone: Zone): number {
  // The fraction is a wall-clock time of day: 0.5 is 12:00 even on the days daylight saving
  // starts or ends.
  return instantOf(SERIAL_EPOCH + Math.round(serial * 86_400_000), zone);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

export function toTime(value: unknown, what: string, zone: Zone): number {
  const time = toTimeOrBlank(value, what, zone);
  if (time === null) throw new FormulaError(`${what} is blank: enter a date`);
  return time;
}

/** A cell as trimmed text ("" when blank); numbers and booleans become their text. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (isDate(value)) return value.toISOString();
  return String(value);
}

/** Key for comparing IDs: trimmed, case-insensitive. */
export function idKey(value: unknown): string {
  return toText(value).toLowerCase();
}

/**
 * A cell as a time, or null for a blank or anything that is not a time: for readers that skip a
 * bad cell (the sheet's own formulas already show its error) instead of reporting it.
 */
export function timeOrNull(value: unknown, zone: Zone): number | null {
  try {
    return toTimeOrBlank(value, 'time', zone);
  } catch {
    return null;
  }
}

/** A cell as a number, or null for a blank or anything that is not a number (see timeOrNull). */
export function numberOrNull(value: unknown): number | null {
  try {
    return toNumberOrBlank(value, 'value');
  } catch {
    return null;
  }
}
