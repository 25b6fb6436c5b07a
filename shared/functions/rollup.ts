/**
 * OKR_ROLLUP: an objective's grade as the weighted mean of its children's grades: key results
 * under an objective, or child objectives under a parent objective. One pass over the children
 * into a map keyed by parent ID, then one lookup per requested ID.
 */
import { asGrid, isRange, messageOf, shapeOf } from './array-args.js';
import { idKey, isBlank, toNumberOrBlank } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { ERROR_PREFIX, FormulaError } from '../cells/formula-error.js';
import { alignedColumns, columnArg, mapIds } from '../cells/id-columns.js';

interface ParentTotals {
  weightedSum: number;
  weight: number;
  /** The first bad child's message; it makes the parent's cell an error. */
  error: string | null;
}

/** A child's weight: blank counts as 1; negative or non-numeric is an error. */
export function childWeight(value: unknown): number {
  const weight = toNumberOrBlank(value, 'weight');
  if (weight === null) return 1;
  if (weight < 0) throw new FormulaError(`weight ${weight} is negative: use 0 or more (blank counts as 1)`);
  return weight;
}

function newTotals(): ParentTotals {
  return { weightedSum: 0, weight: 0, error: null };
}

/**
 * Sums the children into totals per parent key, one per column of grades (a weekly grade
 * table has one column per week). Each weight is read once for all columns. Rows are counted
 * from 1 within the ranges; a bad weight makes every column of its parent an error, a bad grade
 * only its own column.
 */
function totalsByParentPerColumn(
  parents: readonly unknown[],
  gradeColumns: readonly (readonly unknown[])[],
  weights: readonly unknown[],
): Map<string, ParentTotals[]> {
  const totals = new Map<string, ParentTotals[]>();
  for (let r = 0; r < parents.length; r++) {
    const parent = parents[r];
    if (isBlank(parent)) continue;
    const key = idKey(parent);
    let entry = totals.get(key);
    if (entry === undefined) {
      entry = gradeColumns.map(newTotals);
      totals.set(key, entry);
    }
    let weight: number;
    try {
      weight = childWeight(weights[r]);
    } catch (error) {
      for (const column of entry) if (column.error === null) column.error = `child row ${r + 1}: ${messageOf(error)}`;
      continue;
    }
    for (let c = 0; c < gradeColumns.length; c++) {
      const column = entry[c];
      if (column.error !== null) continue;
      try {
        const grade = toNumberOrBlank(gradeColumns[c][r], 'grade') ?? 0;
        column.weightedSum += weight * grade;
        column.weight += weight;
      } catch (error) {
        column.error = `child row ${r + 1}: ${messageOf(error)}`;
      }
    }
  }
  return totals;
}

/** Sums the children of one column of grades into totals per parent key. */
export function totalsByParent(parents: readonly unknown[], grades: readonly unknown[], weights: readonly unknown[]): Map<string, ParentTotals> {
  const totals = new Map<string, ParentTotals>();
  for (const [key, [column]] of totalsByParentPerColumn(parents, [grades], weights)) totals.set(key, column);
  return totals;
}

/** The rolled-up grade of one parent; `null` (blank) without children or with all weights 0. */
export function rollupOf(totals: ParentTotals | undefined): number | null {
  if (totals === undefined) return null;
  if (totals.error !== null) throw new FormulaError(totals.error, 'reference');
  return totals.weight > 0 ? totals.weightedSum / totals.weight : null;
}

const CHILD_NAMES = ['child_parent_ids', 'child_grades', 'child_weights'];

/** The child ranges lined up: parents, weights, and each column of the grades (a single grade stands for all). */
function childColumns(fn: string, childParentIds: unknown, childGrades: unknown, childWeights: unknown): [unknown[], unknown[][], unknown[]] {
  const table = isRange(childGrades) ? asGrid(childGrades) : undefined;
  const width = table === undefined ? 1 : Math.max(1, shapeOf(table).cols);
  // A table's first column stands for it in the row check, so it is not refused as "not a single column".
  const firstColumn = width === 1 ? childGrades : (table as unknown[][]).map((row) => [row[0]]);
  const [parents, first, weights] = alignedColumns(fn, [childParentIds, firstColumn, childWeights], CHILD_NAMES);
  const gradeColumns = [first];
  for (let c = 1; c < width; c++) gradeColumns.push((table as unknown[][]).map((row) => row[c]));
  return [parents, gradeColumns, weights];
}

