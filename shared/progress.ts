/**
 * Progress over time, as numbers the sheet, the feed and the popup share: the period's weeks
 * (the x axis of every weekly table, chart and sparkline), the grade expected by a date, the
 * forecast grade at period end, and the one line of pace guidance the popup shows.
 */
import { toTime } from './cells/cell.js';
import { addCalendarDays, formatLocalDate, MS_PER_DAY, startOfDay } from './dates.js';
import { FormulaError } from './cells/formula-error.js';
import { gradeOne } from './functions/grade.js';
import { elapsedFraction, expectedGrade } from './functions/status.js';
import type { WeeklyRow } from './functions/weekly.js';
import type { Zone } from './zone.js';

/**
 * The most weeks one table holds: two years. A mistyped year (2062 for 2026) would otherwise
 * spill thousands of columns over the sheet.
 */
export const MAX_WEEKS = 106;

/**
 * The instant each week of the period ends, exclusive: week k (from 0) holds the times from
 * `ends[k − 1]` (or the start of period_start's day) up to, not including, `ends[k]`, which is
 * midnight 7·(k + 1) calendar days after the start. The last week ends at midnight after
 * period_end, so it holds the whole of that day and may be shorter than seven days.
 */
export function weekEnds(periodStart: number, periodEnd: number, zone: Zone): number[] {
  const first = startOfDay(periodStart, zone);
  const last = addCalendarDays(startOfDay(periodEnd, zone), 1, zone);
  if (last <= first) {
    throw new FormulaError(
      `period_end (${formatLocalDate(periodEnd, zone)}) is before period_start (${formatLocalDate(periodStart, zone)}): check the period dates`,
      'bad-argument',
    );
  }
  // Rounded: a day across a daylight-saving change lasts 23 or 25 hours.
  const weeks = Math.ceil(Math.round((last - first) / MS_PER_DAY) / 7);
  if (weeks > MAX_WEEKS) {
    throw new FormulaError(
      `the period ${formatLocalDate(first, zone)} to ${formatLocalDate(periodEnd, zone)} has ${weeks} weeks; one table holds at most ${MAX_WEEKS} (two years): check the period dates`,
      'bad-argument',
    );
  }
  const ends = new Array<number>(weeks);
  for (let k = 1; k < weeks; k++) ends[k - 1] = addCalendarDays(first, 7 * k, zone);
  ends[weeks - 1] = last;
  return ends;
}

/** The last day of each week (`YYYY-MM-DD`), as the feed's `period.weeks` lists them. */
export function weekLastDays(periodStart: number, periodEnd: number, zone: Zone): string[] {
  return weekEnds(periodStart, periodEnd, zone).map((end) => formatLocalDate(addCalendarDays(end, -1, zone), zone));
}

/** The weeks of OKR_WEEKLY's columns, and how many of them as_of has reached. */
export interface WeekWindow {
  ends: readonly number[];
  /** The weeks that begin on or before as_of's day; the later ones are blank. */
  shown: number;
  /** Check-ins from this instant on are not counted: midnight after as_of's day, or after period_end. */
  cutoff: number;
}

/** The window of a period as of a day (`asOf` null: the period's end). as_of counts as its whole day. */
export function weekWindow(periodStart: number, periodEnd: number, zone: Zone, asOf: number | null = null): WeekWindow {
  const ends = weekEnds(periodStart, periodEnd, zone);
  const periodCutoff = ends[ends.length - 1];
  const cutoff = asOf === null ? periodCutoff : Math.min(periodCutoff, addCalendarDays(startOfDay(asOf, zone), 1, zone));
  let shown = 0;
  let weekStart = startOfDay(periodStart, zone);
  while (shown < ends.length && weekStart < cutoff) weekStart = ends[shown++];
  return { ends, shown, cutoff };
}

/** The number of weeks of a period given as cells; null when the cells do not make one. */
export function weekCountOf(periodStart: unknown, periodEnd: unknown, zone: Zone): number | null {
  try {
    return weekEnds(toTime(periodStart, 'period_start', zone), toTime(periodEnd, 'period_end', zone), zone).length;
  } catch {
    return null;
  }
}

/**
 * The grade expected by `asOf`: success × the elapsed fraction of the period, the line OKR_STATUS
 * compares a grade against (times in ms; the feed passes the start of today, as the sheet's
 * `TODAY()` does).
 */
export function expectedGradeAt(periodStart: number, periodEnd: number, asOf: number, success: number): number {
  return expectedGrade(success, elapsedFraction(periodStart, periodEnd, asOf));
}

/** The expected grade at the end of each week: the dashed line of the charts and sparklines. */
export function expectedByWeek(periodStart: number, periodEnd: number, success: number, zone: Zone): number[] {
  return weekEnds(periodStart, periodEnd, zone).map((end) => expectedGradeAt(periodStart, periodEnd, end, success));
}

/**
 * The grade of the forecast value at period end (OKR_FORECAST's), through OKR_GRADE's own code,
 * clamped to 0–1 as grades are. Null when there is no forecast, or when the row cannot be graded
 * (the sheet shows that cell's error instead).
 */
export function forecastGrade(start: unknown, target: unknown, forecast: number | null, type: unknown): number | null {
  if (forecast === null || !Number.isFinite(forecast)) return null;
  try {
    return gradeOne(start, target, forecast, type);
  } catch {
    return null;
  }
}

/**
 * A key result's grade at the end of each week, as the Progress sheet's `OKR_GRADE(…, OKR_WEEKLY(…), …)`
 * grades its row (a milestone without a check-in yet grades 0 there too): null for the weeks
 * as_of has not reached (from `shown` on), for a row that is an error, and for cells that cannot be graded.
 */
export function weeklyGrades(row: WeeklyRow | null, shown: number, start: unknown, target: unknown, type: unknown): (number | null)[] {
  if (row === null) return [];
  return row.values.map((value, k) => {
    if (k >= shown || row.error !== null) return null;
    try {
      return gradeOne(start, target, value ?? '', type);
    } catch {
      return null;
    }
  });
}
