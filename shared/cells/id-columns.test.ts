import { describe, expect, it } from 'vitest';
import { alignedColumns, columnArg, mapIds } from './id-columns.js';
import { FormulaError } from './formula-error.js';

describe('columnArg', () => {
  it('reads a one-column range as its column and a single value as a column of one', () => {
    expect(columnArg('F', 'ids', [['a'], ['b']])).toEqual(['a', 'b']);
    expect(columnArg('F', 'ids', 'a')).toEqual(['a']);
  });

  it('rejects a range of more than one column', () => {
    expect(() => columnArg('F', 'ids', [['a', 'b']])).toThrow(expect.objectContaining({ message: 'F: ids is 1×2: give a single column', code: 'bad-shape' }));
  });
});

describe('alignedColumns', () => {
  it('keeps ranges of the same rows and repeats single values down them', () => {
    expect(alignedColumns('F', [[['a'], ['b']], 7, [[1], [2]]], ['x', 'y', 'z'])).toEqual([
      ['a', 'b'],
      [7, 7],
      [1, 2],
    ]);
  });

  it('makes single values a column of one when no range is given', () => {
    expect(alignedColumns('F', ['a', 1], ['x', 'y'])).toEqual([['a'], [1]]);
  });

  it('names the first two ranges whose rows differ', () => {
    expect(() => alignedColumns('F', [[['a'], ['b']], 1, [[1]]], ['x', 'y', 'z'])).toThrow(
      expect.objectContaining({ message: 'F: x has 2 rows but z has 1; give ranges with the same rows' }),
    );
  });
});

describe('mapIds', () => {
  const cell = (key: string) => {
    if (key === 'bad') throw new FormulaError('is bad');
    return key === 'none' ? null : key.toUpperCase();
  };

  it('answers a single ID with a single value, blank for null', () => {
    expect(mapIds('F', ' Ab ', [' Ab '], cell)).toBe('AB');
    expect(mapIds('F', 'none', ['none'], cell)).toBe('');
    expect(mapIds('F', '', [''], cell)).toBe('');
  });

  it('throws for a single bad ID with the function name', () => {
    expect(() => mapIds('F', 'bad', ['bad'], cell)).toThrow(new Error('F: is bad'));
  });

  it('answers a range of IDs with a column: blank IDs blank, bad IDs an error text', () => {
    const ids = ['a', '', 'bad', 'none'];
    expect(mapIds('F', ids.map((id) => [id]), ids, cell)).toEqual([['A'], [''], ['Error: F: is bad'], ['']]);
  });

  it('passes the row of each ID', () => {
    const rows: number[] = [];
    mapIds('F', [['a'], ['b']], ['a', 'b'], (_, row) => rows.push(row));
    expect(rows).toEqual([0, 1]);
  });
});
