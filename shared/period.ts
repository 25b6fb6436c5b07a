/**
 * OKR periods: quarters by default ("2026-Q4"), as the OKR articles use. Pure calendar
 * arithmetic in the zone passed in (the spreadsheet's); the clock comes in as an argument.
 */
import { addCalendarDays, formatLocalDate, midnightOf, startOfDay } from './dates.js';
import { wallOf, type Zone } from './zone.js';

export { startOfDay };

export interface Period {
  name: string;
  /** Midnight (in the zone) of the first day (ms). */
  start: number;
  /** Midnight (in the zone) of the last day (ms). */
  end: number;
}

/** The calendar quarter that holds `time` in `zone`. */
export function quarterOf(time: number, zone: Zone): Period {
  const date = new Date(wallOf(time, zone));
  const year = date.getUTCFullYear();
  const quarter = Math.floor(date.getUTCMonth() / 3);
  const nextStart = midnightOf(year, quarter * 3 + 4, 1, zone);
  const lastDay = midnightOf(year, quarter * 3 + 4, 0, zone);
  // A zone that skipped the quarter's last day (Pacific/Kiritimati went from 1994-12-30 to
  // 1995-01-01) ends the quarter on the day before it: the skipped day's midnight is the next
  // quarter's first.
  return {
    name: `${year}-Q${quarter + 1}`,
    start: midnightOf(year, quarter * 3 + 1, 1, zone),
    end: lastDay < nextStart ? lastDay : midnightOf(year, quarter * 3 + 4, -1, zone),
  };
}

const QUARTER_NAME = /^(\d{4})-Q([1-4])$/i;

/**
 * The period after `period`: the next quarter when the name is a quarter ("2026-Q4" →
 * "2027-Q1"), otherwise a period of the same length starting the day after it ends, named
 * after its start ("2027-01-01").
 */
export function nextPeriod(period: Period, zone: Zone): Period {
  const dayAfter = addCalendarDays(startOfDay(period.end, zone), 1, zone);
  if (QUARTER_NAME.test(period.name.trim())) return quarterOf(dayAfter, zone);
  const lengthDays = Math.round((wallOf(period.end, zone) - wallOf(period.start, zone)) / 86_400_000);
  return { name: formatLocalDate(dayAfter, zone), start: dayAfter, end: addCalendarDays(dayAfter, lengthDays, zone) };
}
