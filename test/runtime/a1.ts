/**
 * A1 notation as Sheets reads it: `B3`, `A1:C3`, open-ended `A2:A` (to the last grid row),
 * whole columns `A:C`, whole rows `2:5`, optionally after a sheet name (`'Key Results'!F2:F`).
 * Bounds left open are `undefined`; the caller fills them from the sheet's grid.
 */
export interface A1Range {
  sheetName?: string;
  startRow?: number;
  startColumn?: number;
  endRow?: number;
  endColumn?: number;
}

/** 1 → A, 27 → AA. */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A → 1, AA → 27 (case-insensitive). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const PART = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

function parsePart(text: string): { row?: number; column?: number } | undefined {
  const match = PART.exec(text);
  if (match === null || (match[1] === undefined && match[2] === undefined)) return undefined;
  const row = match[2] === undefined ? undefined : Number(match[2]);
  if (row === 0) return undefined;
  return { column: match[1] === undefined ? undefined : columnNumber(match[1]), row };
}

/** Splits `'It''s'!A1` into the unquoted sheet name and the reference. */
export function splitSheetName(text: string): { sheetName?: string; reference: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { reference: text.trim() };
  let name = text.slice(0, bang).trim();
  if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheetName: name, reference: text.slice(bang + 1).trim() };
}

/** Parses A1 notation, or returns undefined when it is not a range. */
export function parseA1(text: string): A1Range | undefined {
  const { sheetName, reference } = splitSheetName(text);
  const [first, second, extra] = reference.split(':');
  if (extra !== undefined || first === undefined) return undefined;
  const start = parsePart(first);
  if (start === undefined) return undefined;
  if (second === undefined) {
    if (start.row === undefined || start.column === undefined) return undefined;
    return { sheetName, startRow: start.row, startColumn: start.column, endRow: start.row, endColumn: start.column };
  }
  const end = parsePart(second);
  if (end === undefined) return undefined;
  // `A:3` and `3:A` mix a column and a row bound the wrong way round.
  if (start.column === undefined && end.column !== undefined) return undefined;
  if (start.row === undefined && end.row !== undefined) return undefined;
  return { sheetName, startRow: start.row, startColumn: start.column, endRow: end.row, endColumn: end.column };
}

/** `A1` for one cell, `A1:C3` otherwise. */
export function a1Notation(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/** A sheet name as a formula or A1 reference needs it: quoted unless it is a plain word. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
