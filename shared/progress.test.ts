import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { OKR_GRADE } from './functions/grade.js';
import { expectedByWeek, expectedGradeAt, forecastGrade, MAX_WEEKS, weekCountOf, weekEnds, weekLastDays, weekWindow, weeklyGrades } from './progress.js';
import { paceGuidance } from './pace-guidance.js';
import { OKR_STATUS } from './functions/status.js';
import { OKR_WEEKLY, weeklyRows } from './functions/weekly.js';
import { zoneNamed } from './zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const day = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('weekEnds', () => {
  it('ends week k at midnight 7·k days after the start, and the last week after period_end', () => {
    expect(weekEnds(day(2026, 1, 1), day(2026, 1, 28), NY)).toEqual([day(2026, 1, 8), day(2026, 1, 15), day(2026, 1, 22), day(2026, 1, 29)]);
    expect(weekEnds(day(2026, 1, 1), day(2026, 1, 10), NY)).toEqual([day(2026, 1, 8), day(2026, 1, 11)]);
  });

  it.each([
    ['2026-Q1 (90 days)', day(2026, 1, 1), day(2026, 3, 31), 13],
    ['2026-Q3 (92 days)', day(2026, 7, 1), day(2026, 9, 30), 14],
    ['a single day', day(2026, 1, 1), day(2026, 1, 1), 1],
    ['two years', day(2026, 1, 1), day(2027, 12, 31), 105],
  ])('counts the weeks of %s', (_, start, end, weeks) => {
    expect(weekEnds(start, end, NY)).toHaveLength(weeks);
  });

  it('keeps every week end at local midnight across daylight-saving changes', () => {
    for (const end of weekEnds(day(2026, 3, 1), day(2026, 11, 30), NY)) expect(new Date(end).getHours()).toBe(0);
  });

  it('reads period_start and period_end as whole days whatever their time', () => {
    expect(weekEnds(day(2026, 1, 1, 15), day(2026, 1, 10, 9), NY)).toEqual(weekEnds(day(2026, 1, 1), day(2026, 1, 10), NY));
  });

  it.each([
    ['an end before the start', day(2026, 3, 31), day(2026, 1, 1), 'period_end (2026-01-01) is before period_start (2026-03-31): check the period dates'],
    [
      'more weeks than a table holds',
      day(2026, 1, 1),
      day(2062, 1, 1),
      `the period 2026-01-01 to 2062-01-01 has 1879 weeks; one table holds at most ${MAX_WEEKS} (two years): check the period dates`,
    ],
  ])('refuses %s', (_, start, end, message) => {
    expect(() => weekEnds(start, end, NY)).toThrow(expect.objectContaining({ message, code: 'bad-argument' }));
  });
});

describe('weekLastDays', () => {
  it('names the last day of each week, the last one period_end', () => {
    const days = weekLastDays(day(2026, 1, 1), day(2026, 3, 31), NY);
    expect(days.slice(0, 2)).toEqual(['2026-01-07', '2026-01-14']);
    expect(days.at(-1)).toBe('2026-03-31');
  });
});

describe('weekWindow', () => {
  const [start, end] = [day(2026, 1, 1), day(2026, 1, 28)];

  it.each([
    ['no as_of', null, 4, day(2026, 1, 29)],
    ['an as_of in week 2, counting its whole day', day(2026, 1, 9, 10), 2, day(2026, 1, 10)],
    ['an as_of on the first day of week 3', day(2026, 1, 15), 3, day(2026, 1, 16)],
    ['an as_of after the period', day(2026, 2, 15), 4, day(2026, 1, 29)],
    ['an as_of before the period', day(2025, 12, 31), 0, day(2026, 1, 1)],
  ])('shows the weeks begun by %s', (_, asOf, shown, cutoff) => {
    expect(weekWindow(start, end, NY, asOf)).toEqual({ ends: weekEnds(start, end, NY), shown, cutoff });
  });
});

describe('weekCountOf', () => {
  it('counts the weeks of a period given as cells', () => {
    expect(weekCountOf(new Date(2026, 0, 1), '2026-03-31', NY)).toBe(13);
  });

  it.each([['', new Date(2026, 0, 1)], ['soon', new Date(2026, 0, 1)], [new Date(2026, 2, 1), new Date(2026, 0, 1)]])('is null for cells that make no period: %j to %j', (start, end) => {
    expect(weekCountOf(start, end, NY)).toBeNull();
  });
});

describe('expected grades', () => {
  const [start, end] = [day(2026, 1, 1), day(2026, 3, 31)];

  it('expects success × the elapsed fraction, the line OKR_STATUS judges against', () => {
    const asOf = day(2026, 2, 15);
    const expected = expectedGradeAt(start, end, asOf, 0.7);
    expect(expected).toBeCloseTo((0.7 * (asOf - start)) / (end - start), 12);
    const noClock = () => 0;
    expect(OKR_STATUS(expected, new Date(start), new Date(end), new Date(asOf), 0.7, '', noClock, NY)).toBe('On track');
    expect(OKR_STATUS(expected - 0.01, new Date(start), new Date(end), new Date(asOf), 0.7, '', noClock, NY)).toBe('At risk');
  });

  it('draws the expected line week by week, rising to success at the period end', () => {
    const line = expectedByWeek(start, end, 0.7, NY);
    expect(line).toHaveLength(13);
    expect(line[0]).toBeCloseTo((0.7 * 7) / 89, 2);
    expect(line.at(-1)).toBe(0.7);
    for (let k = 1; k < line.length; k++) expect(line[k]).toBeGreaterThan(line[k - 1]);
  });
});

