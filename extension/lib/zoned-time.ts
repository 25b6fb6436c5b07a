/**
 * Wall-clock time in a named time zone. The rules for badges and reminders take the zone as an
 * argument instead of reading the process's own, so tests can cover any zone and its
 * daylight-saving changes, and the worker passes the user's zone (`userTimeZone`).
 * https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/DateTimeFormat/formatToParts
 */

export interface ZonedMoment {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  /** 0 = Sunday … 6 = Saturday, as Date.prototype.getDay. */
  weekday: number;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

// Building a formatter costs far more than using one; a zone's formatter never changes.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        weekday: 'short',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      });
    } catch {
      throw new RangeError(`unknown time zone "${timeZone}": use an IANA name such as Europe/Berlin`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local date, weekday and time of day of `time` (ms since the epoch) in `timeZone`. */
export function zonedMoment(time: number, timeZone: string): ZonedMoment {
  if (!Number.isFinite(time)) throw new RangeError(`time ${time} is not a moment: pass milliseconds since the epoch`);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(time)) parts[part.type] = part.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
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
