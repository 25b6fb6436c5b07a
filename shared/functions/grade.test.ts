import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OKR_GRADE, OKR_GRADE_SPEC, directionOf, gradeOne, milestoneProgress, parseType } from './grade.js';

describe('parseType', () => {
  it.each([
    ['', 'auto'],
    [' ', 'auto'],
    [undefined, 'auto'],
    ['auto', 'auto'],
    ['Transition', 'auto'],
    ['INCREASE', 'increase'],
    [' decrease ', 'decrease'],
    ['threshold', 'threshold'],
    ['range', 'threshold'],
    ['Maintain', 'threshold'],
    ['milestone', 'milestone'],
    ['baseline', 'baseline'],
  ])('reads %j as %s', (text, type) => {
    expect(parseType(text)).toBe(type);
  });
});

describe('directionOf', () => {
  it('is increase when the target is above the start, decrease when below', () => {
    expect(directionOf(65, 75)).toBe('increase');
    expect(directionOf(30, 25)).toBe('decrease');
  });
});

describe('OKR_GRADE increase and decrease', () => {
  it.each([
    [0.65, 0.75, 0.7, '', 0.5],
    [0, 100, 0, '', 0],
    [0, 100, 100, '', 1],
    [0, 100, 130, '', 1],
    [0, 100, -10, '', 0],
    [30, 25, 27, '', 0.6],
    [30, 25, 31, 'decrease', 0],
    [30, 25, 20, 'decrease', 1],
    [10, 20, 12.5, 'increase', 0.25],
    ['$1,000', '$2,000', '1,500', '', 0.5],
    ['65%', '75%', '70%', '', 0.5],
  ])('grades start %j, target %j, current %j (type %j) as %d', (start, target, current, type, grade) => {
    expect(OKR_GRADE(start, target, current, type)).toBeCloseTo(grade, 12);
  });

  it('grades a decrease key result still at its start as 0, not -0', () => {
    expect(Object.is(OKR_GRADE(6, 4, 6), 0)).toBe(true);
  });

  it('leaves the grade blank while current is blank', () => {
    expect(OKR_GRADE(0, 100, '')).toBe('');
    expect(OKR_GRADE(30, 25, '', 'decrease')).toBe('');
  });
});

describe('OKR_GRADE threshold', () => {
  it.each([
    [70, 80, 75, 1],
    [80, 70, 75, 1],
    [70, 80, 70, 1],
    [70, 80, 80, 1],
    [70, 80, 69.9, 0],
    [70, 80, 81, 0],
    [5, 5, 5, 1],
  ])('grades a band from %d to %d with current %d as %d', (start, target, current, grade) => {
    expect(OKR_GRADE(start, target, current, 'threshold')).toBe(grade);
  });

  it('leaves the grade blank while current is blank', () => {
    expect(OKR_GRADE(70, 80, '', 'threshold')).toBe('');
  });
});

describe('OKR_GRADE milestone', () => {
  it.each([
    ['done', 1],
    [' Delivered ', 1],
    ['yes', 1],
    ['complete', 1],
    [true, 1],
    [1, 1],
    ['not done', 0],
    ['TODO', 0],
    [false, 0],
    [0, 0],
    ['', 0],
    ['40%', 0.4],
    [0.25, 0.25],
  ])('grades current %j as %d', (current, grade) => {
    expect(OKR_GRADE('', '', current, 'milestone')).toBe(grade);
    expect(milestoneProgress(current)).toBe(grade);
  });
});

describe('OKR_GRADE baseline', () => {
  it.each([
    [0.1, 1],
    ['3%', 1],
    [0, 1],
    ['', 0],
  ])('grades current %j as %d', (current, grade) => {
    expect(OKR_GRADE('', '', current, 'baseline')).toBe(grade);
  });
});

