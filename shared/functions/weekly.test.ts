import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OKR_LATEST } from './latest.js';
import { weekWindow } from '../progress.js';
import { OKR_WEEKLY, OKR_WEEKLY_SPEC, weeklyRows } from './weekly.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const col = (...values: unknown[]) => values.map((v) => [v]);
const jan = (d: number, h = 0, m = 0) => new Date(2026, 0, d, h, m);
// A four-week period: weeks end after Jan 7, 14, 21 and 28.
const START = jan(1);
const END = jan(28);

/** OKR_WEEKLY over a log given as [id, time, value] rows. */
function weekly(ids: unknown, rows: readonly (readonly [unknown, unknown, unknown])[], asOf?: unknown, start: unknown = START, end: unknown = END): unknown {
  return OKR_WEEKLY(NY, ids, col(...rows.map((r) => r[0])), col(...rows.map((r) => r[1])), col(...rows.map((r) => r[2])), start, end, asOf);
}

describe('OKR_WEEKLY', () => {
  it('gives each week the latest value so far, carried forward, blank before the first check-in', () => {
    const log = [['KR1', jan(9), 15], ['KR2', jan(20), 7], ['KR1', jan(2), 10], ['KR1', jan(20), 30]] as const;
    expect(weekly(col('KR1', 'KR2'), log)).toEqual([
      [10, 15, 30, 30],
      ['', '', 7, 7],
    ]);
  });

  it('takes the latest check-in within a week, by time and not by row', () => {
    expect(weekly('KR1', [['KR1', jan(6), 12], ['KR1', jan(2), 10], ['KR1', jan(4), 11]])).toEqual([[12, 12, 12, 12]]);
  });

  it('takes the later row of two check-ins at the same time', () => {
    expect(weekly('KR1', [['KR1', jan(3), 1], ['KR1', jan(3), 2]])).toEqual([[2, 2, 2, 2]]);
  });

  it.each([
    ['the last minute of day 7 in week 1', jan(7, 23, 59), [5, 5, 5, 5]],
    ['midnight starting day 8 in week 2', jan(8), ['', 5, 5, 5]],
    ['any time of period_end in the last week', jan(28, 18), ['', '', '', 5]],
    ['a check-in before period_start from week 1 on', new Date(2025, 11, 20), [5, 5, 5, 5]],
  ])('counts %s', (_, time, row) => {
    expect(weekly('KR1', [['KR1', time, 5]])).toEqual([row]);
  });

  it('ignores a check-in after period_end', () => {
    expect(weekly('KR1', [['KR1', jan(3), 1], ['KR1', jan(29), 2]])).toEqual([[1, 1, 1, 1]]);
  });

  it('makes the last week as short as the period: a ten-day period has two weeks', () => {
    expect(weekly('KR1', [['KR1', jan(2), 1], ['KR1', jan(10, 12), 2]], undefined, START, jan(10))).toEqual([[1, 2]]);
  });

  describe('as of a day', () => {
    const log = [['KR1', jan(2), 10], ['KR1', jan(9, 8), 12], ['KR1', jan(10, 17), 13]] as const;

    it('shows the week holding as_of so far, that whole day included, and leaves later weeks blank', () => {
      expect(weekly('KR1', log, jan(10))).toEqual([[10, 13, '', '']]);
      expect(weekly('KR1', log, jan(9))).toEqual([[10, 12, '', '']]);
    });

    it('shows a week from its first day', () => {
      expect(weekly('KR1', log, jan(8))).toEqual([[10, 10, '', '']]);
    });

    it('leaves every week blank before the period starts', () => {
      expect(weekly('KR1', log, new Date(2025, 11, 31))).toEqual([['', '', '', '']]);
    });

    it('reads an as_of after the period, or blank, as the period end', () => {
      expect(weekly('KR1', log, jan(31))).toEqual(weekly('KR1', log));
      expect(weekly('KR1', log, '')).toEqual([[10, 13, 13, 13]]);
    });
  });

  it.each([
    ['numeric text as its number', '1,200', 1200],
    ['a percentage as its fraction', '40%', 0.4],
    ['a milestone word as trimmed text', ' done ', 'done'],
    ['TRUE as itself', true, true],
  ])('returns %s', (_, logged, shown) => {
    expect(weekly('KR1', [['KR1', jan(2), logged]])).toEqual([[shown, shown, shown, shown]]);
  });

  it('skips check-ins with a blank value', () => {
    expect(weekly('KR1', [['KR1', jan(2), 4], ['KR1', jan(9), ' ']])).toEqual([[4, 4, 4, 4]]);
  });

  it('matches IDs trimmed and in any case, and gives a blank row for a blank id and an unknown one', () => {
    expect(weekly(col(' kr1', '', 'KR9'), [['KR1 ', jan(2), 4]])).toEqual([
      [4, 4, 4, 4],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(weekly('', [['KR1', jan(2), 4]])).toBe('');
  });

  it('makes the whole row of an id with a bad check-in time an error, and still answers the others', () => {
    const result = weekly(col('KR1', 'KR2'), [['KR1', jan(2), 4], ['KR2', 'soon', 1]]) as unknown[][];
    expect(result[0]).toEqual([4, 4, 4, 4]);
    expect(result[1]).toEqual(Array(4).fill('Error: OKR_WEEKLY: check-in row 2: time "soon" is not a date: use a date cell or YYYY-MM-DD'));
  });

  it('ignores a bad time on a row of an ID nobody asked for', () => {
    expect(weekly('KR1', [['KR1', jan(2), 4], ['KR2', 'soon', 1]])).toEqual([[4, 4, 4, 4]]);
  });

  it('reads dates typed as text or as serial days', () => {
    expect(weekly('KR1', [['KR1', '2026-01-09', 3]], '2026-01-20', '2026-01-01', 46050)).toEqual([['', 3, 3, '']]);
  });
});

describe('weeklyRows, for the feed', () => {
  const window = weekWindow(START.getTime(), END.getTime(), NY, jan(16).getTime());

  it('reads plain columns and gives null for blanks, a null row for a blank id', () => {
    const rows = weeklyRows(['KR1', '', 'KR2'], [['KR1', 'KR2'], [jan(2), 'x'], [10, 1]], window, NY);
    expect(rows).toEqual([
      { values: [10, 10, 10, null], error: null },
      null,
      { values: [null, null, null, null], error: 'check-in row 2: time "x" is not a date: use a date cell or YYYY-MM-DD' },
    ]);
  });
});

const BAD_CALLS: readonly (readonly [string, () => unknown, string])[] = [
  ['a blank check-in time', () => weekly('KR1', [['KR1', jan(2), 1], ['KR1', '', 2]]), 'OKR_WEEKLY: check-in row 2: time is blank: enter a date'],
  ['a blank period_start', () => weekly('KR1', [], undefined, '', END), 'OKR_WEEKLY: period_start is blank: enter a date'],
  [
    'a period_end before period_start',
    () => weekly('KR1', [], undefined, new Date(2026, 2, 31), jan(1)),
    'OKR_WEEKLY: period_end (2026-01-01) is before period_start (2026-03-31): check the period dates',
  ],
  [
    'a period of more than two years',
    () => weekly('KR1', [], undefined, jan(1), new Date(2030, 11, 31)),
    'OKR_WEEKLY: the period 2026-01-01 to 2030-12-31 has 261 weeks; one table holds at most 106 (two years): check the period dates',
  ],
  ['a range as period_start', () => weekly('KR1', [], undefined, col(jan(1), jan(2)), END), 'OKR_WEEKLY: period_start must be a single value, not a 2×1 range'],
  ['an as_of that is not a date', () => weekly('KR1', [], 'soon'), 'OKR_WEEKLY: as_of "soon" is not a date: use a date cell or YYYY-MM-DD'],
  ['ids of more than one column', () => OKR_WEEKLY(NY, Array.from({ length: 5 }, () => ['KR1', 'x']), col('KR1'), col(jan(2)), col(1), START, END), 'OKR_WEEKLY: ids is 5×2: give a single column'],
  [
    'log ranges of different lengths',
    () => OKR_WEEKLY(NY, 'KR1', col(...Array(100).fill('KR1')), col(...Array(100).fill(jan(2))), col(...Array(99).fill(1)), START, END),
    'OKR_WEEKLY: log_ids has 100 rows but log_values has 99; give ranges with the same rows',
  ],
];

describe('OKR_WEEKLY errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, call, message) => {
    expect(call).toThrow(expect.objectContaining({ message }));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_WEEKLY_SPEC.errors) expect(given).toContain(message);
  });
});

