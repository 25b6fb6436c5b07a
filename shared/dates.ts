/**
 * Calendar arithmetic on time values (ms) in a given zone (`zone.ts`: the spreadsheet's in the
 * add-on, the user's in the extension). Adding "a week" means the same wall-clock time seven
 * calendar days later, not 7 × 24 h: across a daylight-saving change the two differ by an hour,
 * and a check-in due "every Monday 9:00" must stay at 9:00. The arithmetic itself runs on the
 * UTC fields of wall-clock values, so the zone the code happens to run in never matters.
 */
import { instantOf, wallOf, type Zone } from './zone.js';

export const MS_PER_DAY = 86_400_000;

/** Days in `month` (0-based) of `year`: day 0 of the next month is the last day of this one. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/** `time` moved by whole calendar days of `zone`, keeping its time of day there. */
export function addCalendarDays(time: number, days: number, zone: Zone): number {
  // When the zone's offset is the same at both ends, days are exactly 24 h. Checking that costs
  // two offset lookups, and this runs for every row of a Next check-in column.
  const naive = time + days * MS_PER_DAY;
  const offset = zone.offsetAt(time);
  if (zone.offsetAt(naive) === offset) return naive;
  return instantOf(time + offset + days * MS_PER_DAY, zone);
}

/**
 * `time` moved by whole calendar months of `zone`, keeping the day of the month where it exists
 * and otherwise taking the month's last day (Jan 31 + 1 month = Feb 28, or 29 in a leap year).
 */
export function addCalendarMonths(time: number, months: number, zone: Zone): number {
  const wall = new Date(wallOf(time, zone));
  // Day 1 first, so that the month itself never overflows (Jan 31 → "Feb 31" → Mar 3).
  const first = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + months, 1));
  const day = Math.min(wall.getUTCDate(), daysInMonth(first.getUTCFullYear(), first.getUTCMonth()));
  const timeOfDay = wallOf(time, zone) - Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  return instantOf(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day) + timeOfDay, zone);
}

/** Midnight in `zone` of the day holding `time`. */
export function startOfDay(time: number, zone: Zone): number {
  const wall = wallOf(time, zone);
  return instantOf(wall - mod(wall, MS_PER_DAY), zone);
}

/** Midnight in `zone` of the calendar day `year`-`month`-`day` (month 1–12; overflow rolls over). */
export function midnightOf(year: number, month: number, day: number, zone: Zone): number {
  return instantOf(Date.UTC(year, month - 1, day), zone);
}

function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A time as the calendar date `YYYY-MM-DD` it falls on in `zone`, for messages and the feed. */
export function formatLocalDate(time: number, zone: Zone): string {
  const d = new Date(wallOf(time, zone));
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}
