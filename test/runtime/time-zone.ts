/**
 * Wall-clock time in a named zone. Sheets stores a date as the wall-clock time of the
 * *spreadsheet's* zone (https://developers.google.com/apps-script/guides/sheets/functions#data_types), so turning a JS Date (an instant) into a
 * cell and back needs the zone. Zones are IANA ids or Apps Script's `GMT+4:00` form (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

// The process's own zone, the fast path for the common case. Looked up again when TZ changes
// (the demo adopts the script's zone at start-up, after this module is loaded).
let localZoneFor: { tz: string | undefined; zone: string } | null = null;
function localZone(): string {
  if (localZoneFor === null || localZoneFor.tz !== process.env.TZ) localZoneFor = { tz: process.env.TZ, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return localZoneFor.zone;
}
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

const fixedOffsets = new Map<string, number | null>();

/** The fixed offset (ms) of a `GMT+4:00`-style zone, or undefined for an IANA zone. */
export function fixedOffsetMs(zone: string): number | undefined {
  let offset = fixedOffsets.get(zone);
  if (offset === undefined) {
    const match = FIXED_OFFSET.exec(zone.trim());
    if (match === null) {
      offset = null;
    } else {
      const [, sign, hours = '0', minutes = '0'] = match;
      const size = (Number(hours) * 60 + Number(minutes)) * 60_000;
      offset = sign === '-' ? -size : size;
    }
    fixedOffsets.set(zone, offset);
  }
  return offset ?? undefined;
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
  if (zone === localZone()) {
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
  return fromUtcFields(new Date(ms + cachedOffset(ms, zone)));
}

function intlWallClock(ms: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second, ((ms % 1000) + 1000) % 1000);
}

const HOUR_MS = 3_600_000;
const offsetsByHour = new Map<string, Map<number, number>>();

/**
 * The zone's offset at `ms` through Intl, remembered per hour: a spreadsheet reads thousands of
 * date cells, and formatToParts costs microseconds each. An hour whose offset is the same at
 * both ends has it throughout (zone changes are hours apart); one holding a change is computed
 * at the instant each time.
 */
function cachedOffset(ms: number, zone: string): number {
  let hours = offsetsByHour.get(zone);
  if (hours === undefined) offsetsByHour.set(zone, (hours = new Map()));
  const hour = Math.floor(ms / HOUR_MS);
  const known = hours.get(hour);
  if (known !== undefined) return known;
  const exact = (at: number) => intlWallClock(at, zone) - at;
  const start = exact(hour * HOUR_MS);
  if (Number.isFinite(start) && start === exact(hour * HOUR_MS + HOUR_MS - 1000)) {
    if (hours.size > 200_000) hours.clear();
    hours.set(hour, start);
    return start;
  }
  return exact(ms);
}

/** The offset at `ms` of a zone other than the process's own. */
function otherZoneOffset(ms: number, zone: string): number {
  return fixedOffsetMs(zone) ?? cachedOffset(ms, zone);
}

/** The offset of `zone` from UTC at instant `ms` (ms), e.g. -5 h for New York in winter. */
export function offsetMsAt(ms: number, zone: string): number {
  if (zone !== localZone()) return otherZoneOffset(ms, zone);
  const w = wallClockOf(ms, zone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - ms;
}

/**
 * The instant whose wall clock in `zone` is the given one. A wall time skipped by a DST change
 * resolves like JS `new Date(y, m, d, h)` does: moved forward by the gap.
 */
export function instantOf(w: Pick<WallClock, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'ms'>, zone: string): number {
  if (zone === localZone()) {
    const d = new Date(2000, 0, 1);
    d.setFullYear(w.year, w.month - 1, w.day);
    d.setHours(w.hour, w.minute, w.second, w.ms);
    return d.getTime();
  }
  // A custom function's date arguments come through here one by one (50,000 of them in the batching
  // test), so the zone is told from the process's once, not for each of the four offsets.
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  const first = asUtc - otherZoneOffset(asUtc, zone);
  const second = asUtc - otherZoneOffset(first, zone);
  return otherZoneOffset(second, zone) === otherZoneOffset(first, zone) ? second : Math.max(first, second);
}

/** Validates a zone id, throwing `Invalid time zone: X` for an unknown one. */
export function checkZone(zone: string): string {
  if (fixedOffsetMs(zone) === undefined) formatterFor(zone);
  return zone;
}

const MANIFEST = [
  fileURLToPath(new URL('../../dist/apps-script/appsscript.json', import.meta.url)),
  fileURLToPath(new URL('../../apps-script/appsscript.json', import.meta.url)),
];

/** The script zone the add-on ships with: the built manifest's `timeZone` (the source's before a build). */
export function manifestTimeZone(): string {
  const file = MANIFEST.find((path) => existsSync(path)) as string;
  const zone = (JSON.parse(readFileSync(file, 'utf8')) as { timeZone?: unknown }).timeZone;
  if (typeof zone !== 'string' || zone === '') throw new Error(`${file} has no "timeZone"; Apps Script needs one`);
  return zone;
}

// Every 10 days from 1970 to 2050: any zone rule that differs shows in one of them.
const SAMPLES = Array.from({ length: 2923 }, (_, i) => i * 864_000_000);
const sameZones = new Map<string, boolean>();

/**
 * Apps Script runs the script's local-time Date methods (`getHours()`, `new Date(y, m, d)`) in
 * the script's zone; the add-on's realm here shares the process's zone, so the two must be the
 * same zone for the fake to be faithful. Throws, saying how to fix it, when they differ.
 */
export function checkProcessZone(scriptZone: string): void {
  const processZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const key = `${scriptZone}|${processZone}|${process.env.TZ}`;
  let same = sameZones.get(key);
  if (same === undefined) {
    same = scriptZone === processZone || SAMPLES.every((ms) => offsetMsAt(ms, scriptZone) === -new Date(ms).getTimezoneOffset() * 60_000);
    sameZones.set(key, same);
  }
  if (!same) {
    throw new Error(
      `createRuntime: the script's zone is ${scriptZone} but this process runs in ${processZone}; the add-on's local-time Date methods would use the wrong zone. ` +
        `Run with TZ=${scriptZone} (vitest.config.ts sets it for the workbook tests), or pass scriptTimeZone: '${processZone}'. ` +
        'The spreadsheet\'s own zone is the timeZone option and may differ.',
    );
  }
}
