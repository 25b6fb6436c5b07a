import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { gradeOne } from './grade.js';
import { OKR_PACE, OKR_PACE_SPEC, paceOf, weeksBetween } from './pace.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const col = (...values: unknown[]) => values.map((v) => [v]);
const mar = (d: number, h = 0) => new Date(2026, 2, d, h);
// Four calendar weeks before the end of March, across the change to daylight-saving time on March 8.
const END = mar(31);
const AS_OF = mar(3);

describe('OKR_PACE', () => {
  it.each([
    ['an increase: 30 more to 70 in 4 weeks', 0, 100, 40, 7.5],
    ['a decrease: from 29 down to 26.5 in 4 weeks', 30, 25, 29, -0.625],
    ['percentages typed as text', '65%', '75%', '66%', 0.015],
    ['an increase below its start', 0, 100, -20, 22.5],
  ])('gives %s', (_, start, target, current, perWeek) => {
    expect(OKR_PACE(NY, start, target, current, END, AS_OF)).toBeCloseTo(perWeek, 12);
  });

  it.each([
    ['exactly at success', 0, 100, 70],
    ['past success', 0, 100, 85],
    ['past the target', 0, 100, 130],
    ['a decrease past success', 30, 25, 26],
  ])('gives 0 %s', (_, start, target, current) => {
    expect(OKR_PACE(NY, start, target, current, END, AS_OF)).toBe(0);
  });

  it('aims at the success grade given, 1 for a committed OKR', () => {
    expect(OKR_PACE(NY, 0, 100, 40, END, AS_OF, 1)).toBeCloseTo(15, 12);
    expect(OKR_PACE(NY, 0, 100, 40, END, AS_OF, 0.5)).toBeCloseTo(2.5, 12);
  });

  it.each([
    ['a threshold', 70, 80, 75, 'threshold'],
    ['a milestone', '', '', 'not done', 'milestone'],
    ['a baseline', '', '', '', 'baseline'],
    ['a blank current', 0, 100, '', ''],
  ])('leaves %s blank', (_, start, target, current, type) => {
    expect(OKR_PACE(NY, start, target, current, END, AS_OF, '', type)).toBe('');
  });

  it.each([
    ['on the last day', END],
    ['after the period', mar(31 + 5)],
  ])('leaves the pace blank %s', (_, asOf) => {
    expect(OKR_PACE(NY, 0, 100, 40, END, asOf)).toBe('');
  });

  it('counts fractions of a week and hours of as_of', () => {
    expect(OKR_PACE(NY, 0, 100, 40, END, mar(27, 12))).toBeCloseTo(30 / (3.5 / 7), 9);
  });

  it('computes a column of key results against one period end and date, like the Key Results sheet', () => {
    const result = OKR_PACE(NY, col(0, 30, 70, '', 0), col(100, 25, 80, '', 100), col(40, 29, 75, '', 'abc'), END, AS_OF, '', col('', '', 'threshold', '', ''));
    expect(result).toEqual([[expect.closeTo(7.5, 12)], [expect.closeTo(-0.625, 12)], [''], [''], ['Error: OKR_PACE: current "abc" is not a number']]);
  });
});

describe('weeksBetween', () => {
  it('counts calendar weeks across a daylight-saving change as whole weeks', () => {
    expect(weeksBetween(AS_OF.getTime(), END.getTime(), NY)).toBe(4);
    expect(weeksBetween(new Date(2026, 9, 28).getTime(), new Date(2026, 10, 4).getTime(), NY)).toBe(1);
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a current that is not a number', [0, 100, 'abc', END, AS_OF], 'OKR_PACE: current "abc" is not a number'],
  ['a blank start', ['', 100, 40, END, AS_OF], 'OKR_PACE: start is blank: enter a number'],
  [
    'an unknown type',
    [0, 100, 40, END, AS_OF, '', 'grow'],
    'OKR_PACE: type "grow" is unknown: use one of increase, decrease, threshold, milestone, baseline, or leave it blank',
  ],
  [
    'a target equal to the start',
    [5, 5, 4, END, AS_OF],
    'OKR_PACE: target equals start (5): nothing to move; for a level to hold use type threshold, for a deliverable use milestone',
  ],
  [
    'a type that contradicts the numbers',
    [10, 5, 7, END, AS_OF, '', 'increase'],
    'OKR_PACE: type increase needs target above start, but start is 10 and target 5: use type decrease, or swap start and target',
  ],
  ['a blank period_end', [0, 100, 40, '', AS_OF], 'OKR_PACE: period_end is blank: enter a date'],
  ['an as_of that is not a date', [0, 100, 40, END, 'today'], 'OKR_PACE: as_of "today" is not a date: use a date cell or YYYY-MM-DD'],
  ['a success above 1', [0, 100, 40, END, AS_OF, 1.5], 'OKR_PACE: success 1.5 is out of range: use a fraction above 0 and up to 1 (0.7 by default, 1 for committed OKRs)'],
];

describe('OKR_PACE errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_PACE(NY, args[0], args[1], args[2], args[3], args[4], args[5], args[6])).toThrow(expect.objectContaining({ message }));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_PACE_SPEC.errors) expect(given).toContain(message);
  });
});

describe('OKR_PACE properties', () => {
  const value = fc.integer({ min: -1000, max: 1000 });
  const success = fc.double({ min: 0.05, max: 1, noNaN: true });
  const weeksLeft = fc.integer({ min: 1, max: 26 });
  const asOf = AS_OF.getTime();

  test.prop([value, value, value, success, weeksLeft])('lands exactly at the success grade when kept up to the end', (start, target, current, s, weeks) => {
    fc.pre(start !== target);
    const end = new Date(2026, 2, 3 + 7 * weeks).getTime();
    const pace = paceOf(start, target, current, end, asOf, NY, s) as number;
    const landing = current + pace * weeks;
    if (pace === 0) expect(gradeOne(start, target, current, '')).toBeGreaterThanOrEqual(s - 1e-9);
    else expect(gradeOne(start, target, landing, '')).toBeCloseTo(s, 9);
  });

  test.prop([value, value, value, weeksLeft])('points the way the key result moves: up for an increase, down for a decrease', (start, target, current, weeks) => {
    fc.pre(start !== target);
    const pace = paceOf(start, target, current, new Date(2026, 2, 3 + 7 * weeks).getTime(), asOf, NY) as number;
    expect(Math.sign(pace) * Math.sign(target - start)).toBeGreaterThanOrEqual(0);
  });
});
