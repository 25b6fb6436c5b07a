/**
 * Local dates in the extension: the user's "today", a feed value's local date, the wall clock of
 * an instant in a named zone (for badges and reminders, which take the zone as an argument so
 * tests can cover any zone and its daylight-saving changes), and days between two dates. The
 * calendar is the shared core's (shared/zone.ts), given the zone explicitly.
 */
import { formatLocalDate } from '../../shared/dates.js';
import { wallOf, zoneNamed } from '../../shared/zone.js';

export interface ZonedMoment {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** 0 = Sunday … 6 = Saturday, as Date.prototype.getDay. */
  weekday: number;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Today as `YYYY-MM-DD` in the user's zone (Intl's resolved zone, the one the worker's badge counts in). */
export function localToday(now: number, timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  return formatLocalDate(now, zoneNamed(timeZone));
}

/** The local date, weekday and time of day of `time` (ms since the epoch) in `timeZone`. */
export function zonedMoment(time: number, timeZone: string): ZonedMoment {
  if (!Number.isFinite(time)) throw new RangeError(`time ${time} is not a moment: pass milliseconds since the epoch`);
  const wall = new Date(wallOf(time, zoneNamed(timeZone)));
  return { date: wall.toISOString().slice(0, 10), weekday: wall.getUTCDay(), minutes: wall.getUTCHours() * 60 + wall.getUTCMinutes() };
}

/**
 * The local date of a feed value: a `YYYY-MM-DD` date stays as it is (it is already the
 * sheet's calendar day); an ISO time is moved into `timeZone`; anything else gives null.
 */
export function localDateOf(value: string | null | undefined, timeZone: string): string | null {
  if (typeof value !== 'string') return null;
  if (DATE_ONLY.test(value)) return value;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : zonedMoment(time, timeZone).date;
}

/** A real calendar date as `YYYY-MM-DD` (V8 reads "2025-02-30" as March 2: the round trip catches it). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_ONLY.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`; calendar days, so DST changes do not matter. */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}
