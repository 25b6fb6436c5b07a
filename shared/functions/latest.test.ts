import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OKR_LATEST, OKR_LATEST_SPEC } from './latest.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const col = (...values: unknown[]) => values.map((v) => [v]);
const jan = (d: number, h = 0) => new Date(2026, 0, d, h);

describe('OKR_LATEST', () => {
  const ids = col('KR1', 'KR2', 'KR3');
  const logIds = col('KR1', 'KR2', 'KR1', 'kr2 ');
  const logTimes = col(jan(5), jan(6), jan(12), jan(13));
  const logValues = col(40, 7, 46, '9');

  it('gives each ID the value of its most recent check-in, blank when it has none', () => {
    expect(OKR_LATEST(NY, ids, logIds, logTimes, logValues)).toEqual([[46], [9], ['']]);
  });

  it('goes by time, not by row', () => {
    expect(OKR_LATEST(NY, 'KR1', col('KR1', 'KR1'), col(jan(12), jan(5)), col(46, 40))).toBe(46);
  });

  it('takes the later row of two check-ins at the same time', () => {
    expect(OKR_LATEST(NY, 'KR1', col('KR1', 'KR1'), col(jan(12), jan(12)), col(46, 47))).toBe(47);
  });

  it('skips check-ins with a blank value', () => {
    expect(OKR_LATEST(NY, 'KR1', col('KR1', 'KR1'), col(jan(5), jan(9)), col(40, ' '))).toBe(40);
  });

  it.each([
    [40, 40],
    ['1,200', 1200],
    ['40%', 0.4],
    [' done ', 'done'],
    ['not started', 'not started'],
    [true, true],
  ])('returns the logged value %j as %j', (logged, shown) => {
    expect(OKR_LATEST(NY, 'KR1', 'KR1', jan(5), logged)).toEqual(shown);
  });

  it('returns a logged date as the Date it is, for the time of the last check-in', () => {
    expect(OKR_LATEST(NY, col('KR1'), logIds, logTimes, logTimes)).toEqual([[jan(12)]]);
  });

  it('reads times given as ISO text or serial days', () => {
    expect(OKR_LATEST(NY, 'KR1', col('KR1', 'KR1'), col('2026-01-12', 46027), col(46, 40))).toBe(46);
  });

  it('ignores a bad time on a row of an ID nobody asked for', () => {
    expect(OKR_LATEST(NY, 'KR1', col('KR1', 'KR9'), col(jan(5), 'garbage'), col(40, 1))).toBe(40);
  });

  it('makes an ID with a bad check-in time an error and still answers the others', () => {
    const result = OKR_LATEST(NY, col('KR1', 'KR2'), col('KR1', 'KR2', 'KR2'), col(jan(5), jan(6), ''), col(40, 7, 8));
    expect(result).toEqual([[40], ['Error: OKR_LATEST: check-in row 3: time is blank: enter a date']]);
  });

  it('answers a blank ID with a blank', () => {
    expect(OKR_LATEST(NY, '', logIds, logTimes, logValues)).toBe('');
    expect(OKR_LATEST(NY, col(''), logIds, logTimes, logValues)).toEqual([['']]);
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['a blank check-in time', ['KR1', col('KR1', 'KR1', 'KR1', 'KR1'), col(jan(1), jan(2), jan(3), ''), col(1, 2, 3, 4)], 'OKR_LATEST: check-in row 4: time is blank: enter a date'],
  [
    'a check-in time that is not a date',
    ['KR1', col('KR1', 'KR1', 'KR1', 'KR1'), col(jan(1), jan(2), jan(3), 'yesterday'), col(1, 2, 3, 4)],
    'OKR_LATEST: check-in row 4: time "yesterday" is not a date: use a date cell or YYYY-MM-DD',
  ],
  [
    'log ranges of different lengths',
    ['KR1', col(...Array.from({ length: 100 }, () => 'KR1')), col(...Array.from({ length: 100 }, () => jan(1))), col(...Array.from({ length: 99 }, () => 1))],
    'OKR_LATEST: log_ids has 100 rows but log_values has 99; give ranges with the same rows',
  ],
  ['ids of more than one column', [Array.from({ length: 5 }, () => ['KR1', 'x']), col('KR1'), col(jan(1)), col(1)], 'OKR_LATEST: ids is 5×2: give a single column'],
];

describe('OKR_LATEST errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_LATEST(NY, args[0], args[1], args[2], args[3])).toThrow(expect.objectContaining({ message }));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_LATEST_SPEC.errors) expect(given).toContain(message);
  });
});

describe('OKR_LATEST properties', () => {
  const checkIn = fc.tuple(fc.constantFrom('KR1', 'KR2', 'KR3', ''), fc.oneof(fc.integer(), fc.constantFrom('done', '')));
  // A log with distinct days, and the same log in another order.
  const logs = fc
    .uniqueArray(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 40 })
    .chain((days) => fc.array(checkIn, { minLength: days.length, maxLength: days.length }).map((rows) => rows.map(([id, value], i) => ({ id, value, time: new Date(2020, 0, days[i]) }))))
    .chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length })));

  const latest = (entries: readonly { id: string; value: unknown; time: Date }[]) =>
    OKR_LATEST(NY, 
      col('KR1', 'KR2', 'KR3'),
      col(...entries.map((e) => e.id)),
      col(...entries.map((e) => e.time)),
      col(...entries.map((e) => e.value)),
    );

  test.prop([logs])('does not depend on the order of log rows with distinct times', ([entries, shuffled]) => {
    expect(latest(shuffled)).toEqual(latest(entries));
  });
});
