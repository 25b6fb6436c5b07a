/**
 * Sheets number formats (https://developers.google.com/sheets/api/guides/formats), enough of
 * them for `getDisplayValues()` and to tell date cells from number cells. Differences: one
 * locale (en-US), no colours, no fractions, no `*`/`_` padding, no conditions like `[>100]`.
 */
import { serialToWallClock } from './serial.js';

export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';
export const DEFAULT_DATE_FORMAT = 'M/d/yyyy';
export const DEFAULT_TIME_FORMAT = 'h:mm:ss am/pm';

/** The pattern without quoted literals, escapes and colour/currency brackets (keeps `[h]`). */
function bare(pattern: string): string {
  return pattern.replace(/"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi, '');
}

const dateFormats = new Map<string, boolean>();

/** A pattern with date or time tokens (y, d, m, h, s): its cells read back as Dates. */
export function isDateFormat(pattern: string | undefined): boolean {
  if (pattern === undefined || pattern === '' || pattern === '@') return false;
  let known = dateFormats.get(pattern);
  if (known === undefined) {
    known = /[dmyhs]/i.test(bare(pattern).replace(/general/gi, '').replace(/e[+-]/gi, ''));
    dateFormats.set(pattern, known);
  }
  return known;
}

export function isTextFormat(pattern: string | undefined): boolean {
  return pattern === '@';
}

/** "Automatic" display of a number: up to 10 significant digits, like Sheets' default. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  if (value !== 0 && (Math.abs(value) >= 1e15 || Math.abs(value) < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(9).split('e');
    const trimmed = mantissa.replace(/\.?0+$/, '');
    const exp = Number(exponent);
    return `${trimmed}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  const digits = Math.max(1, 10 - Math.max(0, Math.floor(Math.log10(Math.abs(value))) + 1));
  return String(Number(value.toFixed(Math.min(digits, 10))));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DATE_TOKEN = /"[^"]*"|\\.|\[h+\]|\[m+\]|\[s+\]|y+|m+|d+|h+|s+|\.0+|am\/pm|a\/p|./gi;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formats a serial number with a date/time pattern. */
function formatDateSerial(serial: number, pattern: string): string {
  const w = serialToWallClock(serial);
  const tokens = pattern.match(DATE_TOKEN) ?? [];
  const twelveHour = /am\/pm|a\/p/i.test(bare(pattern));
  let out = '';
  let lastWasHour = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const lower = token.toLowerCase();
    const c = lower[0];
    if (token.startsWith('"')) out += token.slice(1, -1);
    else if (token.startsWith('\\')) out += token.slice(1);
    else if (c === 'y') out += lower.length <= 2 ? pad(w.year % 100, 2) : String(w.year);
    else if (c === 'd') out += lower.length === 1 ? w.day : lower.length === 2 ? pad(w.day, 2) : lower.length === 3 ? DAYS[w.weekday].slice(0, 3) : DAYS[w.weekday];
    else if (c === 'h') {
      const hour = twelveHour ? ((w.hour + 11) % 12) + 1 : w.hour;
      out += lower.length >= 2 ? pad(hour, 2) : String(hour);
    } else if (c === 'm') {
      const nextIsSecond = tokens.slice(i + 1).find((t) => /^[a-z]/i.test(t) && !/^(am\/pm|a\/p)$/i.test(t))?.[0]?.toLowerCase() === 's';
      if ((lastWasHour || nextIsSecond) && lower.length <= 2) out += lower.length === 2 ? pad(w.minute, 2) : String(w.minute);
      else if (lower.length === 1) out += w.month;
      else if (lower.length === 2) out += pad(w.month, 2);
      else if (lower.length === 3) out += MONTHS[w.month - 1].slice(0, 3);
      else if (lower.length === 5) out += MONTHS[w.month - 1][0];
      else out += MONTHS[w.month - 1];
    } else if (c === 's') out += lower.length >= 2 ? pad(w.second, 2) : String(w.second);
    else if (lower.startsWith('.0')) out += `.${pad(w.ms, 3).slice(0, lower.length - 1)}`;
    else if (lower === 'am/pm') out += w.hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += w.hour < 12 ? 'A' : 'P';
    else if (lower.startsWith('[h')) out += String(Math.floor(serial * 24));
    else if (lower.startsWith('[m')) out += String(Math.floor(serial * 1440));
    else if (lower.startsWith('[s')) out += String(Math.floor(serial * 86400));
    else out += token;
    if (/^[a-z]/i.test(token) && !/^(am\/pm|a\/p)$/i.test(token)) lastWasHour = c === 'h';
  }
  return out;
}

function literalText(text: string): string {
  return text.replace(/"([^"]*)"|\\(.)/g, (_, quoted: string | undefined, escaped: string | undefined) => quoted ?? escaped ?? '');
}

/** Formats a number with a numeric pattern such as `0.00`, `#,##0`, `0%` or `$#,##0.00`. */
function formatNumber(value: number, pattern: string): string {
  const sections = pattern.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  let section = sections[0];
  let number = value;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    number = -value;
  } else if (value === 0 && sections.length > 2) section = sections[2];
  const code = bare(section);
  const first = code.search(/[0#?]/);
  if (first < 0) return literalText(section);
  const placeholders = /[0#?.,]+(?:[eE][+-][0#]+)?/.exec(code.slice(first))?.[0] ?? '';
  const prefix = literalText(section.slice(0, section.indexOf(placeholders[0] ?? '')));
  const suffix = literalText(section.slice(section.indexOf(placeholders) + placeholders.length));
  if (code.includes('%')) number *= 100;
  const [intPart, fracPart = ''] = placeholders.split('.');
  const decimals = fracPart.replace(/[^0#?]/g, '').length;
  const minDecimals = fracPart.replace(/[^0]/g, '').length;
  let text = Math.abs(number).toFixed(decimals);
  if (decimals > minDecimals) text = text.replace(new RegExp(`0{1,${decimals - minDecimals}}$`), '').replace(/\.$/, '');
  const [integerDigits, fraction] = text.split('.');
  let whole = integerDigits;
  whole = whole.padStart(intPart.replace(/[^0]/g, '').length, '0');
  if (whole === '0' && !intPart.includes('0')) whole = '';
  if (intPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = number < 0 && Number(text) !== 0 ? '-' : '';
  return `${sign}${prefix}${whole}${fraction === undefined ? '' : `.${fraction}`}${suffix}`;
}

/** The text a cell shows: a number under its pattern, a boolean as TRUE/FALSE, text as is. */
export function displayText(value: unknown, pattern: string | undefined): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'number') return String(value);
  if (pattern === undefined || pattern === '' || /^general$/i.test(pattern) || pattern === '@') return formatGeneral(value);
  return isDateFormat(pattern) ? formatDateSerial(value, pattern) : formatNumber(value, pattern);
}
