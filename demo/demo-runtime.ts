/**
 * The demo's spreadsheet: the local runtime with the built Code.js loaded, a new example
 * tracker published with the demo token, or the one saved by an earlier run. Saved by writing
 * a temporary file and renaming it, so a crash mid-write never leaves half a tracker behind.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRuntime, type Runtime } from '../test/runtime/index.js';
import { loadAddOn, type AddOn } from '../test/runtime/load-add-on.js';
import { checkZone, manifestTimeZone } from '../test/runtime/time-zone.js';
import { realClock } from './real-clock.js';
import { EXAMPLE_LOG_DAYS } from '../apps-script/template/examples.js';
import { SETTINGS_HEADER } from '../apps-script/template/settings.js';
import { addCalendarDays, startOfDay } from '../shared/dates.js';
import { quarterOf } from '../shared/period.js';
import { SETTING_LABELS, SHEETS } from '../shared/tracker-layout.js';
import { zoneNamed } from '../shared/zone.js';

export const DEMO_TOKEN = 'demo';
const TOKEN_PROPERTY = 'okrSheets.feedToken';

export interface DemoRuntimeOptions {
  /** Where the tracker is saved; omitted = kept in memory only. */
  dataFile?: string;
  /** Start from a new example tracker even when a saved one exists. */
  fresh?: boolean;
  /**
   * Start from this tracker (a runtime's `toJSON()`) instead of setting up a new one, unless a
   * saved one is read from `dataFile`: the tests' way to skip the seconds Set up takes.
   */
  snapshot?: unknown;
  /** The clock; default the machine's (demo/real-clock.ts). */
  now?: () => Date;
  /** The demo spreadsheet's zone (an IANA name); default the machine's zone. */
  timeZone?: string;
  code?: string;
}

/** A demo cycle's length, as long as a quarter's, and how far into it a new demo tracker is. */
const DEMO_CYCLE_WEEKS = 13;
const DEMO_CYCLE_WEEKS_GONE = 8;

/**
 * Set up keeps only the examples' check-ins made since the period began, and they reach back
 * EXAMPLE_LOG_DAYS: in a quarter's first weeks a new demo tracker would have blank grades and no
 * check-in due, a demo of nothing (and the browser tests, which run the demo at today's date,
 * would fail each January, April, July and October). Then the demo's period is a cycle of its own
 * instead of the quarter, 13 weeks that began 8 weeks ago, written to Settings before Set up,
 * which keeps a period it finds. Later in a quarter it is the quarter, as Set up makes it.
 */
function keepExamplesInPeriod(spreadsheet: Runtime['spreadsheet'], now: number, timeZone: string): void {
  const zone = zoneNamed(timeZone);
  const today = startOfDay(now, zone);
  if (addCalendarDays(quarterOf(now, zone).start, EXAMPLE_LOG_DAYS, zone) <= today) return;
  const start = addCalendarDays(today, -7 * DEMO_CYCLE_WEEKS_GONE, zone);
  const end = addCalendarDays(start, 7 * DEMO_CYCLE_WEEKS - 1, zone);
  const settings = spreadsheet.insertSheet(SHEETS.settings);
  settings.getRange(1, 1, 4, SETTINGS_HEADER.length).setValues([
    [...SETTINGS_HEADER],
    [SETTING_LABELS.periodName, 'Demo cycle', ''],
    [SETTING_LABELS.periodStart, new Date(start), ''],
    [SETTING_LABELS.periodEnd, new Date(end), ''],
  ]);
}

// Read once, before the demo adopts the script's zone for its process (below).
let machineZone: string | undefined;

/** The zone this machine runs in, as it was before the demo adopted the script's. */
export function machineTimeZone(): string {
  machineZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  return machineZone;
}

/**
 * Apps Script runs the script's local-time Date methods in the script's zone (the manifest's),
 * whatever machine serves it; so does the demo, by moving its own process into that zone.
 * Node applies a changed TZ to every Date from then on. The machine's zone is only the default
 * for the spreadsheet's.
 */
function adoptScriptZone(): void {
  machineTimeZone();
  const zone = manifestTimeZone();
  if (process.env.TZ !== zone) process.env.TZ = zone;
}

function loadSnapshot(file: string | undefined, fresh: boolean | undefined): unknown {
  if (file === undefined || fresh || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function saveRuntime(runtime: Runtime, file: string | undefined): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(runtime.toJSON()));
  renameSync(temporary, file);
}

/** A runtime holding the example tracker, published with the demo token. */
export function demoRuntime(options: DemoRuntimeOptions = {}): { runtime: Runtime; addOn: AddOn; created: boolean } {
  const timeZone = options.timeZone ?? machineTimeZone();
  try {
    checkZone(timeZone);
  } catch {
    throw new Error(`Unknown time zone "${timeZone}": give an IANA name such as Europe/Berlin or America/New_York.`);
  }
  adoptScriptZone();
  const snapshot = loadSnapshot(options.dataFile, options.fresh) ?? options.snapshot;
  const runtime = createRuntime({ now: options.now ?? realClock, timeZone, spreadsheetName: 'OKR tracker (demo)' }, snapshot);
  // A saved tracker keeps its dates as days, as Sheets does when File → Settings changes the zone.
  runtime.spreadsheet.setSpreadsheetTimeZone(timeZone);
  const addOn = loadAddOn(runtime, options.code);
  if (snapshot === undefined) {
    const now = runtime.clock.now().getTime();
    const bundle = addOn.okrSheets;
    keepExamplesInPeriod(runtime.spreadsheet, now, timeZone);
    bundle.setUpTracker(runtime.spreadsheet, bundle.silentDialogs(true), now, true);
    (runtime.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties().setProperty(TOKEN_PROPERTY, DEMO_TOKEN);
    saveRuntime(runtime, options.dataFile);
  }
  return { runtime, addOn, created: snapshot === undefined };
}
