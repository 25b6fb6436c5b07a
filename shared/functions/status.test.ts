import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { FEED_STATUS, OKR_STATUS, OKR_STATUS_SPEC, elapsedFraction, expectedGrade, statusAt, type OkrStatus } from './status.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const day = (m: number, d: number) => new Date(2026, m - 1, d);
// Q1 2026 in New York: Jan 1 to Mar 31, across the start of daylight saving on Mar 8.
const START = day(1, 1);
const END = day(3, 31);
const noClock = () => {
  throw new Error('read the clock');
};

function status(grade: unknown, asOf: unknown, success?: unknown, risk?: unknown): unknown {
  return OKR_STATUS(grade, START, END, asOf, success, risk, noClock, NY);
}

describe('elapsedFraction', () => {
  it.each([
    [0, 10, 5, 0.5],
    [0, 10, 0, 0],
    [0, 10, 10, 1],
    [0, 10, -5, 0],
    [0, 10, 25, 1],
  ])('is (asOf − start) / (end − start) clamped to 0..1: start %d, end %d, asOf %d → %d', (start, end, asOf, e) => {
    expect(elapsedFraction(start, end, asOf)).toBe(e);
  });

  it('rejects a period that ends before or when it starts', () => {
    expect(() => elapsedFraction(END.getTime(), START.getTime(), 0)).toThrow(
      'period_end (2026-01-01) is not after period_start (2026-03-31): check the period dates',
    );
    expect(() => elapsedFraction(START.getTime(), START.getTime(), 0)).toThrow(/is not after period_start/);
  });
});

describe('expectedGrade', () => {
  it('rises in a straight line from 0 at the start to success at the end', () => {
    expect(expectedGrade(0.7, 0)).toBe(0);
    expect(expectedGrade(0.7, 0.5)).toBeCloseTo(0.35, 12);
    expect(expectedGrade(0.7, 1)).toBe(0.7);
  });
});

describe('statusAt', () => {
  const [s, e] = [0, 100];
  it.each([
    [1, 50, 'Done'],
    [1.2, -10, 'Done'],
    [0.5, -1, 'Not started'],
    [0, 0, 'On track'],
    [0.35, 50, 'On track'],
    [0.349, 50, 'At risk'],
    [0.2, 50, 'At risk'],
    [0.199, 50, 'Off track'],
    [0.7, 100, 'On track'],
    [0.69, 100, 'At risk'],
    [0.4, 100, 'At risk'],
    [0.39, 100, 'Off track'],
    [0.7, 150, 'On track'],
  ])('calls grade %d at time %d of 0–100 %s', (grade, asOf, expected) => {
    expect(statusAt(grade, s, e, asOf)).toBe(expected);
  });

  it('expects 1 at period end from a committed OKR (success = 1)', () => {
    expect(statusAt(0.9, s, e, 100, 1)).toBe('At risk');
    expect(statusAt(0.9, s, e, 90, 1)).toBe('On track');
  });

  it('uses the given risk band', () => {
    expect(statusAt(0.5, s, e, 100, 0.7, 0.6)).toBe('Off track');
    expect(statusAt(0.5, s, e, 100, 0.7, 0.5)).toBe('At risk');
  });

  it('lowers the default risk band to a success below it rather than failing', () => {
    expect(statusAt(0.3, s, e, 100, 0.3)).toBe('On track');
    expect(statusAt(0.25, s, e, 100, 0.3)).toBe('Off track');
  });

  it('does not call a grade behind for a rounding error of the last digit', () => {
    // 0.7 × 0.5 is 0.35 in decimal but 0.35 − 2^-54 in binary, and the grade may be computed.
    expect(statusAt(0.1 + 0.25, s, e, 50)).toBe('On track');
  });
});

