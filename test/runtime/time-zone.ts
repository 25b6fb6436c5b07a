/**
 * Wall-clock time in a named zone. Sheets stores a date as the wall-clock time of the
 * *spreadsheet's* zone (https://developers.google.com/apps-script/guides/sheets/functions#data_types), so turning a JS Date (an instant) into a
 * cell and back needs the zone. Zones are IANA ids or Apps Script's `GMT+4:00` form (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export interface WallClock {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday. */
  weekday: number;
}

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const FIXED_OFFSET = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`Invalid time zone: ${zone}`);
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The fixed offset (ms) of a `GMT+4:00`-style zone, or undefined for an IANA zone. */
export function fixedOffsetMs(zone: string): number | undefined {
  const match = FIXED_OFFSET.exec(zone.trim());
  if (match === null) return undefined;
  const [, sign, hours = '0', minutes = '0'] = match;
  const offset = (Number(hours) * 60 + Number(minutes)) * 60_000;
  return sign === '-' ? -offset : offset;
}

export function fromUtcFields(utc: Date): WallClock {
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
    ms: utc.getUTCMilliseconds(),
    weekday: utc.getUTCDay(),
  };
}

/** The wall clock of instant `ms` in `zone`. */
export function wallClockOf(ms: number, zone: string): WallClock {
  if (zone === LOCAL_ZONE) {
    const d = new Date(ms);
    return {
      year: d.getFullYear(),
      month: d.getMonth() + 1,
      day: d.getDate(),
      hour: d.getHours(),
      minute: d.getMinutes(),
      second: d.getSeconds(),
      ms: d.getMilliseconds(),
      weekday: d.getDay(),
    };
  }
  const fixed = fixedOffsetMs(zone);
  if (fixed !== undefined) return fromUtcFields(new Date(ms + fixed));
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const utc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, ((ms % 1000) + 1000) % 1000);
  return fromUtcFields(new Date(utc));
}

/** The offset of `zone` from UTC at instant `ms` (ms), e.g. -5 h for New York in winter. */
export function offsetMsAt(ms: number, zone: string): number {
  const w = wallClockOf(ms, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - ms;
}

/**
 * The instant whose wall clock in `zone` is the given one. A wall time skipped by a DST change
 * resolves like JS `new Date(y, m, d, h)` does: moved forward by the gap.
 */
export function instantOf(w: Pick<WallClock, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms'>, zone: string): number {
  if (zone === LOCAL_ZONE) {
    const d = new Date(2000, 0, 1);
    d.setFullYear(w.year, w.month - 1, w.day);
    d.setHours(w.hour, w.minute, w.second, w.ms);
    return d.getTime();
  }
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const first = asUtc - offsetMsAt(asUtc, zone);
  const second = asUtc - offsetMsAt(first, zone);
  return offsetMsAt(second, zone) === offsetMsAt(first, zone) ? second : Math.max(first, second);
}

/** Validates a zone id, throwing `Invalid time zone: X` for an unknown one. */
export function checkZone(zone: string): string {
  if (fixedOffsetMs(zone) === undefined) formatterFor(zone);
  return zone;
}
