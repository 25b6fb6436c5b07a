/**
 * OKR periods: quarters by default ("2026-Q4"), as the OKR articles use. Pure calendar
 * arithmetic in the local zone (the script's zone in Apps Script); the clock comes in as an
 * argument.
 */
import { addCalendarDays, formatLocalDate } from './dates.js';

export interface Period {
  name: string;
  /** Local midnight of the first day (ms). */
  start: number;
  /** Local midnight of the last day (ms). */
  end: number;
}

/** The calendar quarter that holds `time`. */
export function quarterOf(time: number): Period {
  const date = new Date(time);
  const year = date.getFullYear();
  const quarter = Math.floor(date.getMonth() / 3);
  return {
    name: `${year}-Q${quarter + 1}`,
    start: new Date(year, quarter * 3, 1).getTime(),
    end: new Date(year, quarter * 3 + 3, 0).getTime(),
  };
}

const QUARTER_NAME = /^(\d{4})-Q([1-4])$/i;

/**
 * The period after `period`: the next quarter when the name is a quarter ("2026-Q4" →
 * "2027-Q1"), otherwise a period of the same length starting the day after it ends, named
 * after its start ("2027-01-01").
 */
export function nextPeriod(period: Period): Period {
  const dayAfter = addCalendarDays(period.end, 1);
  if (QUARTER_NAME.test(period.name.trim())) return quarterOf(dayAfter);
  const lengthDays = Math.round((period.end - period.start) / 86_400_000);
  return { name: formatLocalDate(dayAfter), start: dayAfter, end: addCalendarDays(dayAfter, lengthDays) };
}

/** Local midnight of the day holding `time`. */
export function startOfDay(time: number): number {
  const date = new Date(time);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}