describe('OKR_STATUS', () => {
  it.each([
    [0.5, day(2, 15), 'On track'],
    [0.25, day(2, 15), 'At risk'],
    [0.1, day(2, 15), 'Off track'],
    [0.1, day(3, 31), 'Off track'],
    [1, day(2, 15), 'Done'],
    [0, day(1, 1), 'On track'],
    [0.9, new Date(2025, 11, 20), 'Not started'],
    ['50%', '2026-02-15', 'On track'],
  ])('calls grade %j on %s %s', (grade, asOf, expected) => {
    expect(status(grade, asOf)).toBe(expected);
  });

  it('leaves the status blank while the grade is blank', () => {
    expect(status('', day(2, 15))).toBe('');
  });

  it('judges as of the clock it is given when as_of is omitted or blank', () => {
    const midFebruary = () => day(2, 15).getTime();
    expect(OKR_STATUS(0.25, START, END, undefined, undefined, undefined, midFebruary, NY)).toBe('At risk');
    expect(OKR_STATUS(0.25, START, END, '', '', '', midFebruary, NY)).toBe('At risk');
    expect(OKR_STATUS(0.25, START, END, '', '', '', () => day(1, 2).getTime(), NY)).toBe('On track');
  });

  it('reads the clock through the context in the registry entry', () => {
    expect(OKR_STATUS_SPEC.impl([0.25, START, END], { now: () => day(2, 15).getTime(), zone: NY })).toBe('At risk');
  });

  it('fills a column in one call, with blank rows blank and a bad row an error', () => {
    const grades = [[0.5], [''], ['abc'], [1], ['Error: OKR_GRADE: current "x" is not a number']];
    expect(OKR_STATUS(grades, START, END, day(2, 15), '', '', noClock, NY)).toEqual([
      ['On track'],
      [''],
      ['Error: OKR_STATUS: grade "abc" is not a number'],
      ['Done'],
      ['Error: OKR_STATUS: grade is an error, fix that first (OKR_GRADE: current "x" is not a number)'],
    ]);
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a grade that is not a number', ['abc', START, END, day(2, 1)], 'OKR_STATUS: grade "abc" is not a number'],
  ['a negative grade', [-0.2, START, END, day(2, 1)], 'OKR_STATUS: grade -0.2 is below 0: a grade runs from 0 to 1'],
  [
    'a grade that is an error',
    ['Error: OKR_GRADE: current "abc" is not a number', START, END, day(2, 1)],
    'OKR_STATUS: grade is an error, fix that first (OKR_GRADE: current "abc" is not a number)',
  ],
  ['a blank period start', [0.5, '', END, day(2, 1)], 'OKR_STATUS: period_start is blank: enter a date'],
  ['a blank period end', [0.5, START, '', day(2, 1)], 'OKR_STATUS: period_end is blank: enter a date'],
  ['a period end that is not a date', [0.5, START, 'soon', day(2, 1)], 'OKR_STATUS: period_end "soon" is not a date: use a date cell or YYYY-MM-DD'],
  ['an as_of that is not a date', [0.5, START, END, 'today'], 'OKR_STATUS: as_of "today" is not a date: use a date cell or YYYY-MM-DD'],
  ['a period that ends before it starts', [0.5, END, START, day(2, 1)], 'OKR_STATUS: period_end (2026-01-01) is not after period_start (2026-03-31): check the period dates'],
  [
    'a success above 1',
    [0.5, START, END, day(2, 1), 1.5],
    'OKR_STATUS: success 1.5 is out of range: use a fraction above 0 and up to 1 (0.7 by default, 1 for committed OKRs)',
  ],
  ['a success of 0', [0.5, START, END, day(2, 1), 0], 'OKR_STATUS: success 0 is out of range: use a fraction above 0 and up to 1 (0.7 by default, 1 for committed OKRs)'],
  ['a success that is not a number', [0.5, START, END, day(2, 1), 'high'], 'OKR_STATUS: success "high" is not a number'],
  ['a risk above success', [0.5, START, END, day(2, 1), '', 0.8], 'OKR_STATUS: risk 0.8 is out of range: use a fraction from 0 up to success (0.7); 0.4 by default'],
  ['a negative risk', [0.5, START, END, day(2, 1), 0.7, -0.1], 'OKR_STATUS: risk -0.1 is out of range: use a fraction from 0 up to success (0.7); 0.4 by default'],
];

describe('OKR_STATUS errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_STATUS(args[0], args[1], args[2], args[3], args[4], args[5], noClock, NY)).toThrow(new Error(message));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_STATUS_SPEC.errors) expect(given).toContain(message);
  });
});

describe('FEED_STATUS', () => {
  it.each([
    ['Done', 'done'],
    ['On track', 'on-track'],
    ['At risk', 'at-risk'],
    ['Off track', 'off-track'],
    ['Not started', 'not-started'],
  ] as const)('spells %s as %s in the feed', (statusName: OkrStatus, kebab) => {
    expect(FEED_STATUS[statusName]).toBe(kebab);
  });
});

describe('OKR_STATUS properties', () => {
  const fraction = fc.double({ min: 0, max: 1, noNaN: true });
  const time = fc.integer({ min: -50, max: 150 });

  test.prop([fraction, fraction, time])('never ranks a higher grade worse than a lower one', (g1, g2, asOf) => {
    const rank: Record<OkrStatus, number> = { 'Not started': -1, 'Off track': 0, 'At risk': 1, 'On track': 2, Done: 3 };
    const [low, high] = g1 <= g2 ? [g1, g2] : [g2, g1];
    fc.pre(asOf >= 0);
    expect(rank[statusAt(low, 0, 100, asOf)]).toBeLessThanOrEqual(rank[statusAt(high, 0, 100, asOf)]);
  });
});
