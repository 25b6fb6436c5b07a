/**
 * A time zone, passed in as an argument to every calendar computation of the core. Dates in a
 * tracker belong to the spreadsheet's zone (the Apps Script adapter builds it from
 * `Spreadsheet.getSpreadsheetTimeZone()`), the extension's "today" to the user's; the core never
 * asks the host which zone it runs in, so the script's zone (the manifest's) cannot leak in.
 *
 * The calendar arithmetic works on *wall-clock values*: a time value whose UTC fields
 * (`getUTCFullYear()`, `getUTCHours()`…) are the zone's wall-clock fields. `wallOf` and
 * `instantOf` convert between the two.
 */

export interface Zone {
  /** The zone's name for messages: `America/New_York`, `GMT+4:00`, `UTC`. */
  readonly name: string;
  /** The offset of the zone's wall clock from UTC at instant `ms`, in ms (New York in winter: −5 h). */
  offsetAt(ms: number): number;
}

const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;
const MAX_TIME = 8.64e15 - 2 * MS_PER_DAY;

/** The wall clock of instant `time` in `zone`, as a wall-clock value. */
export function wallOf(time: number, zone: Zone): number {
  return time + zone.offsetAt(time);
}

/**
 * The instant whose wall clock in `zone` is `wall`. A wall time that occurs twice (the hour
 * repeated when daylight saving ends) is its first occurrence; one skipped when it starts moves
 * forward by the gap (02:30 → 03:30). Both as JavaScript's `new Date(y, m, d, h)` resolves them.
 */
export function instantOf(wall: number, zone: Zone): number {
  const before = wall - zone.offsetAt(wall - MS_PER_DAY);
  const after = wall - zone.offsetAt(wall + MS_PER_DAY);
  const fits = (time: number) => wallOf(time, zone) === wall;
  if (fits(before) && fits(after)) return Math.min(before, after);
  if (fits(after)) return after;
  if (fits(before)) return before;
  // In a gap: the offset in force before the change carries the wall time past it.
  return before;
}

/** The zone with the fixed offset `offsetMs` (UTC is 0). */
function fixedZone(name: string, offsetMs: number): Zone {
  return { name, offsetAt: () => offsetMs };
}

export const UTC: Zone = fixedZone('UTC', 0);

// Apps Script's own form for a fixed offset (`GMT+4:00`, `GMT-03:30`), and plain `UTC`/`GMT`.
const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

const named = new Map<string, Zone>();

/**
 * The zone with IANA name `name` (`Europe/Berlin`) or a fixed offset (`GMT+4:00`). Offsets come
 * from `Intl.DateTimeFormat` with `timeZone`, which Apps Script's V8 runtime is expected to
 * support with the full time-zone database (not documented by Google: see
 * docs/google-behaviour.md, "Dates and time zones"). Throws for a name Intl does not know.
 */
export function zoneNamed(name: string): Zone {
  const known = named.get(name);
  if (known !== undefined) return known;
  const fixed = FIXED_OFFSET.exec(name.trim());
  let zone: Zone;
  if (fixed !== null) {
    const [, sign, hours = '0', minutes = '0'] = fixed;
    const offset = (Number(hours) * 60 + Number(minutes)) * MS_PER_MINUTE;
    zone = fixedZone(name, sign === '-' ? -offset : offset);
  } else {
    zone = intlZone(name);
  }
  named.set(name, zone);
  return zone;
}

function intlZone(name: string): Zone {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RangeError(`unknown time zone "${name}": use an IANA name such as Europe/Berlin`);
  }
  const exact = (ms: number): number => {
    // Beyond the range of a Date (±8.64e15 ms) Intl throws; a cell that far out takes the
    // offset at the edge, and its arithmetic gives an invalid date as plain Dates would.
    const at = Math.floor(Math.min(Math.max(ms, -MAX_TIME), MAX_TIME) / 1000) * 1000;
    const p: Record<string, number> = {};
    for (const part of format.formatToParts(at)) if (part.type !== 'literal') p[part.type] = Number(part.value);
    // Some engines print midnight as hour 24.
    return Date.UTC(p.year, p.month - 1, p.day, p.hour === 24 ? 0 : p.hour, p.minute, p.second) - at + (p.hour === 24 ? MS_PER_DAY : 0);
  };
  // formatToParts costs microseconds and a column of dates asks for thousands of offsets: an
  // hour whose offset is the same at both ends has that offset throughout (changes are hours
  // or more apart), so it is remembered; an hour holding a change is computed each time.
  const hours = new Map<number, number>();
  return {
    name,
    offsetAt(ms: number): number {
      if (Number.isNaN(ms)) return 0;
      const hour = Math.floor(ms / MS_PER_HOUR);
      const cached = hours.get(hour);
      if (cached !== undefined) return cached;
      const start = exact(hour * MS_PER_HOUR);
      if (start === exact(hour * MS_PER_HOUR + MS_PER_HOUR - 1000)) {
        if (hours.size > 100_000) hours.clear();
        hours.set(hour, start);
        return start;
      }
      return exact(ms);
    },
  };
}
