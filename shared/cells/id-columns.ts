/**
 * Arguments read as whole columns, for the functions that look rows up by ID (OKR_ROLLUP,
 * OKR_LATEST, OKR_FORECAST). They do not broadcast cell by cell like `mapCells`: the IDs asked
 * for and the rows searched (key results, the check-in log) have different lengths. The result
 * has one cell per requested ID.
 */
import { asGrid, describeShape, isRange, messageOf, shapeOf } from '../functions/array-args.js';
import { idKey, isBlank } from './cell.js';
import { ERROR_PREFIX, FormulaError } from './formula-error.js';

/** A range argument as its single column; a single value as a column of one. */
export function columnArg(fn: string, name: string, value: unknown): unknown[] {
  if (!isRange(value)) return [value];
  const grid = asGrid(value);
  const shape = shapeOf(grid);
  if (shape.cols > 1) {
    throw new FormulaError(`${fn}: ${name} is ${describeShape(shape)}: give a single column`, 'bad-shape');
  }
  const column: unknown[] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) column[r] = grid[r][0];
  return column;
}

/**
 * Columns that must line up row by row (the children, the log). Ranges must have the same
 * rows; a single value stands for every row.
 */
export function alignedColumns(fn: string, values: readonly unknown[], names: readonly string[]): unknown[][] {
  const columns = values.map((value, i) => columnArg(fn, names[i], value));
  let rows = 1;
  let owner = -1;
  for (let i = 0; i < values.length; i++) {
    if (!isRange(values[i])) continue;
    const length = columns[i].length;
    if (owner < 0) {
      rows = length;
      owner = i;
    } else if (length !== rows) {
      throw new FormulaError(
        `${fn}: ${names[owner]} has ${rows} rows but ${names[i]} has ${length}; give ranges with the same rows`,
        'bad-shape',
      );
    }
  }
  for (let i = 0; i < values.length; i++) {
    if (!isRange(values[i])) columns[i] = new Array(rows).fill(values[i]);
  }
  return columns;
}

/** Computes the cell of one requested ID from its key (`idKey`) and its row among the IDs. */
export type IdCellFn = (key: string, row: number) => unknown;

/**
 * One result per requested ID, with the error rules of `mapCells`: a single ID gives a single
 * value and a thrown `Error` naming the function; a range of IDs gives a one-column range in
 * which a bad ID shows `Error: <message>` and a blank ID a blank cell.
 */
export function mapIds(fn: string, idsArg: unknown, ids: readonly unknown[], cell: IdCellFn): unknown {
  if (!isRange(idsArg)) {
    if (isBlank(idsArg)) return '';
    try {
      return cell(idKey(idsArg), 0) ?? '';
    } catch (error) {
      throw new Error(`${fn}: ${messageOf(error)}`, { cause: error });
    }
  }
  const out: unknown[][] = new Array(ids.length);
  for (let r = 0; r < ids.length; r++) {
    const id = ids[r];
    if (isBlank(id)) {
      out[r] = [''];
      continue;
    }
    try {
      out[r] = [cell(idKey(id), r) ?? ''];
    } catch (error) {
      out[r] = [`${ERROR_PREFIX}${fn}: ${messageOf(error)}`];
    }
  }
  return out;
}
