/**
 * A tracker for tests: the built Code.js loaded into a fresh local runtime, with the add-on's
 * own "Set up tracker with examples" run at a fixed clock. Each test gets its own runtime.
 *
 * Set up through the formula engine takes seconds, and almost every test starts from the same
 * tracker: so the first tracker of each kind (the runtime options and the clock it is set up
 * at) is set up for real, and the next ones in the same worker start from its snapshot
 * (runtime.toJSON(), as the demo saves its tracker). A snapshot keeps every sheet, cell,
 * format, rule, protection, chart and property; test/add-on/snapshot-start.test.ts checks that
 * a restored tracker equals a freshly set-up one. set-up.test.ts and menu.test.ts still run the
 * real Set up from an empty spreadsheet.
 */
import { afterEach } from 'vitest';
import { createRuntime, type Runtime, type RuntimeOptions } from '../runtime/index.js';
import { loadAddOn, type AddOn } from '../runtime/load-add-on.js';
import type { SetUpReport } from '../../apps-script/actions/set-up.js';
import { instantOf, zoneNamed } from '../../shared/zone.js';

/** The spreadsheet's zone unless a test gives another (the runtime's default). */
export const SHEET_ZONE = zoneNamed('America/New_York');

/**
 * The instant of a wall-clock time in `zone` (month 1–12): the Date a date cell of a spreadsheet
 * in that zone holds. The tests run in the script's zone (UTC), so `new Date(y, m, d)` would not do.
 */
/** The calendar day (`YYYY-MM-DD`) and time of `date` in `zone`, read by Intl: independent of the add-on's own date code. */
export function wallTime(date: Date | number, zone = SHEET_ZONE.name): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The calendar day of `date` in `zone`, `YYYY-MM-DD`. */
export const dayIn = (date: Date | number, zone = SHEET_ZONE.name): string => wallTime(date, zone).slice(0, 10);

export function sheetDate(year: number, month: number, day: number, hour = 0, minute = 0, zone = SHEET_ZONE): Date {
  return new Date(instantOf(Date.UTC(year, month - 1, day, hour, minute), zone));
}

/** 2026-11-23 10:00 in the spreadsheet's default zone (America/New_York): a Monday in 2026-Q4. */
export const NOW = new Date('2026-11-23T15:00:00Z');

export interface Tracker {
  runtime: Runtime;
  addOn: AddOn;
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet;
  /** Values of a sheet's column by header, rows 2… (trailing blanks trimmed). */
  column(sheet: string, header: string): unknown[];
  /** A sheet's rows as records keyed by header, rows with an ID only. */
  records(sheet: string): Record<string, unknown>[];
  setUp(withExamples?: boolean, answer?: boolean): SetUpReport;
}

/** Snapshots of trackers just set up with examples, per worker, by `preparedKey`. */
const prepared = new Map<string, unknown>();

/** What a set-up tracker depends on: the runtime options and the clock; undefined when that cannot be told (a clock function). */
function preparedKey(options: Partial<RuntimeOptions>, now: Date): string | undefined {
  if (options.now !== undefined) return undefined;
  return JSON.stringify({ ...options, now: now.getTime() });
}

export function newTracker(options: { examples?: boolean; runtime?: Partial<RuntimeOptions>; now?: Date; fresh?: boolean } = {}): Tracker {
  const now = options.now ?? NOW;
  const examples = options.examples !== false;
  const key = examples && options.fresh !== true ? preparedKey(options.runtime ?? {}, now) : undefined;
  const saved = key === undefined ? undefined : prepared.get(key);
  const runtime = createRuntime({ now: () => new Date(now), ...options.runtime }, saved);
  const addOn = loadAddOn(runtime);
  const spreadsheet = runtime.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const values = (sheet: string) => {
    const found = spreadsheet.getSheetByName(sheet);
    if (found === null) throw new Error(`no sheet ${sheet}`);
    return found.getDataRange().getValues();
  };
  const tracker: Tracker = {
    runtime,
    addOn,
    spreadsheet,
    column(sheet, header) {
      const all = values(sheet);
      const index = all[0].findIndex((h) => String(h).trim() === header);
      if (index < 0) throw new Error(`no column ${header} on ${sheet}`);
      const column = all.slice(1).map((row) => row[index]);
      while (column.length > 0 && column[column.length - 1] === '') column.pop();
      return column;
    },
    records(sheet) {
      const [header, ...rows] = values(sheet);
      return rows
        .filter((row) => row[0] !== '')
        .map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
    },
    setUp(withExamples = true, answer = true) {
      const bundle = addOn.okrSheets;
      return bundle.setUpTracker(spreadsheet, bundle.silentDialogs(answer), runtime.clock.now().getTime(), withExamples);
    },
  };
  if (examples && saved === undefined) {
    tracker.setUp(true);
    if (key !== undefined) prepared.set(key, runtime.toJSON());
  }
  return tracker;
}

/** Publishes the tracker with a known token. */
export function publish(tracker: Tracker, token = 'test-token-0123456789'): string {
  (tracker.runtime.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties().setProperty('okrSheets.feedToken', token);
  return token;
}

/**
 * The web app's parsed JSON answer: a feed, `{ unchanged }`, a check-in answer or an error,
 * depending on the request. Each test asserts the shape it expects, so no one type fits.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the answer's shape is what the test asserts
type WebAppAnswer = any;

export function get(tracker: Tracker, query: Record<string, string>): WebAppAnswer {
  const url = new URL('http://x/exec');
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const parameter = Object.fromEntries(url.searchParams);
  const output = tracker.addOn.doGet({ queryString: url.search.slice(1), parameter, parameters: {}, contextPath: '', contentLength: -1 });
  return JSON.parse(output.getContent());
}

export function post(tracker: Tracker, body: unknown): WebAppAnswer {
  const contents = typeof body === 'string' ? body : JSON.stringify(body);
  const output = tracker.addOn.doPost({
    queryString: '',
    parameter: {},
    parameters: {},
    contextPath: '',
    contentLength: contents.length,
    postData: { length: contents.length, type: 'text/plain', contents, name: 'postData' },
  });
  return JSON.parse(output.getContent());
}

/** `newTracker` for a test file: every tracker made in a test is destroyed after that test. */
export function trackersPerTest(): (options?: Parameters<typeof newTracker>[0]) => Tracker {
  let made: Tracker[] = [];
  afterEach(() => {
    for (const t of made) t.runtime.destroy();
    made = [];
  });
  return (options) => {
    const t = newTracker(options);
    made.push(t);
    return t;
  };
}
