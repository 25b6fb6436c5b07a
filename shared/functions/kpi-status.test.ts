import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { FEED_KPI_STATUS, KPI_STATUS, KPI_STATUS_SPEC, kpiStatusOf, warningDistance } from './kpi-status.js';

describe('KPI_STATUS', () => {
  it.each([
    [75, 70, 80, 'Healthy'],
    [70, 70, 80, 'Healthy'],
    [80, 70, 80, 'Healthy'],
    [84, 70, 80, 'Warning'],
    [88, 70, 80, 'Warning'],
    [88.1, 70, 80, 'Breach'],
    [63, 70, 80, 'Warning'],
    [62.9, 70, 80, 'Breach'],
    [77, '', 70, 'Warning'],
    [60, '', 70, 'Healthy'],
    [38, 40, '', 'Warning'],
    [35, 40, '', 'Breach'],
    [1000, 40, '', 'Healthy'],
    ['75%', '70%', '80%', 'Healthy'],
  ])('calls %j in the band %j–%j %s', (value, low, high, status) => {
    expect(KPI_STATUS(value, low, high)).toBe(status);
  });

  it.each([
    [4.5, '', 4, 0.25, 'Warning'],
    [5.1, '', 4, 0.25, 'Breach'],
    [81, 70, 80, 0, 'Breach'],
    [100, 70, 80, 1, 'Warning'],
  ])('uses the margin it is given: %d against %j–%j with margin %d is %s', (value, low, high, margin, status) => {
    expect(KPI_STATUS(value, low, high, margin)).toBe(status);
  });

  it('takes the margin as an absolute distance when the nearest bound is 0', () => {
    expect(KPI_STATUS(0.05, '', 0)).toBe('Warning');
    expect(KPI_STATUS(0.2, '', 0)).toBe('Breach');
    expect(KPI_STATUS(-0.1, 0, '')).toBe('Warning');
    expect(warningDistance(0, 0.1)).toBe(0.1);
  });

  it('measures the margin from the size of a negative bound', () => {
    expect(KPI_STATUS(-11, -10, 10)).toBe('Warning');
    expect(KPI_STATUS(-12, -10, 10)).toBe('Breach');
  });

  it('leaves the status blank while the value is blank', () => {
    expect(KPI_STATUS('', 70, 80)).toBe('');
    expect(KPI_STATUS('', '', '')).toBe('');
  });

  it('fills a column in one call, with blank rows blank and a bad row an error', () => {
    expect(KPI_STATUS([[75], [''], ['abc'], [95]], 70, 80)).toEqual([['Healthy'], [''], ['Error: KPI_STATUS: value "abc" is not a number'], ['Breach']]);
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a value that is not a number', ['abc', 70, 80], 'KPI_STATUS: value "abc" is not a number'],
  ['a value that is an error', ['Error: OKR_LATEST: boom', 70, 80], 'KPI_STATUS: value is an error, fix that first (OKR_LATEST: boom)'],
  ['two blank bounds', [5, '', ''], 'KPI_STATUS: low and high are both blank: give at least one bound'],
  ['a low above the high', [75, 80, 70], 'KPI_STATUS: low 80 is above high 70: swap them'],
  ['a bound that is not a number', [75, 'seventy', 80], 'KPI_STATUS: low "seventy" is not a number'],
  ['a negative margin', [75, 70, 80, -0.1], 'KPI_STATUS: margin -0.1 is negative: use a fraction such as 10%, or leave it blank for 10%'],
];

describe('KPI_STATUS errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => KPI_STATUS(args[0], args[1], args[2], args[3])).toThrow(new Error(message));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of KPI_STATUS_SPEC.errors) expect(given).toContain(message);
  });
});

describe('FEED_KPI_STATUS', () => {
  it('spells each status in lower case for the feed', () => {
    expect(FEED_KPI_STATUS).toEqual({ Healthy: 'healthy', Warning: 'warning', Breach: 'breach' });
  });
});

describe('KPI_STATUS properties', () => {
  const number = fc.double({ min: -1e6, max: 1e6, noNaN: true });
  const bound = fc.option(number, { nil: null });

  test.prop([number, bound, bound, fc.double({ min: 0, max: 2, noNaN: true })])('is Healthy exactly when the value is inside the band', (value, a, b, margin) => {
    fc.pre(a !== null || b !== null);
    const [low, high] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    const inside = (low === null || value >= low) && (high === null || value <= high);
    expect(kpiStatusOf(value, low, high, margin) === 'Healthy').toBe(inside);
  });
});