describe('OKR_WEEKLY properties', () => {
  const ID = fc.constantFrom('KR1', 'KR2', 'KR3', '');
  const VALUE = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom('done', ''));
  // Distinct minutes from three weeks before the period to a week after it.
  const MINUTE = 60_000;
  const logs = fc
    .uniqueArray(fc.integer({ min: -21 * 1440, max: 35 * 1440 }), { minLength: 1, maxLength: 30 })
    .chain((minutes) => fc.array(fc.tuple(ID, VALUE), { minLength: minutes.length, maxLength: minutes.length }).map((rows) => rows.map(([id, value], i) => [id, new Date(START.getTime() + minutes[i] * MINUTE), value] as const)));
  const asOfs = fc.option(fc.integer({ min: -3, max: 31 }).map((d) => jan(1 + d)), { nil: undefined });
  const IDS = col('KR1', 'KR2', 'KR3');

  test.prop([logs.chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })))])(
    'does not depend on the order of log rows with distinct times',
    ([rows, shuffled]) => {
      expect(weekly(IDS, shuffled)).toEqual(weekly(IDS, rows));
    },
  );

  test.prop([logs, asOfs])('shows in each week reached what OKR_LATEST gives over the check-ins up to its end, and blanks after as_of', (rows, asOf) => {
    const window = weekWindow(START.getTime(), END.getTime(), NY, asOf?.getTime() ?? null);
    const table = weekly(IDS, rows, asOf) as unknown[][];
    window.ends.forEach((end, k) => {
      const upTo = Math.min(end, window.cutoff);
      const seen = rows.filter((r) => r[1].getTime() < upTo);
      const latest = OKR_LATEST(NY, IDS, col(...seen.map((r) => r[0])), col(...seen.map((r) => r[1])), col(...seen.map((r) => r[2]))) as unknown[][];
      IDS.forEach((_, i) => expect(table[i][k]).toEqual(k < window.shown ? latest[i][0] : ''));
    });
  });
});
