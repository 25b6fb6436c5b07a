/**
 * When a check-in is due, in words a glance can read: "overdue 2 months", "overdue 3 days",
 * "due today", "due tomorrow", "due Friday", "due Mar 14". Both days are `YYYY-MM-DD` in the
 * user's own zone (format/local-date.ts), so "today" is the user's today, not the sheet's.
 * A raw ISO date made a check-in due two months ago look like one due yesterday.
 * The amounts come from Intl.NumberFormat's unit style and the day names from
 * Intl.DateTimeFormat, so one locale switch later changes every word here.
 * https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat
 */
import { daysBetween } from '../format/local-date.js';
import * as strings from '../strings/popup.js';

export type DueUnit = 'day' | 'week' | 'month' | 'year';

/** How long ago: days for two weeks, weeks up to two months, whole calendar months up to two years, then years. */
export function overdueAmount(nextCheckIn: string, today: string): { amount: number; unit: DueUnit } {
  const days = daysBetween(nextCheckIn, today);
  if (days < 14) return { amount: days, unit: 'day' };
  const months = calendarMonths(nextCheckIn, today);
  if (days < 60 || months < 2) return { amount: Math.floor(days / 7), unit: 'week' };
  return months < 24 ? { amount: months, unit: 'month' } : { amount: Math.floor(months / 12), unit: 'year' };
}

/** Whole calendar months from `from` to `to` (Jan 31 → Mar 30 is one month, → Mar 31 two). */
function calendarMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

/** Formatters are made once per locale and unit: a popup lists dozens of due check-ins. */
const amountFormats = new Map<string, Intl.NumberFormat>();
function formatAmount(amount: number, unit: DueUnit, locale: string): string {
  const key = `${locale} ${unit}`;
  let format = amountFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' });
    amountFormats.set(key, format);
  }
  return format.format(amount);
}

/** A `YYYY-MM-DD` day as a date at noon UTC, formatted in UTC: the same calendar day everywhere. */
function dayName(day: string, options: Intl.DateTimeFormatOptions, locale: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The words for a due check-in. `nextCheckIn` null (due by the feed's own judgement, with no
 * date to count from) reads "due now".
 */
export function dueWords(nextCheckIn: string | null, today: string, locale = 'en-US'): string {
  if (nextCheckIn === null || !ISO_DAY.test(nextCheckIn)) return strings.dueNow;
  const days = daysBetween(today, nextCheckIn);
  if (days < 0) {
    const { amount, unit } = overdueAmount(nextCheckIn, today);
    return strings.overdueBy(formatAmount(amount, unit, locale));
  }
  if (days === 0) return strings.dueToday;
  if (days === 1) return strings.dueTomorrow;
  if (days < 7) return strings.dueOn(dayName(nextCheckIn, { weekday: 'long' }, locale));
  const sameYear = nextCheckIn.slice(0, 4) === today.slice(0, 4);
  return strings.dueOn(dayName(nextCheckIn, sameYear ? { month: 'short', day: 'numeric' } : { year: 'numeric', month: 'short', day: 'numeric' }, locale));
}

/** Most overdue first; a check-in due without a date counts as due today. Stable for ties. */
export function compareDue(a: string | null, b: string | null, today: string): number {
  const day = (value: string | null) => (value !== null && ISO_DAY.test(value) ? value : today);
  const [x, y] = [day(a), day(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}