export function OKR_ROLLUP(ids: unknown, childParentIds: unknown, childGrades: unknown, childWeights?: unknown): unknown {
  const fn = 'OKR_ROLLUP';
  const idColumn = columnArg(fn, 'ids', ids);
  const [parents, gradeColumns, weights] = childColumns(fn, childParentIds, childGrades, childWeights ?? '');
  const totals = totalsByParentPerColumn(parents, gradeColumns, weights);
  if (gradeColumns.length === 1) return mapIds(fn, ids, idColumn, (key) => rollupOf(totals.get(key)?.[0]));
  const cellOf = (column: ParentTotals | undefined): unknown => {
    try {
      return rollupOf(column) ?? '';
    } catch (error) {
      return `${ERROR_PREFIX}${fn}: ${messageOf(error)}`;
    }
  };
  return idColumn.map((id) => {
    if (isBlank(id)) return gradeColumns.map(() => '');
    const entry = totals.get(idKey(id));
    return gradeColumns.map((_, c) => cellOf(entry?.[c]));
  });
}

export const OKR_ROLLUP_SPEC: CustomFunctionSpec = {
  name: 'OKR_ROLLUP',
  summary: "Grades each objective as the weighted mean of its children's grades (its key results, or its child objectives).",
  description: /* @__PURE__ */ [
    'For each id, the children are the rows of child_parent_ids equal to it (trimmed, case-insensitive).',
    'The result is Σ weight × grade / Σ weight over those children:',
    '- a blank child grade counts as 0, a blank weight as 1;',
    '- an id with no children, or whose weights are all 0, gives blank; a blank id gives blank;',
    "- a child with a negative or non-numeric weight, or whose grade is an error or not a number, makes its parent's cell an error naming the child's row (counted from 1 in the child ranges).",
    'ids and the child ranges may have different rows (objectives and key results); the child ranges must have the same rows as each other. ' +
      'The result is one column with the rows of ids.',
    'child_grades may also be a table with one column per week (the weekly grades of the Progress sheet): each column rolls up on its own, ' +
      'and the result has one column per column of child_grades. A bad weight then makes every column of its parent an error, a bad grade only its own column.',
  ].join('\n'),
  params: [
    { name: 'ids', description: 'The objectives to grade: a column of IDs, or one ID.' },
    { name: 'child_parent_ids', description: "Each child's parent ID (the Objective column of Key Results, or the Parent column of Objectives)." },
    { name: 'child_grades', description: "Each child's grade: a column, or a table with one column per week." },
    { name: 'child_weights', description: "Each child's weight; blank counts as 1.", optional: true },
  ],
  returns: 'One grade from 0 to 1 per id (per id and week for a table of grades), or blank.',
  examples: [
    { formula: '=OKR_ROLLUP("O1", {"O1";"O1";"O2"}, {0.6;0.8;0.1})', result: '0.7', note: 'The mean of the two key results of O1.' },
    { formula: '=OKR_ROLLUP("O1", {"O1";"o1 "}, {0.5;1}, {3;1})', result: '0.625', note: 'Weighted 3 to 1; IDs match trimmed and in any case.' },
    { formula: '=OKR_ROLLUP("O1", {"O1";"O1"}, {0.9;""})', result: '0.45', note: 'A key result with no grade yet counts as 0.' },
    { formula: '=OKR_ROLLUP("O3", {"O1";"O2"}, {0.6;0.8})', result: '', note: 'No children.' },
    { formula: '=OKR_ROLLUP("O1", {"O1";"O1"}, {0.2,0.4;0.6,0.8})', result: '{0.4,0.6}', note: 'Two weeks of grades: one rolled-up grade per week.' },
  ],
  errors: [
    'OKR_ROLLUP: child row 2: weight -1 is negative: use 0 or more (blank counts as 1)',
    'OKR_ROLLUP: child row 2: weight "heavy" is not a number',
    'OKR_ROLLUP: child row 3: grade "n/a" is not a number',
    'OKR_ROLLUP: child row 3: grade is an error, fix that first (OKR_GRADE: current "abc" is not a number)',
    'OKR_ROLLUP: child_parent_ids has 10 rows but child_grades has 9; give ranges with the same rows',
    'OKR_ROLLUP: ids is 5×2: give a single column',
  ],
  resultShape: { rowsOf: 0, columnsOf: 2 },
  impl: (args) => OKR_ROLLUP(args[0], args[1], args[2], args[3]),
};
