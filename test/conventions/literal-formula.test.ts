import { describe, expect, it } from 'vitest';
import { displayValue, parseLiteralFormula } from './literal-formula.js';

describe('parseLiteralFormula', () => {
  it.each([
    ['=F(1, -2.5, 1e3)', [1, -2.5, 1000]],
    ['=F(65%, 12.5%)', [0.65, 0.125]],
    ['=F("done", "say ""hi""", "")', ['done', 'say "hi"', '']],
    ['=F(TRUE, FALSE)', [true, false]],
    ['=F(, , 3)', ['', '', 3]],
    ['=F(1, )', [1, '']],
    ['=F()', []],
    ['=F({1;2;3})', [[[1], [2], [3]]]],
    ['=F({1, "a"; 2, "b"})', [[[1, 'a'], [2, 'b']]]],
  ])('reads %s', (formula, args) => {
    expect(parseLiteralFormula(formula).args).toEqual(args);
  });

  it('reads the function name', () => {
    expect(parseLiteralFormula('=OKR_GRADE(1, 2, 3)').name).toBe('OKR_GRADE');
  });

  it('reads DATE(y,m,d) as local midnight, also inside an array', () => {
    const { args } = parseLiteralFormula('=F(DATE(2026,3,8), {DATE(2026,11,1)})');
    expect(args[0]).toEqual(new Date(2026, 2, 8));
    expect(args[1]).toEqual([[new Date(2026, 10, 1)]]);
  });

  it.each(['OKR_GRADE(1)', '=F(1', '=F(A1)', '=F(1 2)', '=F("open)', '=F({1;2,3})', '=F(DATE(2026,1))', '=F(1) + 1'])(
    'rejects %s, which is outside the grammar',
    (formula) => {
      expect(() => parseLiteralFormula(formula)).toThrow();
    },
  );
});

describe('displayValue', () => {
  it.each([
    ['', ''],
    [null, ''],
    [0.5, '0.5'],
    [0.7000000000000001, '0.7'],
    [1200, '1200'],
    ['On track', 'On track'],
    [true, 'TRUE'],
    [new Date(2026, 1, 28), '2026-02-28'],
    [new Date(2026, 1, 28, 9, 30), '2026-02-28 09:30'],
    [[[1], ['']], '{1;}'],
  ])('shows %j as %j', (value, shown) => {
    expect(displayValue(value)).toBe(shown);
  });
});
