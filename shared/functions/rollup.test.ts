import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OKR_ROLLUP, OKR_ROLLUP_SPEC } from './rollup.js';

const col = (...values: unknown[]) => values.map((v) => [v]);

describe('OKR_ROLLUP', () => {
  it('averages the grades of each objective’s key results', () => {
    const result = OKR_ROLLUP(col('O1', 'O2'), col('O1', 'O2', 'O1', 'O2'), col(0.6, 0.2, 0.8, 0.4));
    expect(result).toEqual([[expect.closeTo(0.7, 12)], [expect.closeTo(0.3, 12)]]);
  });

  it('weights the mean by the child weights', () => {
    expect(OKR_ROLLUP('O1', col('O1', 'O1'), col(0.5, 1), col(3, 1))).toBeCloseTo(0.625, 12);
  });

  it('matches IDs trimmed and case-insensitively', () => {
    expect(OKR_ROLLUP(' o1', col('O1 ', 'o1'), col(0.4, 0.6))).toBeCloseTo(0.5, 12);
  });

  it('counts a blank child grade as 0 and a blank weight as 1', () => {
    expect(OKR_ROLLUP('O1', col('O1', 'O1'), col(0.9, ''))).toBeCloseTo(0.45, 12);
    expect(OKR_ROLLUP('O1', col('O1', 'O1'), col(0.2, 0.8), col('', 3))).toBeCloseTo(0.65, 12);
  });

  it('leaves blank an ID without children, a blank ID, and an ID whose weights are all 0', () => {
    const result = OKR_ROLLUP(col('O1', '', 'O3'), col('O1', 'O2'), col(0.5, 0.5), col(0, 1));
    expect(result).toEqual([[''], [''], ['']]);
  });

  it('ignores children with a blank parent ID, as the blank rows of open-ended ranges', () => {
    expect(OKR_ROLLUP(col('O1'), col('O1', '', '', ''), col(0.5, 0.9, '', ''))).toEqual([[0.5]]);
  });

  it('rolls child objectives up into a parent objective the same way', () => {
    const objectiveGrades = col(0.7, 0.3, 0.9);
    const parents = col('COMPANY', 'COMPANY', '');
    expect(OKR_ROLLUP(col('COMPANY', 'O1'), parents, objectiveGrades)).toEqual([[expect.closeTo(0.5, 12)], ['']]);
  });

  it('gives the rows of ids, which may differ from the rows of the children', () => {
    const result = OKR_ROLLUP(col('O1', 'O2', 'O3'), col('O1'), col(1)) as unknown[][];
    expect(result).toHaveLength(3);
  });

  it('repeats a single weight for every child', () => {
    expect(OKR_ROLLUP('O1', col('O1', 'O1'), col(0.2, 0.4), 2)).toBeCloseTo(0.3, 12);
  });

  it('makes only the parent of a bad child an error, naming the child’s row', () => {
    const result = OKR_ROLLUP(col('O1', 'O2'), col('O1', 'O2', 'O2'), col(0.5, 0.5, 'Error: OKR_GRADE: current "abc" is not a number'));
    expect(result).toEqual([[0.5], ['Error: OKR_ROLLUP: child row 3: grade is an error, fix that first (OKR_GRADE: current "abc" is not a number)']]);
  });

  it('throws a single ID’s error with the function name', () => {
    expect(() => OKR_ROLLUP('O1', col('O1'), col('n/a'))).toThrow(new Error('OKR_ROLLUP: child row 1: grade "n/a" is not a number'));
  });
});