// Every way a single call can fail, with the message the cell's note shows.
const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a current that is not a number', [1, 2, 'abc'], 'OKR_GRADE: current "abc" is not a number'],
  ['an unknown type', [1, 2, 1, 'grow'], 'OKR_GRADE: type "grow" is unknown: use one of increase, decrease, threshold, milestone, baseline, or leave it blank'],
  ['a target equal to the start', [5, 5, 5], 'OKR_GRADE: target equals start (5): nothing to move; for a level to hold use type threshold, for a deliverable use milestone'],
  [
    'an increase whose target is below its start',
    [10, 5, 7, 'increase'],
    'OKR_GRADE: type increase needs target above start, but start is 10 and target 5: use type decrease, or swap start and target',
  ],
  ['a decrease whose target is above its start', [5, 10, 7, 'decrease'], 'OKR_GRADE: type decrease needs target below start, but start is 5 and target 10: use type increase, or swap start and target'],
  [
    'a milestone current that is not a progress',
    ['', '', 'soon', 'milestone'],
    'OKR_GRADE: milestone current "soon" is not a progress: use done or not done, TRUE or FALSE, or a fraction from 0 to 1 such as 40%',
  ],
  ['a milestone fraction above 1', ['', '', 1.5, 'milestone'], 'OKR_GRADE: milestone current 1.5 is not a progress: use done or not done, TRUE or FALSE, or a fraction from 0 to 1 such as 40%'],
  ['a blank start', ['', 10, 5], 'OKR_GRADE: start is blank: enter a number'],
  ['a blank target', [0, '', 5], 'OKR_GRADE: target is blank: enter a number'],
  ['a start that is not a number', ['zero', 10, 5], 'OKR_GRADE: start "zero" is not a number'],
  ['a threshold without its band', ['', 80, 75, 'threshold'], 'OKR_GRADE: start (one end of the band) is blank: enter a number'],
  ['a baseline measurement that is not a number', ['', '', 'n/a', 'baseline'], 'OKR_GRADE: current "n/a" is not a number'],
  ['a current that is an error', [0, 10, 'Error: OKR_LATEST: boom'], 'OKR_GRADE: current is an error, fix that first (OKR_LATEST: boom)'],
  ['a milestone current that is an error', ['', '', 'Error: OKR_LATEST: boom', 'milestone'], 'OKR_GRADE: current is an error, fix that first (OKR_LATEST: boom)'],
];

describe('OKR_GRADE errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_GRADE(args[0], args[1], args[2], args[3])).toThrow(new Error(message));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_GRADE_SPEC.errors) expect(given).toContain(message);
  });

  it('puts the error of a bad row in that row and grades the others', () => {
    expect(OKR_GRADE([[0], [0], [0]], [[10], [10], [10]], [[5], ['abc'], [10]])).toEqual([[0.5], ['Error: OKR_GRADE: current "abc" is not a number'], [1]]);
  });
});

describe('OKR_GRADE over ranges', () => {
  it('grades a column of key results of mixed types in one call', () => {
    const result = OKR_GRADE([[0.65], [30], [70], [''], ['']], [[0.75], [25], [80], [''], ['']], [[0.7], [27], [75], ['done'], ['']], [[''], [''], ['threshold'], ['milestone'], ['']]);
    expect(result).toEqual([[expect.closeTo(0.5, 12)], [expect.closeTo(0.6, 12)], [1], [1], ['']]);
  });
});

const cellValue = fc.oneof(
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -100, max: 100 }),
  fc.constantFrom('', ' ', 'done', 'abc', '25%', '$1,200', 'Error: x', true, false),
);
const typeValue = fc.constantFrom('', 'increase', 'decrease', 'threshold', 'milestone', 'baseline', 'grow');

describe('OKR_GRADE properties', () => {
  test.prop([fc.array(fc.tuple(cellValue, cellValue, cellValue, typeValue), { minLength: 1, maxLength: 30 })])(
    'gives every row a grade from 0 to 1, a blank, or an error text',
    (rows) => {
      const column = (i: number) => rows.map((row) => [row[i]]);
      const result = OKR_GRADE(column(0), column(1), column(2), column(3)) as unknown[][];
      expect(result).toHaveLength(rows.length);
      for (const [cell] of result) {
        const ok = cell === '' || (typeof cell === 'number' && cell >= 0 && cell <= 1) || (typeof cell === 'string' && cell.startsWith('Error: OKR_GRADE: '));
        expect(ok, String(cell)).toBe(true);
      }
    },
  );

  const number = fc.double({ min: -1e6, max: 1e6, noNaN: true });

  test.prop([number, number, number, number])('never lowers an increase grade as current rises', (a, b, c1, c2) => {
    fc.pre(a !== b);
    const [start, target] = a < b ? [a, b] : [b, a];
    const [low, high] = c1 <= c2 ? [c1, c2] : [c2, c1];
    expect(gradeOne(start, target, low, 'increase') as number).toBeLessThanOrEqual(gradeOne(start, target, high, 'increase') as number);
  });

  test.prop([number, number, number, number])('never raises a decrease grade as current rises', (a, b, c1, c2) => {
    fc.pre(a !== b);
    const [start, target] = a > b ? [a, b] : [b, a];
    const [low, high] = c1 <= c2 ? [c1, c2] : [c2, c1];
    expect(gradeOne(start, target, low, 'decrease') as number).toBeGreaterThanOrEqual(gradeOne(start, target, high, 'decrease') as number);
  });
});
