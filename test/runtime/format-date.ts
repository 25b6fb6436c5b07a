/**
 * `Utilities.formatDate` patterns: Java SimpleDateFormat (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)), e.g.
 * `yyyy-MM-dd'T'HH:mm:ssXXX`. Like Java, an unknown zone id silently means GMT. Week-based
 * fields (w, W, F, Y) are not supported and throw.
 */
import { fixedOffsetMs, offsetMsAt, wallClockOf } from './time-zone.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKEN = /'(?:[^']|'')*'|([A-Za-z])\1*|./g;

/** The zone Java would use: the id if known, else GMT. */
function javaZone(zone: string): string {
  if (fixedOffsetMs(zone) !== undefined) return zone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return zone;
  } catch {
    return 'GMT';
  }
}

function pad(n: number, width: number): string {
  return String(Math.abs(n)).padStart(width, '0');
}

function offsetText(offsetMs: number, style: 'basic' | 'extended' | 'hours'): string {
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMs) / 60_000;
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (style === 'hours') return `${sign}${hh}`;
  return style === 'basic' ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

function zoneName(ms: number, zone: string, offsetMs: number): string {
  if (fixedOffsetMs(zone) !== undefined) return `GMT${offsetText(offsetMs, 'extended')}`;
  const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName');
  return part?.value ?? zone;
}

function dayOfYear(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - Date.UTC(year, 0, 1)) / 86_400_000 + 1;
}

export function formatJavaDate(ms: number, zoneId: string, pattern: string): string {
  const zone = javaZone(zoneId);
  const w = wallClockOf(ms, zone);
  const offset = offsetMsAt(ms, zone);
  let out = '';
  for (const match of pattern.matchAll(TOKEN)) {
    const token = match[0];
    const letter = match[1];
    const n = token.length;
    if (token.startsWith("'")) {
      out += token === "''" ? "'" : token.slice(1, -1).replace(/''/g, "'");
      continue;
    }
    switch (letter) {
      case 'G': out += w.year > 0 ? 'AD' : 'BC'; break;
      case 'y': out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n); break;
      case 'M':
      case 'L': out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n); break;
      case 'd': out += pad(w.day, n); break;
      case 'D': out += pad(dayOfYear(w.year, w.month, w.day), n); break;
      case 'E': out += n >= 4 ? DAYS[w.weekday] : DAYS[w.weekday].slice(0, 3); break;
      case 'u': out += pad(w.weekday === 0 ? 7 : w.weekday, n); break;
      case 'a': out += w.hour < 12 ? 'AM' : 'PM'; break;
      case 'H': out += pad(w.hour, n); break;
      case 'k': out += pad(w.hour === 0 ? 24 : w.hour, n); break;
      case 'K': out += pad(w.hour % 12, n); break;
      case 'h': out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n); break;
      case 'm': out += pad(w.minute, n); break;
      case 's': out += pad(w.second, n); break;
      case 'S': out += pad(w.ms, n); break;
      case 'z': out += zoneName(ms, zone, offset); break;
      case 'Z': out += offsetText(offset, 'basic'); break;
      case 'X': out += offset === 0 ? 'Z' : offsetText(offset, n === 1 ? 'hours' : n === 2 ? 'basic' : 'extended'); break;
      case undefined: out += token; break;
      default: throw new Error(`Illegal pattern character '${letter}'`);
    }
  }
  return out;
}