describe('OKR_ROLLUP over a table of weekly grades', () => {
  // Three key results over three weeks: O1 has KR1 (weight 3) and KR2, O2 has KR3.
  const parents = col('O1', 'O1', 'O2');
  const weeklyGrades = [
    [0.2, 0.4, 0.6],
    [0.6, 0.8, ''],
    [0.1, 0.3, 0.5],
  ];

  it('rolls each week up on its own: one column per week', () => {
    expect(OKR_ROLLUP(col('O1', 'O2'), parents, weeklyGrades, col(3, '', ''))).toEqual([
      [expect.closeTo(0.3, 12), expect.closeTo(0.5, 12), expect.closeTo(0.45, 12)],
      [expect.closeTo(0.1, 12), expect.closeTo(0.3, 12), expect.closeTo(0.5, 12)],
    ]);
  });

  it('gives a blank row for a blank id and for an id without children', () => {
    expect(OKR_ROLLUP(col('', 'O9'), parents, weeklyGrades)).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('gives a single id a row of weeks', () => {
    expect(OKR_ROLLUP('O2', parents, weeklyGrades)).toEqual([[0.1, 0.3, 0.5]]);
  });

  it('makes a bad grade an error in its own week only, naming the child’s row', () => {
    const grades = weeklyGrades.map((row) => [...row]);
    grades[1][1] = 'n/a';
    expect(OKR_ROLLUP('O1', parents, grades)).toEqual([[expect.closeTo(0.4, 12), 'Error: OKR_ROLLUP: child row 2: grade "n/a" is not a number', expect.closeTo(0.3, 12)]]);
  });

  it('makes a bad weight an error in every week of its parent', () => {
    expect(OKR_ROLLUP(col('O1', 'O2'), parents, weeklyGrades, col(1, -1, 1))).toEqual([
      Array(3).fill('Error: OKR_ROLLUP: child row 2: weight -1 is negative: use 0 or more (blank counts as 1)'),
      [0.1, 0.3, 0.5],
    ]);
  });

  it('refuses a table whose rows do not match the children', () => {
    expect(() => OKR_ROLLUP('O1', parents, weeklyGrades.slice(0, 2))).toThrow('OKR_ROLLUP: child_parent_ids has 3 rows but child_grades has 2; give ranges with the same rows');
  });

  const GRADE = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(''));
  const children = fc.integer({ min: 1, max: 6 }).chain((weeks) =>
    fc.array(fc.tuple(fc.constantFrom('O1', 'O2', ''), fc.constantFrom('', 1, 2, 0), fc.array(GRADE, { minLength: weeks, maxLength: weeks })), { minLength: 1, maxLength: 20 }),
  );

  test.prop([children])('gives in each week what OKR_ROLLUP gives for that week’s column alone', (rows) => {
    const ids = col('O1', 'O2', '');
    const table = OKR_ROLLUP(ids, col(...rows.map((r) => r[0])), rows.map((r) => r[2]), col(...rows.map((r) => r[1]))) as unknown[][];
    const weeks = rows[0][2].length;
    for (let k = 0; k < weeks; k++) {
      const column = OKR_ROLLUP(ids, col(...rows.map((r) => r[0])), col(...rows.map((r) => r[2][k])), col(...rows.map((r) => r[1]))) as unknown[][];
      expect(table.map((row) => row[k])).toEqual(column.map((row) => row[0]));
    }
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a negative weight', ['O1', col('O1', 'O1'), col(0.5, 0.5), col(1, -1)], 'OKR_ROLLUP: child row 2: weight -1 is negative: use 0 or more (blank counts as 1)'],
  ['a weight that is not a number', ['O1', col('O1', 'O1'), col(0.5, 0.5), col(1, 'heavy')], 'OKR_ROLLUP: child row 2: weight "heavy" is not a number'],
  ['a grade that is not a number', ['O1', col('O1', 'O1', 'O1'), col(0.5, 0.5, 'n/a')], 'OKR_ROLLUP: child row 3: grade "n/a" is not a number'],
  [
    'a grade that is an error',
    ['O1', col('O1', 'O1', 'O1'), col(0.5, 0.5, 'Error: OKR_GRADE: current "abc" is not a number')],
    'OKR_ROLLUP: child row 3: grade is an error, fix that first (OKR_GRADE: current "abc" is not a number)',
  ],
  [
    'child ranges of different lengths',
    ['O1', col(...'abcdefghij'), col(...'abcdefghi')],
    'OKR_ROLLUP: child_parent_ids has 10 rows but child_grades has 9; give ranges with the same rows',
  ],
  ['ids of more than one column', [Array.from({ length: 5 }, () => ['O1', 'x']), col('O1'), col(1)], 'OKR_ROLLUP: ids is 5×2: give a single column'],
];

describe('OKR_ROLLUP errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_ROLLUP(args[0], args[1], args[2], args[3])).toThrow(expect.objectContaining({ message }));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_ROLLUP_SPEC.errors) expect(given).toContain(message);
  });
});

describe('OKR_ROLLUP properties', () => {
  const grade = fc.double({ min: 0, max: 1, noNaN: true });
  // Weights of 0, blank, or ordinary sizes: a subnormal weight underflows w × g to 0 in any float code.
  const weight = fc.oneof(fc.constant(0), fc.constant(''), fc.double({ min: 1e-3, max: 100, noNaN: true }));
  const weights = fc.array(weight, { minLength: 1, maxLength: 20 });

  test.prop([grade, weights])('rolls up children of equal grades to that grade', (g, w) => {
    fc.pre(w.some((x) => x === '' || x > 0));
    const result = OKR_ROLLUP('O1', col(...w.map(() => 'O1')), col(...w.map(() => g)), col(...w));
    expect(result).toBeCloseTo(g, 9);
  });

  test.prop([fc.array(fc.tuple(fc.constantFrom('O1', 'O2', 'O3'), grade), { minLength: 1, maxLength: 30 })])(
    'keeps every rolled-up grade between the lowest and highest grade of its children',
    (children) => {
      const result = OKR_ROLLUP(col('O1', 'O2', 'O3'), col(...children.map((c) => c[0])), col(...children.map((c) => c[1]))) as unknown[][];
      ['O1', 'O2', 'O3'].forEach((id, r) => {
        const grades = children.filter((c) => c[0] === id).map((c) => c[1]);
        if (grades.length === 0) return expect(result[r][0]).toBe('');
        expect(result[r][0]).toBeGreaterThanOrEqual(Math.min(...grades) - 1e-12);
        expect(result[r][0]).toBeLessThanOrEqual(Math.max(...grades) + 1e-12);
      });
    },
  );
});
