/**
 * How a person's text is written to a cell, and read back, so that no spreadsheet evaluates it
 * and it reads back exactly as sent.
 *
 * Two dangers. Sheets parses a string written by a script as if a person typed it, unless the
 * cell has the plain-text format "@": "0012" becomes 12, "50%" 0.5, "2026-01-05" a date, "TRUE"
 * a boolean, and a leading `'` is consumed as the "keep as text" mark
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat).
 * And text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return may run as a formula
 * in Sheets, or in Excel/LibreOffice when someone opens a CSV download of the sheet
 * (https://owasp.org/www-community/attacks/CSV_Injection).
 *
 * The rule, in `cellContent`:
 * - numbers, booleans and Dates are written as they are (a negative number stays a number);
 * - text that could start a formula is stored with one leading `'` *in the cell's content*: the
 *   CSV download then carries `'=…`, which Excel and LibreOffice show as text (OWASP's advice);
 *   blanks before the trigger count too (" =1", "\n=1"), as some importers trim them;
 * - in a plain-text ("@") cell the content is stored as is, so that is all: Sheets does not parse
 *   it, and keeps the `'` (a guess: Google's page says text-formatted cells are not parsed, not
 *   what happens to a leading `'`; the local runtime behaves so);
 * - any other cell gets one more `'` in front, the one Sheets consumes as the "text" mark, so it
 *   stores the rest unparsed.
 *
 * `personText` undoes the guard: it drops the one `'` that `cellContent` added before formula-like
 * text, and nothing else, so every string reads back byte-identical, "'quoted" included (text
 * that starts with `'` but is not formula-like is never guarded, so is never shortened).
 */

/** Text that some spreadsheet may read as a formula, however many `'` precede it. */
export function mayRunAsFormula(text: string): boolean {
  return /^'*(?:\s*[=+\-@]|[\t\r])/.test(text);
}

/** The text as stored in a plain-text cell: formula-like text behind one `'`. */
function guarded(text: string): string {
  return mayRunAsFormula(text) ? `'${text}` : text;
}

/** What the cell's number format means for a write: "@" cells keep strings as sent. */
export type CellKind = 'plain-text' | 'automatic';

export const PLAIN_TEXT_FORMAT = '@';

export function cellKindOf(numberFormat: unknown): CellKind {
  return numberFormat === PLAIN_TEXT_FORMAT ? 'plain-text' : 'automatic';
}

/**
 * The value to pass to `setValues` for a person's `value` in a cell of the given kind: strings
 * guarded (see above), "" left blank, anything else unchanged.
 */
export function cellContent(value: unknown, kind: CellKind = 'automatic'): unknown {
  if (typeof value !== 'string' || value === '') return value;
  return kind === 'plain-text' ? guarded(value) : `'${guarded(value)}`;
}

/**
 * A stored cell back as the text that was written: the guard's `'` removed, nothing trimmed.
 * Non-strings (a number or date a person typed, or an old row from before the plain-text
 * columns) pass through unchanged.
 */
export function personText<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return value.startsWith("'") && mayRunAsFormula(value) ? value.slice(1) : value;
}

/** Copies values read from one sheet to another: each string read as written, then guarded again. */
export function copiedContent(value: unknown, kind: CellKind = 'automatic'): unknown {
  return cellContent(personText(value), kind);
}
