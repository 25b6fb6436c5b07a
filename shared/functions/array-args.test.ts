import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asGrid, broadcastShape, columnOf, mapCells, scalarArg, shapeOf } from './array-args.js';
import { FormulaError } from '../cells/formula-error.js';
import { OKR_GRADE } from './grade.js';
import { OKR_WEEKLY } from './weekly.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

// A cell function that shows which values it saw, and fails on the text "bad".
function joinValues(values: unknown[]): string {
  if (values.includes('bad')) throw new FormulaError('a value is "bad"');
  return values.map(String).join('|');
}

const NAMES = ['a', 'b', 'c'];

describe('asGrid and shapeOf', () => {
  it('reads rows of columns as they are', () => {
    expect(shapeOf(asGrid([[1, 2, 3], [4, 5, 6]]))).toEqual({ rows: 2, cols: 3 });
  });

  it('reads a flat array as a column', () => {
    expect(asGrid([1, 2])).toEqual([[1], [2]]);
  });

  it('reads an empty array as no rows', () => {
    expect(shapeOf(asGrid([]))).toEqual({ rows: 0, cols: 0 });
  });
});

describe('broadcastShape', () => {
  it.each([
    [[[[1], [2], [3]], [[1, 2]]], { rows: 3, cols: 2 }],
    [[[[1, 2], [3, 4]], [[1], [2]]], { rows: 2, cols: 2 }],
    [[[[1, 2], [3, 4]], [[1, 2]]], { rows: 2, cols: 2 }],
    [[[[1]], [[1], [2]]], { rows: 2, cols: 1 }],
    [[undefined, [[1], [2]]], { rows: 2, cols: 1 }],
    [[undefined, undefined], { rows: 1, cols: 1 }],
  ])('broadcasts %j to %j', (grids, shape) => {
    expect(broadcastShape('F', grids as unknown[][][], NAMES)).toEqual(shape);
  });

  it('names both ranges and their shapes when they do not fit', () => {
    expect(() => broadcastShape('F', [[[1], [2], [3]], [[1], [2]]], NAMES)).toThrow(
      expect.objectContaining({
        message: 'F: a is 3×1 but b is 2×1; give ranges with the same number of rows (a single column or row may stand for all)',
        code: 'bad-shape',
      }),
    );
  });

  it('names the range that does not fit with its own shape, not the combined one', () => {
    // a (3×1) and b (1×2) combine to 3×2; c (4×1) clashes with a's rows, not with b.
    expect(() => broadcastShape('F', [[[1], [2], [3]], [[1, 2]], [[1], [2], [3], [4]]], NAMES)).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^F: a is 3×1 but c is 4×1;/) }),
    );
  });
});

describe('mapCells with single values', () => {
  it('returns the single result', () => {
    expect(mapCells('F', [1, 'x', true], NAMES, joinValues)).toBe('1|x|true');
  });

  it('returns "" for a blank (null) result', () => {
    expect(mapCells('F', [1], NAMES, () => null)).toBe('');
  });

  it('throws an Error whose message names the function', () => {
    expect(() => mapCells('F', ['bad'], NAMES, joinValues)).toThrow(new Error('F: a value is "bad"'));
  });
});

describe('mapCells with ranges', () => {
  it('computes a column cell by cell, repeating single values', () => {
    expect(mapCells('F', [[[1], [2]], 'x'], NAMES, joinValues)).toEqual([['1|x'], ['2|x']]);
  });

  it('repeats an n×1 column across the columns of an n×m range', () => {
    expect(mapCells('F', [[[1, 2], [3, 4]], [['a'], ['b']]], NAMES, joinValues)).toEqual([
      ['1|a', '2|a'],
      ['3|b', '4|b'],
    ]);
  });

  it('repeats a 1×m row down the rows of an n×m range', () => {
    expect(mapCells('F', [[[1, 2], [3, 4]], [['a', 'b']]], NAMES, joinValues)).toEqual([
      ['1|a', '2|b'],
      ['3|a', '4|b'],
    ]);
  });

  it('broadcasts a column against a row into their outer product', () => {
    expect(mapCells('F', [[[1], [2]], [['a', 'b']]], NAMES, joinValues)).toEqual([
      ['1|a', '1|b'],
      ['2|a', '2|b'],
    ]);
  });

  it('gives "" for a cell whose range arguments are all blank, without calling the function', () => {
    const seen: unknown[] = [];
    const result = mapCells('F', [[[1], [''], ['  ']], 'x'], NAMES, (values) => seen.push(values[0]));
    expect(result).toEqual([[1], [''], ['']]);
    expect(seen).toEqual([1]);
  });

  it('puts "Error: <message>" in a bad cell and still computes the others', () => {
    expect(mapCells('F', [[[1], ['bad'], [3]]], NAMES, joinValues)).toEqual([['1'], ['Error: F: a value is "bad"'], ['3']]);
  });

  it('throws when the ranges do not fit, whatever the cells hold', () => {
    expect(() => mapCells('F', [[[1], [2]], [[1], [2], [3]]], NAMES, joinValues)).toThrow(/^F: a is 2×1 but b is 3×1;/);
  });

  it('reads a flat array as a column', () => {
    expect(mapCells('F', [[1, 2]], NAMES, joinValues)).toEqual([['1'], ['2']]);
  });
});