describe('forecastGrade', () => {
  it.each([
    ['an increase forecast', 0, 100, 82, '', 0.82],
    ['a decrease forecast', 30, 25, 27, '', 0.6],
    ['a forecast past the target, clamped', 0, 100, 130, '', 1],
    ['a forecast below the start, clamped', 0, 100, -20, '', 0],
    ['a threshold forecast inside the band', 70, 80, 75, 'threshold', 1],
  ])('grades %s as OKR_GRADE does', (_, start, target, forecast, type, grade) => {
    expect(forecastGrade(start, target, forecast, type)).toBeCloseTo(grade, 12);
  });

  it.each([
    ['no forecast', 0, 100, null, ''],
    ['a row OKR_GRADE refuses', 5, 5, 7, ''],
    ['an unknown type', 0, 100, 50, 'grow'],
  ])('is null for %s', (_, start, target, forecast, type) => {
    expect(forecastGrade(start, target, forecast, type)).toBeNull();
  });

  test.prop([fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }), fc.double({ min: -300, max: 300, noNaN: true })])(
    'agrees with OKR_GRADE wherever that gives a grade',
    (start, target, forecast) => {
      fc.pre(start !== target);
      expect(forecastGrade(start, target, forecast, '')).toBe(OKR_GRADE(start, target, forecast));
    },
  );
});

describe('weeklyGrades, for the feed', () => {
  const col = (...values: unknown[]) => values.map((v) => [v]);
  const log = [
    ['KR1', 'KR2', 'KR1', 'KR3'],
    [new Date(2026, 0, 2), new Date(2026, 0, 9), new Date(2026, 0, 9), 'soon'],
    [20, 'done', 50, 1],
  ] as const;
  const [start, end, asOf] = [new Date(2026, 0, 1), new Date(2026, 0, 28), new Date(2026, 0, 16)];
  const span = weekWindow(start.getTime(), end.getTime(), NY, asOf.getTime());
  const rows = weeklyRows(['KR1', 'KR2', 'KR3', ''], [[...log[0]], [...log[1]], [...log[2]]], span, NY);

  it('grades each week reached and leaves the rest null', () => {
    expect(weeklyGrades(rows[0], span.shown, 0, 100, '')).toEqual([expect.closeTo(0.2, 12), expect.closeTo(0.5, 12), expect.closeTo(0.5, 12), null]);
    expect(weeklyGrades(rows[1], span.shown, '', '', 'milestone')).toEqual([0, 1, 1, null]);
  });

  it('is all null for a row that is an error, and empty for a blank id', () => {
    expect(weeklyGrades(rows[2], span.shown, 0, 100, '')).toEqual([null, null, null, null]);
    expect(weeklyGrades(rows[3], span.shown, 0, 100, '')).toEqual([]);
  });

  it('agrees with the sheet: OKR_GRADE over OKR_WEEKLY, in the weeks reached', () => {
    const table = OKR_WEEKLY(NY, col('KR1', 'KR2'), col(...log[0]), col(...log[1]), col(...log[2]), start, end, asOf);
    const sheet = OKR_GRADE(col(0, ''), col(100, ''), table, col('', 'milestone')) as unknown[][];
    const feed = [weeklyGrades(rows[0], span.shown, 0, 100, ''), weeklyGrades(rows[1], span.shown, '', '', 'milestone')];
    feed.forEach((grades, r) => grades.slice(0, span.shown).forEach((grade, k) => expect(grade ?? '').toEqual(sheet[r][k])));
  });
});

describe('paceGuidance', () => {
  it.each([
    ['a forecast at success', 2, 0.7, { kind: 'on-pace', grade: 0.7 }],
    ['a forecast above success, whatever is still needed', 2, 0.82, { kind: 'on-pace', grade: 0.82 }],
    ['a forecast short of success and a gain still needed', 1.5, 0.5, { kind: 'needs', perWeek: 1.5 }],
    ['a fall still needed and no forecast', -0.25, null, { kind: 'needs', perWeek: -0.25 }],
    ['already at success with a falling forecast', 0, 0.6, { kind: 'on-pace', grade: 0.6 }],
    // Nothing to gain per week and short of success: "on pace for 0.40" would contradict the grade.
    ['an ended period (or a threshold) with a forecast short of success', null, 0.4, null],
    ['already at success without a forecast', 0, null, null],
    ['neither', null, null, null],
  ] as const)('gives %s', (_, needs, forecast, guidance) => {
    expect(paceGuidance(needs, forecast, 0.7)).toEqual(guidance);
  });

  it('holds a committed OKR to a forecast of 1', () => {
    expect(paceGuidance(3, 0.9, 1)).toEqual({ kind: 'needs', perWeek: 3 });
  });
});
