/**
 * The array semantics every custom function shares. Each argument is a single value or a
 * 2-D range; ranges broadcast like spreadsheet array arithmetic: an n×1 column repeats across
 * the columns of an n×m range, a 1×m row down its rows, a single value everywhere. Any other
 * mismatch is an error naming both shapes.
 *
 * One formula then fills a whole column (`=OKR_GRADE(F2:F, G2:G, H2:H, E2:E)`) with one call,
 * which is what Apps Script's per-call cost demands (https://developers.google.com/apps-script/guides/sheets/functions#optimization).
 */
import { ERROR_PREFIX, FormulaError } from '../cells/formula-error.js';
import { isBlank } from '../cells/cell.js';

export type Grid = unknown[][];
export interface Shape {
  rows: number;
  cols: number;
}

/** Computes one output cell from the argument values of that cell; `null` means blank. */
export type CellFn<T> = (values: unknown[]) => T | null;

export function isRange(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

/** A range argument as a grid: Sheets passes rows of columns; a flat array is read as a column. */
export function asGrid(value: unknown[]): Grid {
  if (value.length === 0) return [];
  return Array.isArray(value[0]) ? (value as Grid) : value.map((v) => [v]);
}

export function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, cols: grid.length === 0 ? 0 : grid[0].length };
}

export function describeShape({ rows, cols }: Shape): string {
  return `${rows}×${cols}`;
}

function broadcastDim(a: number, b: number): number | undefined {
  if (a === b || b === 1) return a;
  if (a === 1) return b;
  return undefined;
}

function fits(a: Shape, b: Shape): boolean {
  return broadcastDim(a.rows, b.rows) !== undefined && broadcastDim(a.cols, b.cols) !== undefined;
}

/**
 * The shape of the result of broadcasting `grids` together, or a FormulaError naming two
 * arguments whose own shapes do not fit.
 */
export function broadcastShape(fn: string, grids: readonly (Grid | undefined)[], names: readonly string[]): Shape {
  let shape: Shape | undefined;
  for (let i = 0; i < grids.length; i++) {
    const grid = grids[i];
    if (grid === undefined) continue;
    const next = shapeOf(grid);
    if (shape === undefined) {
      shape = next;
      continue;
    }
    const rows = broadcastDim(shape.rows, next.rows);
    const cols = broadcastDim(shape.cols, next.cols);
    if (rows === undefined || cols === undefined) throw shapeError(fn, grids, names, i);
    shape = { rows, cols };
  }
  return shape ?? { rows: 1, cols: 1 };
}

/**
 * The error for argument `i`, naming the first earlier range it does not fit. One always
 * exists: each dimension of the combined shape is 1 or the size of some earlier range.
 */
function shapeError(fn: string, grids: readonly (Grid | undefined)[], names: readonly string[], i: number): FormulaError {
  const next = shapeOf(grids[i] as Grid);
  let j = 0;
  while (j < i && (grids[j] === undefined || fits(shapeOf(grids[j] as Grid), next))) j++;
  const earlier = shapeOf(grids[j] as Grid);
  return new FormulaError(
    `${fn}: ${names[j]} is ${describeShape(earlier)} but ${names[i]} is ${describeShape(next)}; ` +
      'give ranges with the same number of rows (a single column or row may stand for all)',
    'bad-shape',
  );
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `cell` for every cell of the broadcast shape of `args`.
 *
 * - No range among the args: returns the single result, "" for blank, and throws an `Error`
 *   whose message starts with the function name when the inputs are bad.
 * - Otherwise returns a 2-D array. A cell whose range arguments are all blank is "" (open-ended
 *   ranges like `F2:F` are mostly blank rows); a bad cell is the text `Error: <message>` and
 *   every other cell is still computed.
 *
 * `values` passed to `cell` is reused between calls: read it, do not keep it.
 */
export function mapCells<T>(fn: string, args: readonly unknown[], names: readonly string[], cell: CellFn<T>): T | '' | unknown[][] {
  const count = args.length;
  const grids: (Grid | undefined)[] = new Array(count);
  let anyRange = false;
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    if (isRange(arg)) {
      grids[i] = asGrid(arg);
      anyRange = true;
    }
  }
  const values: unknown[] = new Array(count);
  if (!anyRange) {
    for (let i = 0; i < count; i++) values[i] = args[i];
    try {
      const result = cell(values);
      return result === null ? '' : result;
    } catch (error) {
      throw new Error(`${fn}: ${messageOf(error)}`, { cause: error });
    }
  }

  const { rows, cols } = broadcastShape(fn, grids, names);
  const out: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const line: unknown[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      let allBlank = true;
      for (let i = 0; i < count; i++) {
        const grid = grids[i];
        if (grid === undefined) {
          values[i] = args[i];
          continue;
        }
        const row = grid.length === 1 ? grid[0] : grid[r];
        const value = row.length === 1 ? row[0] : row[c];
        values[i] = value;
        if (allBlank && !isBlank(value)) allBlank = false;
      }
      if (allBlank) {
        line[c] = '';
        continue;
      }
      try {
        const result = cell(values);
        line[c] = result === null ? '' : result;
      } catch (error) {
        line[c] = `${ERROR_PREFIX}${fn}: ${messageOf(error)}`;
      }
    }
    out[r] = line;
  }
  return out;
}

/** Wraps a single value in a 1×1 grid and passes a grid through, for functions that read whole columns. */
export function columnOf(value: unknown): unknown[] {
  if (!isRange(value)) return [value];
  const grid = asGrid(value);
  const column: unknown[] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) column[r] = grid[r][0];
  return column;
}

/** Returns the value of an optional scalar argument, rejecting a range. */
export function scalarArg(fn: string, name: string, value: unknown): unknown {
  if (isRange(value)) {
    const grid = asGrid(value);
    if (grid.length === 1 && grid[0].length === 1) return grid[0][0];
    throw new FormulaError(`${fn}: ${name} must be a single value, not a ${describeShape(shapeOf(grid))} range`, 'bad-shape');
  }
  return value;
}
