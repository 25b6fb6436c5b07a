/**
 * Values crossing between HyperFormula and Apps Script code. HyperFormula gives blank cells as
 * its `EmptyValue` symbol, dates as serial numbers (or rich `DateNumber` objects) and errors as
 * `CellError`s; Sheets gives `""`, `Date` objects in the spreadsheet zone, and error text
 * (https://developers.google.com/apps-script/guides/sheets/functions#data_types; the error text and HyperFormula's side as observed).
 */
import HyperFormula from 'hyperformula';
import type { EngineHooks } from './engine-hooks.js';

const { EmptyValue, CellError, DetailedCellError } = HyperFormula;

/** The text Sheets shows for each HyperFormula error type; SPILL and CYCLE show `#REF!` (as Sheets is observed to). */
const ERROR_TEXT: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#LIC!',
  NULL: '#NULL!',
};

export function errorText(type: string): string {
  return ERROR_TEXT[type] ?? `#${type}!`;
}

export function isCellError(value: unknown): value is { type: string; message?: string } {
  return value instanceof CellError || value instanceof DetailedCellError;
}

interface RichNumber {
  val: number;
  getDetailedType(): string;
}

function isRichNumber(value: unknown): value is RichNumber {
  return typeof value === 'object' && value !== null && typeof (value as RichNumber).getDetailedType === 'function' && typeof (value as RichNumber).val === 'number';
}

const DATE_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

export function isDateType(detailedType: string): boolean {
  return DATE_TYPES.has(detailedType);
}

/**
 * One engine value as a custom function receives it. `dateCell` says whether a raw number came
 * from a date-formatted cell.
 */
export function toScriptValue(value: unknown, hooks: EngineHooks, dateCell: () => boolean): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (isRichNumber(value)) return isDateType(value.getDetailedType()) ? hooks.serialToDate(value.val) : value.val;
  if (typeof value === 'number') return dateCell() ? hooks.serialToDate(value) : value;
  if (isCellError(value)) return errorText(value.type);
  return value;
}
