import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { FeedPeriod } from '../../shared/feed.js';
import { keyResult } from '../test-support/sample-feed.js';
import type { Pace } from './pace.js';
import { PACE_ORDER, paceOf, successFrom, worstPace } from './pace.js';

const quarter: FeedPeriod = { name: '2026 Q1', start: '2026-01-01', end: '2026-03-31' };
const pace = (grade: number | null, today: string, patch: { expected?: number | null; builtOn?: string | null; period?: FeedPeriod; status?: 'done' } = {}) =>
  paceOf(keyResult({ grade, expected: patch.expected, ...(patch.status ? { status: patch.status } : {}) }), patch.period ?? quarter, today, patch.builtOn ?? null);

describe('paceOf', () => {
  // The sheet's own examples of OKR_STATUS (shared/status.ts), read as the badge reads them.
  it.each<[string, number, string, { expected?: number; builtOn?: string }, Pace]>([
    ['halfway, 0.5 is on track', 0.5, '2026-02-15', {}, 'on-pace'],
    ['halfway, 0.25 is at risk', 0.25, '2026-02-15', {}, 'behind'],
    ['at the end, 0.1 is off track', 0.1, '2026-03-31', {}, 'far-behind'],
    ['1 is done whenever', 1, '2026-02-15', {}, 'on-pace'],
    ['before the period, nothing is late', 0, '2025-12-20', {}, 'on-pace'],
    // A committed OKR (success 1) expects 1 at the end: the feed's expected tells the badge so.
    ['at the end of a committed OKR, 0.6 is at risk', 0.6, '2026-03-31', { expected: 1, builtOn: '2026-03-31' }, 'behind'],
  ])('agrees with the sheet: %s', (_name, grade, today, patch, expected) => {
    expect(pace(grade, today, patch)).toBe(expected);
  });

  it('takes success from the feed\u2019s period when it says, over what expected suggests', () => {
    const committed: FeedPeriod = { ...quarter, success: 1 };
    expect(pace(0.6, '2026-03-31', { period: committed })).toBe('behind');
    // The feed's own success wins over what an expected value would suggest.
    expect(pace(0.6, '2026-03-31', { period: { ...quarter, success: 0.5 }, expected: 1, builtOn: '2026-03-31' })).toBe('on-pace');
    expect(pace(0.6, '2026-03-31', { period: quarter, expected: 1, builtOn: '2026-03-31' })).toBe('behind');
  });

  it('judges at today, not at the day the feed was built', () => {
    // Built on Feb 15 with 0.35 expected (0.7 × half); a month later 0.3 has fallen behind.
    expect(pace(0.3, '2026-02-15', { expected: 0.35, builtOn: '2026-02-15' })).toBe('behind');
    expect(pace(0.36, '2026-02-15', { expected: 0.35, builtOn: '2026-02-15' })).toBe('on-pace');
    expect(pace(0.36, '2026-03-15', { expected: 0.35, builtOn: '2026-02-15' })).toBe('behind');
  });

  it('falls back to the default success when the feed was built too early in the period to tell', () => {
    expect(successFrom(0.05, { start: Date.parse('2026-01-01'), end: Date.parse('2026-03-31') }, '2026-01-05')).toBeNull();
    expect(pace(0.4, '2026-02-15', { expected: 0.05, builtOn: '2026-01-05' })).toBe('on-pace');
  });

  it.each([
    ['a success above 1', 0.9, '2026-02-15', null],
    ['a committed OKR', 0.5, '2026-02-15', 1],
    ['the default band', 0.35, '2026-02-15', 0.7],
    ['no expected grade', null, '2026-02-15', null],
    ['no build date', 0.35, null, null],
  ])('reads the success band from %s', (_name, expected, builtOn, success) => {
    expect(successFrom(expected, { start: Date.parse('2026-01-01'), end: Date.parse('2026-03-31') }, builtOn)).toBe(success);
  });

  it('uses the expected grade alone when the period has no dates', () => {
    const noDates = { name: 'Now', start: null, end: null };
    expect(pace(0.36, '2026-02-15', { expected: 0.35, period: noDates })).toBe('on-pace');
    expect(pace(0.3, '2026-02-15', { expected: 0.35, period: noDates })).toBe('behind');
    expect(pace(0.1, '2026-02-15', { expected: 0.35, period: noDates })).toBe('far-behind');
    expect(pace(0.1, '2026-02-15', { period: noDates })).toBeNull();
  });

  it.each([
    ['no grade', null, '2026-02-15', quarter],
    ['a negative grade', -0.2, '2026-02-15', quarter],
    ['a today that is not a date', 0.5, 'soon', quarter],
    ['a period ending before it starts, and no expected grade', 0.5, '2026-02-15', { name: 'x', start: '2026-03-31', end: '2026-01-01' }],
  ])('has no pace with %s', (_name, grade, today, period) => {
    expect(pace(grade, today, { period })).toBeNull();
  });

  it('counts a key result marked done as on pace', () => {
    expect(pace(0.2, '2026-03-31', { status: 'done' })).toBe('on-pace');
  });

  test.prop([fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 120 })])(
    'never judges a higher grade worse than a lower one',
    (a, b, day) => {
      const today = new Date(Date.UTC(2025, 11, 15) + day * 86_400_000).toISOString().slice(0, 10);
      const [low, high] = a < b ? [a, b] : [b, a];
      expect(PACE_ORDER[pace(high, today)!]).toBeLessThanOrEqual(PACE_ORDER[pace(low, today)!]);
    },
  );
});

describe('worstPace', () => {
  it.each<[(Pace | null)[], Pace | null]>([
    [[], null],
    [[null, null], null],
    [['on-pace', null], 'on-pace'],
    [['on-pace', 'behind', 'on-pace'], 'behind'],
    [['behind', 'far-behind', 'on-pace'], 'far-behind'],
  ])('of %j is %j', (paces, worst) => expect(worstPace(paces)).toBe(worst));
});
