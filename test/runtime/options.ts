/**
 * Checks `createRuntime` options and fills in defaults, failing early with a message that names
 * the bad option (a test set up wrongly should say so, not fail later in some fake).
 */
import type { ResolvedOptions } from './context.js';
import { checkProcessZone, checkZone, manifestTimeZone } from './time-zone.js';

/** Sheets allows 10 million cells; a larger default grid makes no sense. */
const MAX_GRID_ROWS = 10_000_000;
const MAX_GRID_COLUMNS = 18_278;

interface Options {
  timeZone?: unknown;
  scriptTimeZone?: unknown;
  now?: unknown;
  user?: unknown;
  owner?: unknown;
  spreadsheetName?: unknown;
  maxRows?: unknown;
  maxColumns?: unknown;
  htmlDir?: unknown;
}

function fail(option: string, why: string, value: unknown): never {
  throw new Error(`createRuntime: options.${option} ${why}, got ${JSON.stringify(value) ?? String(value)}`);
}

function text(options: Options, key: keyof Options, fallback: string, allowEmpty: boolean): string {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || (!allowEmpty && value.trim() === '')) fail(key, allowEmpty ? 'must be a string' : 'must be a non-empty string', value);
  return value;
}

function count(options: Options, key: 'maxRows' | 'maxColumns', fallback: number, max: number): number {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) fail(key, `must be an integer from 1 to ${max}`, value);
  return value;
}

export function checkOptions(options: Options, defaultHtmlDir: string): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new Error('createRuntime: options must be an object');
  const timeZone = text(options, 'timeZone', 'America/New_York', false);
  try {
    checkZone(timeZone);
  } catch {
    fail('timeZone', 'must be an IANA zone such as America/New_York or GMT+4:00', timeZone);
  }
  if (typeof options.now !== 'function') {
    fail('now', 'is required and must be a function returning a Date (the runtime never reads the machine\'s clock on its own), e.g. () => new Date("2026-11-23T15:00:00Z")', options.now);
  }
  const scriptTimeZone = text(options, 'scriptTimeZone', manifestTimeZone(), false);
  try {
    checkZone(scriptTimeZone);
  } catch {
    fail('scriptTimeZone', 'must be an IANA zone such as Etc/UTC or GMT+4:00', scriptTimeZone);
  }
  checkProcessZone(scriptTimeZone);
  return {
    timeZone,
    scriptTimeZone,
    user: text(options, 'user', 'owner@example.com', true),
    owner: text(options, 'owner', 'owner@example.com', false),
    spreadsheetName: text(options, 'spreadsheetName', 'OKR tracker', false),
    maxRows: count(options, 'maxRows', 1000, MAX_GRID_ROWS),
    maxColumns: count(options, 'maxColumns', 26, MAX_GRID_COLUMNS),
    htmlDir: text(options, 'htmlDir', defaultHtmlDir, false),
  };
}
