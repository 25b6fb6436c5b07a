/**
 * Sorting rows: `Range.sort(spec)` (https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object))
 * and `Sheet.sort(column, ascending)` (https://developers.google.com/apps-script/reference/spreadsheet/sheet#sort(Integer,Boolean)).
 * Whole rows of the range move, formula cells included: a formula moved from row 2 to row 7 has
 * its relative row references moved by 5, as when it is copied there (`F2:F` becomes `F7:F`),
 * and an array formula's spilled cells are not content, so they do not move (the formula spills
 * anew from where it lands). Guesses, written down in docs/google-behaviour.md: the order
 * (numbers and dates, then text A–Z ignoring case, then booleans; blanks last either way), that
 * `Sheet.sort` leaves the frozen rows in place as the Sort sheet menu does, and the reference
 * shift. Formats and notes stay where they are (Sheets moves them too): a difference.
 */
import { CellType } from 'hyperformula';
import { cellKey } from './cell-props.js';
import { readValues, writeCells } from './cell-io.js';
import type { RuntimeContext } from './context.js';
import { isDate } from './realm.js';
import type { Area, Workbook } from './workbook.js';

export interface SortKey {
  /** 1-based column of the sheet. */
  column: number;
  ascending: boolean;
}

/** The spec forms Range.sort takes: a column, {column, ascending}, or an array of those. */
export function sortKeys(ctx: RuntimeContext, spec: unknown): SortKey[] {
  const one = (item: unknown): SortKey => {
    if (typeof item === 'number') return { column: item, ascending: true };
    if (typeof item === 'object' && item !== null && typeof (item as SortKey).column === 'number') {
      return { column: (item as SortKey).column, ascending: (item as { ascending?: boolean }).ascending !== false };
    }
    return ctx.fail('Range.sort: the sort specification must be a column number, {column, ascending}, or an array of them.');
  };
  return Array.isArray(spec) ? spec.map(one) : [one(spec)];
}

function rank(value: unknown): number {
  if (value === '' || value === null || value === undefined) return 3;
  if (typeof value === 'number' || isDate(value)) return 0;
  if (typeof value === 'boolean') return 2;
  return 1;
}

function compareCells(a: unknown, b: unknown, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 3 || rb === 3) return ra - rb; // blanks last, whatever the order
  const sign = ascending ? 1 : -1;
  if (ra !== rb) return sign * (ra - rb);
  if (ra === 0) return sign * (Number(a instanceof Date ? a.getTime() : a) - Number(b instanceof Date ? b.getTime() : b));
  if (ra === 2) return sign * (Number(a) - Number(b));
  return sign * String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
}

const CELL_REF = /(^|[\s(,:!=+\-*/&<>^{;])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

/** Moves a formula's relative row references by `delta` rows, outside quoted text and sheet names. */
export function shiftRowReferences(formula: string, delta: number): string {
  if (delta === 0) return formula;
  return formula
    .split(/("[^"]*"|'[^']*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(CELL_REF, (_all, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const moved = rowAbs === '$' ? Number(row) : Number(row) + delta;
            return moved < 1 ? `${before}#REF!` : `${before}${colAbs}${col}${rowAbs}${moved}`;
          }),
    )
    .join('');
}

/** What a cell holds, to be written elsewhere: its formula, its typed value, or "" (blank or spilled). */
function contentsOf(book: Workbook, area: Area, values: unknown[][]): unknown[][] {
  const { sheet } = area;
  return values.map((row, r) =>
    row.map((value, c) => {
      const formula = sheet.formulas.get(cellKey(area.row + r, area.column + c));
      if (formula !== undefined) return formula;
      const type = book.engine.hf.getCellType({ sheet: sheet.engineId, row: area.row + r - 1, col: area.column + c - 1 });
      return type === CellType.VALUE ? value : '';
    }),
  );
}

/** Sorts the rows of `area` by `keys` (stable), moving formulas with their rows. */
export function sortArea(book: Workbook, area: Area, keys: readonly SortKey[]): void {
  if (area.numRows < 2) return;
  for (const key of keys) {
    if (key.column < area.column || key.column >= area.column + area.numColumns) book.ctx.fail(`The column ${key.column} is out of the range to sort.`);
  }
  const values = readValues(book, area);
  const contents = contentsOf(book, area, values);
  const order = values.map((_, i) => i);
  order.sort((a, b) => {
    for (const { column, ascending } of keys) {
      const c = compareCells(values[a][column - area.column], values[b][column - area.column], ascending);
      if (c !== 0) return c;
    }
    return a - b;
  });
  const grid = order.map((from, to) => contents[from].map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? shiftRowReferences(cell, to - from) : cell)));
  writeCells(book, area, grid);
}
