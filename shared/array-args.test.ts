import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { asGrid, broadcastShape, columnOf, mapCells, scalarArg, shapeOf } from './array-args.js';
import { FormulaError } from './formula-error.js';

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
