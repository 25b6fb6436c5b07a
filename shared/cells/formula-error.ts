/**
 * The one error type of the scoring core. A row computation throws it; the array driver
 * (`array-args.ts`) turns it into a value: a thrown `Error` for a single-cell call, the text
 * `Error: <message>` in a range. Other adapters map `code` to their own form.
 */
import { isDate } from './is-date.js';

export type FormulaErrorCode = 'bad-value' | 'bad-argument' | 'bad-shape' | 'reference';

const ErrorWithLimit = Error as ErrorConstructor & { stackTraceLimit?: number };

export class FormulaError extends Error {
  readonly code: FormulaErrorCode;
  constructor(message: string, code: FormulaErrorCode = 'bad-value') {
    // A bad cell is a value, not a crash: no one reads its stack, and capturing one costs more
    // than computing a row.
    const limit = ErrorWithLimit.stackTraceLimit;
    ErrorWithLimit.stackTraceLimit = 0;
    super(message);
    ErrorWithLimit.stackTraceLimit = limit;
    this.code = code;
    this.name = 'FormulaError';
  }
}

/** The text a range cell shows for a failed row. */
export const ERROR_PREFIX = 'Error: ';

export function isErrorText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(ERROR_PREFIX);
}

/** Quotes a cell value the way a user typed it, for error messages. */
export function quote(value: unknown): string {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'an invalid date' : `date ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}
