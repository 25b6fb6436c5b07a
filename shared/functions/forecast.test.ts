import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OKR_FORECAST, OKR_FORECAST_SPEC, addPoint, lineAt, newLineFit } from './forecast.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const col = (...values: unknown[]) => values.map((v) => [v]);
const jan = (d: number) => new Date(2026, 0, d);

describe('OKR_FORECAST', () => {
  it('extends a straight line through two check-ins', () => {
    expect(OKR_FORECAST(NY, 'KR1', col('KR1', 'KR1'), col(jan(1), jan(11)), col(10, 20), jan(21))).toBeCloseTo(30, 9);
  });

  it('fits the least-squares line through scattered check-ins', () => {
    // Points (1,1) (2,3) (3,2): slope 0.5 through the mean (2,2).
    expect(OKR_FORECAST(NY, 'KR1', col('KR1', 'KR1', 'KR1'), col(jan(1), jan(2), jan(3)), col(1, 3, 2), jan(5))).toBeCloseTo(3.5, 9);
  });

  it('forecasts a falling key result downwards', () => {
    expect(OKR_FORECAST(NY, 'KR1', col('KR1', 'KR1'), col(jan(1), jan(11)), col(30, 28), jan(31))).toBeCloseTo(24, 9);
  });

  it('is blank with fewer than two distinct times', () => {
    expect(OKR_FORECAST(NY, 'KR1', col('KR1'), col(jan(1)), col(10), jan(21))).toBe('');
    expect(OKR_FORECAST(NY, 'KR1', col('KR1', 'KR1'), col(jan(1), jan(1)), col(10, 20), jan(21))).toBe('');
    expect(OKR_FORECAST(NY, 'KR1', col('KR2'), col(jan(1)), col(10), jan(21))).toBe('');
  });

  it('forecasts each ID from its own check-ins, skipping blank values', () => {
    const result = OKR_FORECAST(NY, col('KR1', 'KR2', ''), col('KR1', 'KR2', 'KR1', 'KR2', 'KR2'), col(jan(1), jan(1), jan(11), jan(11), jan(15)), col(0, 100, 10, 50, ''), jan(21));
    expect(result).toEqual([[expect.closeTo(20, 9)], [expect.closeTo(0, 9)], ['']]);
  });

  it('reads at per ID from a range with the rows of ids', () => {
    const result = OKR_FORECAST(NY, col('KR1', 'KR1'), col('KR1', 'KR1'), col(jan(1), jan(11)), col(10, 20), col(jan(11), jan(21)));
    expect(result).toEqual([[expect.closeTo(20, 9)], [expect.closeTo(30, 9)]]);
  });

  it('stays exact for check-ins minutes apart at real time values', () => {
    // Σt² and Σt·v of times near 1.8e12 ms cancel catastrophically here: the textbook
    // formula gives 1020.08; centred sums give 1020.
    const t0 = new Date(2026, 2, 2, 9).getTime();
    const minutes = Array.from({ length: 10 }, (_, k) => k);
    const result = OKR_FORECAST(NY, 
      'KR1',
      col(...minutes.map(() => 'KR1')),
      col(...minutes.map((k) => t0 + k * 60_000)),
      col(...minutes.map((k) => 1000 + k)),
      t0 + 20 * 60_000,
    );
    expect(result).toBeCloseTo(1020, 6);
  });

  it('makes an ID with a non-numeric check-in an error and still answers the others', () => {
    const result = OKR_FORECAST(NY, col('KR1', 'KR2'), col('KR1', 'KR1', 'KR2', 'KR2'), col(jan(1), jan(2), jan(1), jan(2)), col(1, 2, 'started', 'done'), jan(3));
    expect(result).toEqual([[expect.closeTo(3, 9)], ['Error: OKR_FORECAST: check-in row 3: value "started" is not a number']]);
  });
});

describe('the line fit', () => {
  it('fits y = 2t + 1', () => {
    const fit = newLineFit();
    for (const t of [0, 1, 2, 3]) addPoint(fit, t, 2 * t + 1);
    expect(lineAt(fit, 10)).toBeCloseTo(21, 12);
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a check-in value that is not a number', ['KR1', col('KR1', 'KR1'), col(jan(1), jan(2)), col(1, 'done'), jan(9)], 'OKR_FORECAST: check-in row 2: value "done" is not a number'],
  [
    'a check-in time that is not a date',
    ['KR1', col('KR1', 'KR1'), col(jan(1), 'yesterday'), col(1, 2), jan(9)],
    'OKR_FORECAST: check-in row 2: time "yesterday" is not a date: use a date cell or YYYY-MM-DD',
  ],
  ['a blank at', ['KR1', col('KR1', 'KR1'), col(jan(1), jan(2)), col(1, 2), ''], 'OKR_FORECAST: at is blank: enter a date'],
  ['an at that is not a date', ['KR1', col('KR1'), col(jan(1)), col(1), 'end'], 'OKR_FORECAST: at "end" is not a date: use a date cell or YYYY-MM-DD'],
  [
    'an at range without the rows of ids',
    [col('KR1', 'KR2', 'KR3', 'KR4', 'KR5'), col('KR1'), col(jan(1)), col(1), col(jan(9), jan(9), jan(9), jan(9))],
    'OKR_FORECAST: ids has 5 rows but at has 4; give one date, or a range with the rows of ids',
  ],
  [
    'log ranges of different lengths',
    ['KR1', col(...Array.from({ length: 100 }, () => 'KR1')), col(...Array.from({ length: 100 }, () => jan(1))), col(...Array.from({ length: 99 }, () => 1)), jan(9)],
    'OKR_FORECAST: log_ids has 100 rows but log_values has 99; give ranges with the same rows',
  ],
];

describe('OKR_FORECAST errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_FORECAST(NY, args[0], args[1], args[2], args[3], args[4])).toThrow(expect.objectContaining({ message }));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_FORECAST_SPEC.errors) expect(given).toContain(message);
  });
});

describe('OKR_FORECAST properties', () => {
  const points = fc.uniqueArray(fc.integer({ min: 0, max: 365 }), { minLength: 2, maxLength: 30 });
  const coefficient = fc.double({ min: -1000, max: 1000, noNaN: true });

  test.prop([points, coefficient, coefficient, fc.integer({ min: 0, max: 730 })])('reproduces any straight line exactly', (days, slope, intercept, atDay) => {
    const time = (d: number) => new Date(2026, 0, 1 + d);
    const value = (d: number) => intercept + slope * ((time(d).getTime() - time(0).getTime()) / 86_400_000);
    const result = OKR_FORECAST(NY, 'KR1', col(...days.map(() => 'KR1')), col(...days.map(time)), col(...days.map(value)), time(atDay));
    expect(result).toBeCloseTo(value(atDay), 4);
  });
});