describe('mapCells properties', () => {
  const cell = fc.oneof(fc.constant(''), fc.integer({ min: -5, max: 5 }), fc.constantFrom('x', ' ', 'bad'));
  const grid = fc.integer({ min: 1, max: 6 }).chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 8 }));

  test.prop([grid])('gives a result with the shape of its range argument', (input) => {
    const result = mapCells('F', [input, 'x'], NAMES, joinValues) as unknown[][];
    expect(shapeOf(result)).toEqual(shapeOf(input));
  });

  test.prop([grid])('leaves blank the cells that are blank in every range, and only those', (input) => {
    const result = mapCells('F', [input, input], NAMES, joinValues) as unknown[][];
    input.forEach((row, r) =>
      row.forEach((value, c) => {
        expect(result[r][c] === '').toBe(value === '' || value === ' ');
      }),
    );
  });
});

describe('broadcasting a column, a row and a single value over a table', () => {
  // A cell function that records its arguments, so a result shows where each value came from.
  const tuple = (values: unknown[]) => values.join('|');
  const table = [
    ['a', 'b', 'c'],
    ['d', 'e', 'f'],
  ];

  it.each([
    ['an n×1 column across the columns', [[1], [2]], [['1|a', '1|b', '1|c'], ['2|d', '2|e', '2|f']]],
    ['a 1×m row down the rows', [[1, 2, 3]], [['1|a', '2|b', '3|c'], ['1|d', '2|e', '3|f']]],
    ['a single value over every cell', 7, [['7|a', '7|b', '7|c'], ['7|d', '7|e', '7|f']]],
    ['a 1×1 range over every cell', [[7]], [['7|a', '7|b', '7|c'], ['7|d', '7|e', '7|f']]],
  ])('repeats %s of a 2×3 table', (_, arg, result) => {
    expect(mapCells('F', [arg, table], NAMES, tuple)).toEqual(result);
  });

  it.each([
    ['a column of other rows', [[1], [2], [3]], 'F: a is 3×1 but b is 2×3;'],
    ['a row of other columns', [[1, 2]], 'F: a is 1×2 but b is 2×3;'],
    ['a table of other columns', [[1, 2], [3, 4]], 'F: a is 2×2 but b is 2×3;'],
  ])('refuses %s, naming both shapes', (_, arg, start) => {
    expect(() => mapCells('F', [arg, table], NAMES, tuple)).toThrow(expect.objectContaining({ message: expect.stringContaining(start), code: 'bad-shape' }));
  });

  const sizes = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) });
  const value = fc.oneof(fc.integer({ min: -9, max: 9 }), fc.constantFrom('', 'x'));
  const inputs = sizes.chain(({ rows, cols }) =>
    fc.record({
      column: fc.array(value, { minLength: rows, maxLength: rows }),
      row: fc.array(value, { minLength: cols, maxLength: cols }),
      grid: fc.array(fc.array(value, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
    }),
  );

  test.prop([inputs])('gives what the column and row repeated out to the table’s shape give', ({ column, row, grid }) => {
    const repeatedColumn = column.map((v) => row.map(() => v));
    const repeatedRow = column.map(() => [...row]);
    const broadcast = mapCells('F', [column.map((v) => [v]), [row], grid], NAMES, tuple);
    expect(broadcast).toEqual(mapCells('F', [repeatedColumn, repeatedRow, grid], NAMES, tuple));
  });
});

describe('OKR_GRADE over a weekly table', () => {
  const col = (...values: unknown[]) => values.map((v) => [v]);
  const day = (d: number) => new Date(2026, 0, d);
  // Three key results over three weeks: raise 0 → 100, cut 30 → 25 days, deliver a milestone.
  const weeklyTable = OKR_WEEKLY(NY, 
    col('KR1', 'KR2', 'KR3'),
    col('KR1', 'KR2', 'KR1', 'KR3', 'KR2', 'KR1'),
    col(day(2), day(3), day(9), day(10), day(16), day(17)),
    col(20, 29, 50, 'not done', 27, 70),
    day(1),
    day(21),
  );

  it('grades the whole table in one call, each row by its own start, target and type', () => {
    expect(weeklyTable).toEqual([
      [20, 50, 70],
      [29, 29, 27],
      ['', 'not done', 'not done'],
    ]);
    expect(OKR_GRADE(col(0, 30, ''), col(100, 25, ''), weeklyTable, col('', '', 'milestone'))).toEqual([
      [expect.closeTo(0.2, 12), expect.closeTo(0.5, 12), expect.closeTo(0.7, 12)],
      [expect.closeTo(0.2, 12), expect.closeTo(0.2, 12), expect.closeTo(0.6, 12)],
      [0, 0, 0],
    ]);
  });

  it('grades each cell as OKR_GRADE grades that cell alone', () => {
    const starts = [0, 30, ''];
    const targets = [100, 25, ''];
    const types = ['', '', 'milestone'];
    const graded = OKR_GRADE(col(...starts), col(...targets), weeklyTable, col(...types)) as unknown[][];
    (weeklyTable as unknown[][]).forEach((row, r) =>
      row.forEach((value, w) => expect(graded[r][w]).toEqual(OKR_GRADE(starts[r], targets[r], value, types[r]))),
    );
  });
});

describe('columnOf and scalarArg', () => {
  it('reads the first column of a range, or wraps a single value', () => {
    expect(columnOf([[1, 9], [2, 9]])).toEqual([1, 2]);
    expect(columnOf(5)).toEqual([5]);
  });

  it('unwraps a 1×1 range and passes a single value through', () => {
    expect(scalarArg('F', 'at', [[7]])).toBe(7);
    expect(scalarArg('F', 'at', 7)).toBe(7);
  });

  it('rejects a larger range', () => {
    expect(() => scalarArg('F', 'at', [[1], [2]])).toThrow(expect.objectContaining({ message: 'F: at must be a single value, not a 2×1 range', code: 'bad-shape' }));
  });
});
