/**
 * Calendar arithmetic on time values (ms) in the script's zone. Adding "a week" means the same
 * wall-clock time seven calendar days later, not 7 × 24 h: across a daylight-saving change the
 * two differ by an hour, and a check-in due "every Monday 9:00" must stay at 9:00.
 */

export const MS_PER_DAY = 86_400_000;

/** Days in `month` (0-based) of `year`: day 0 of the next month is the last day of this one. */
export function daysInMonth(year: number, month: number): number {
  return new Date(year, month + 1, 0).getDate();
}

/** `time` moved by whole calendar days, keeping the local time of day. */
export function addCalendarDays(time: number, days: number): number {
  // When the zone's offset is the same at both ends, days are exactly 24 h. Checking that costs
  // two offset lookups; the calendar path costs seven local-time conversions, and this runs for
  // every row of a Next check-in column.
  const naive = time + days * MS_PER_DAY;
  if (new Date(time).getTimezoneOffset() === new Date(naive).getTimezoneOffset()) return naive;
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()).getTime();
}

/**
 * `time` moved by whole calendar months, keeping the day of the month where it exists and
 * otherwise taking the month's last day (Jan 31 + 1 month = Feb 28, or 29 in a leap year).
 */
export function addCalendarMonths(time: number, months: number): number {
  const d = new Date(time);
  // Day 1 first, so that the month itself never overflows (Jan 31 → "Feb 31" → Mar 3).
  const first = new Date(d.getFullYear(), d.getMonth() + months, 1);
  const day = Math.min(d.getDate(), daysInMonth(first.getFullYear(), first.getMonth()));
  return new Date(first.getFullYear(), first.getMonth(), day, d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds()).getTime();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A time as the local date `YYYY-MM-DD`, for messages and the feed. */
export function formatLocalDate(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}
