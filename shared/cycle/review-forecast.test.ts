import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../dates.js';
import { OKR_FORECAST } from '../functions/forecast.js';
import { gradeOne } from '../functions/grade.js';
import { checkInStats, forecastGrade, midpointOf, type LogColumns, type PeriodSpan } from './review-forecast.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const Q4: PeriodSpan = { start: new Date(2026, 9, 1).getTime(), end: new Date(2026, 11, 31).getTime() };
const day = (month: number, date: number, hour = 10) => new Date(2026, month - 1, date, hour);

function log(rows: [unknown, unknown, unknown, unknown?][]): LogColumns {
  return { ID: rows.map((r) => r[0]), Time: rows.map((r) => r[1]), Value: rows.map((r) => r[2]), Confidence: rows.map((r) => r[3] ?? ''), rows: rows.length };
}

describe('midpointOf', () => {
  it('lies half way between the first day and the end of the last day, across the change of clocks', () => {
    const mid = midpointOf(Q4, NY);
    expect(mid - Q4.start).toBe(addCalendarDays(Q4.end, 1, NY) - mid);
    expect(new Date(mid).getDate()).toBe(15);
    expect(new Date(mid).getMonth()).toBe(10);
  });
});

describe('checkInStats', () => {
  it('counts the check-ins of the period that hold a value, and nothing else', () => {
    const stats = checkInStats(
      ['KR1', 'kr2'],
      log([
        ['KR1', day(9, 30), 1, 5], // before the period
        ['KR1', day(10, 1, 0), 2, 6],
        ['KR1', day(10, 5), '', 9], // no value
        ['KR2', day(10, 5), 3, 4],
        ['KR3', day(10, 5), 3, 4], // not asked for
        ['KR1', 'yesterday', 3, 4], // time is not a date
        ['KR1', day(12, 31, 23), 4, 7],
        ['KR1', new Date(2027, 0, 1), 5, 8], // after the period
      ]),
      Q4, NY,
    );
    expect(stats.get('kr1')).toMatchObject({ count: 2, lastConfidence: 7 });
    expect(stats.get('kr2')).toMatchObject({ count: 1, lastConfidence: 4 });
  });

  it('takes the last confidence given, by time and then by row', () => {
    const stats = checkInStats(['KR1'], log([['KR1', day(11, 2), 1, 6], ['KR1', day(10, 2), 2, 9], ['KR1', day(11, 3), 3, ''], ['KR1', day(11, 2), 4, 8]]), Q4, NY);
    expect(stats.get('kr1')?.lastConfidence).toBe(8);
  });

  it('has no last confidence when none was given', () => {
    expect(checkInStats(['KR1'], log([['KR1', day(10, 2), 1]]), Q4, NY).get('kr1')?.lastConfidence).toBeNull();
  });
});

describe('forecastGrade', () => {
  const gradeAtMid = (rows: [unknown, unknown, unknown][], start: unknown, target: unknown, type: unknown) =>
    forecastGrade(checkInStats(['KR1'], log(rows), Q4, NY).get('kr1')!.fit, Q4, start, target, type);

  it('grades the line through the first half of the period, read at its end', () => {
    // 0 on Oct 1 and 10 on Oct 31: the line reaches ~30 by Dec 31; a later slump is not seen.
    const rows: [unknown, unknown, unknown][] = [['KR1', day(10, 1, 0), 0], ['KR1', day(10, 31, 0), 10], ['KR1', day(12, 1), 0]];
    const slope = 10 / (day(10, 31, 0).getTime() - day(10, 1, 0).getTime());
    const projected = slope * (Q4.end - day(10, 1, 0).getTime());
    expect(gradeAtMid(rows, 0, 40, 'increase')).toBeCloseTo(projected / 40, 9);
  });

  it.each([
    ['one check-in draws no line', [['KR1', day(10, 2), 1]], 0, 10, 'increase'],
    ['a value that is not a number', [['KR1', day(10, 2), 1], ['KR1', day(10, 9), 'done']], 0, 10, 'increase'],
    ['a key result that cannot be graded', [['KR1', day(10, 2), 1], ['KR1', day(10, 9), 2]], 5, 5, 'increase'],
  ] as const)('is blank for %s', (_, rows, start, target, type) => {
    expect(gradeAtMid(rows as unknown as [unknown, unknown, unknown][], start, target, type)).toBeNull();
  });

  it('grades a milestone heading past done as done', () => {
    expect(gradeAtMid([['KR1', day(10, 1, 0), 0.2], ['KR1', day(10, 15), 0.6]], '', '', 'milestone')).toBe(1);
  });

  const checkIn = fc.record({ days: fc.integer({ min: 0, max: 91 }), value: fc.integer({ min: -50, max: 150 }) });
  test.prop([fc.array(checkIn, { maxLength: 12 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 })])(
    'agrees with OKR_GRADE of OKR_FORECAST over the check-ins up to mid-period',
    (checkIns, start, span) => {
      const rows: [unknown, unknown, unknown][] = checkIns.map((c) => ['KR1', new Date(addCalendarDays(Q4.start, c.days, NY) + 3_600_000 * 9), c.value]);
      const early = rows.filter((r) => (r[1] as Date).getTime() <= midpointOf(Q4, NY));
      const projected = OKR_FORECAST(NY, 'KR1', early.map((r) => [r[0]]), early.map((r) => [r[1]]), early.map((r) => [r[2]]), new Date(Q4.end));
      const expected = projected === '' ? null : gradeOne(start, start + span, projected, 'increase');
      const actual = gradeAtMid(rows, start, start + span, 'increase');
      if (expected === null) expect(actual).toBeNull();
      else {
        expect(typeof actual).toBe('number');
        expect(actual).toBeCloseTo(expected, 9);
      }
    },
  );
});
