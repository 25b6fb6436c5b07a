/**
 * A small hand-written validator for the feed contract (`feed.ts`), shipped in the extension
 * bundle: nothing from the network is stored or shown before it passes. It says the same as
 * `feed.schema.json` (a test checks the two agree with ajv) and answers with readable problems,
 * e.g. `keyResults[2].grade: expected a number from 0 to 1 or null, got "abc"`.
 * Unknown fields are allowed everywhere, so the web app can add fields without breaking
 * extensions already installed.
 */
import { FEED_VERSION, KEY_RESULT_STATUSES, KPI_STATUSES } from './feed.js';
import { SHEET_URL_PATTERN } from './sheet-url.js';
import type { CheckInResponse, Feed, FeedKeyResult, FeedUnchanged } from './feed.js';

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

interface Check {
  readonly expected: string;
  /** Set for single values: lets `nullable` fold "or null" into one message. */
  readonly accepts?: (value: unknown) => boolean;
  run(value: unknown, path: string, problems: string[]): void;
}

/** A value as a message quotes it: short, and never more than 40 characters of text. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return String(value);
}

function single(expected: string, accepts: (value: unknown) => boolean): Check {
  return {
    expected,
    accepts,
    run(value, path, problems) {
      if (!accepts(value)) problems.push(`${path}: expected ${expected}, got ${describeValue(value)}`);
    },
  };
}

function nullable(check: Check): Check {
  const { accepts } = check;
  if (accepts !== undefined) return single(`${check.expected} or null`, (value) => value === null || accepts(value));
  return { expected: `${check.expected} or null`, run: (value, path, problems) => value === null || check.run(value, path, problems) };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function object(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  return {
    expected: 'an object',
    run(value, path, problems) {
      if (!isObject(value)) {
        problems.push(`${path}: expected an object, got ${describeValue(value)}`);
        return;
      }
      for (const [key, check] of Object.entries(fields)) {
        const at = path === '' ? key : `${path}.${key}`;
        if (!(key in value)) {
          if (!optional.includes(key)) problems.push(`${at}: missing (expected ${check.expected})`);
        } else check.run(value[key], at, problems);
      }
    },
  };
}

function list(item: Check): Check {
  return {
    expected: 'a list',
    run(value, path, problems) {
      if (!Array.isArray(value)) problems.push(`${path}: expected a list, got ${describeValue(value)}`);
      else value.forEach((entry, index) => item.run(entry, `${path}[${index}]`, problems));
    },
  };
}

// The same patterns appear in feed.schema.json. Dates are `YYYY-MM-DD`; a field that may hold a
// time takes full ISO 8601 with seconds and a zone, as `Date.prototype.toISOString` writes it.
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const DATE_OR_TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?$';
/** A link the extension may open: shared/feed/sheet-url.ts says which. */

const text = single('text', (value) => typeof value === 'string');
const id = single('a non-empty text ID', (value) => typeof value === 'string' && value.length > 0);
const number = single('a number', isNumber);
const fraction = single('a number from 0 to 1', (value) => isNumber(value) && value >= 0 && value <= 1);
const weight = single('a number of at least 0', (value) => isNumber(value) && value >= 0);
const boolean = single('true or false', (value) => typeof value === 'boolean');
function matching(expected: string, pattern: string): Check {
  const regex = new RegExp(pattern, 'u');
  return single(expected, (value) => typeof value === 'string' && regex.test(value));
}
const date = matching('a date YYYY-MM-DD', DATE_PATTERN);
const dateOrTime = matching('a date YYYY-MM-DD or an ISO 8601 time', DATE_OR_TIME_PATTERN);
const oneOf = (values: readonly string[]) => single(`one of ${values.join(', ')}`, (value) => typeof value === 'string' && values.includes(value));

const status = nullable(oneOf(KEY_RESULT_STATUSES));

const confidence = single('a number from 1 to 10', (value) => isNumber(value) && value >= 1 && value <= 10);
const webUrl = matching('a Google Sheets address (https://docs.google.com/spreadsheets/…) or the local demo\'s (http://127.0.0.1:<port>/…)', SHEET_URL_PATTERN);
const weeklyGrades = list(nullable(fraction));
const kpiStatus = nullable(oneOf(KPI_STATUSES));

const historyPoint = object({
  time: dateOrTime,
  value: single('a number or text', (value) => isNumber(value) || typeof value === 'string'),
  grade: nullable(fraction),
  confidence: nullable(confidence),
  note: nullable(text),
  by: nullable(text),
});

const finding = object(
  { kind: matching('a kebab-case kind', '^[a-z0-9]+(-[a-z0-9]+)*$'), id: text, message: text, link: nullable(webUrl) },
  ['link'],
);

/** Fields added to version 1 after its first release: an older web app sends none of them. */
const KEY_RESULT_ADDITIONS = ['history', 'weekly', 'expected', 'forecastGrade', 'needsPerWeek', 'confidence', 'kpi', 'link'];

const keyResult = object({
  id,
  objective: nullable(text),
  title: text,
  owner: nullable(text),
  type: nullable(text),
  unit: nullable(text),
  start: nullable(number),
  target: nullable(number),
  current: nullable(single('a number or text', (value) => isNumber(value) || typeof value === 'string')),
  weight: nullable(weight),
  grade: nullable(fraction),
  status,
  forecast: nullable(number),
  cadence: nullable(text),
  lastCheckIn: nullable(dateOrTime),
  nextCheckIn: nullable(date),
  due: boolean,
  history: list(historyPoint),
  weekly: weeklyGrades,
  expected: nullable(fraction),
  forecastGrade: nullable(fraction),
  needsPerWeek: nullable(number),
  confidence: nullable(confidence),
  kpi: nullable(text),
  link: nullable(webUrl),
}, KEY_RESULT_ADDITIONS);

const feed = object({
  version: single(`the number ${FEED_VERSION}`, (value) => value === FEED_VERSION),
  revision: single('a non-empty text', (value) => typeof value === 'string' && value.length > 0),
  minRefreshMinutes: single('a number of at least 1', (value) => isNumber(value) && value >= 1),
  tracker: object({ name: text, url: nullable(webUrl) }),
  generatedAt: dateOrTime,
  period: object(
    {
      name: text,
      start: nullable(dateOrTime),
      end: nullable(dateOrTime),
      weeks: list(date),
      success: single('a number above 0 and up to 1', (value) => isNumber(value) && value > 0 && value <= 1),
      ended: boolean,
      reviewPeriod: nullable(text),
      toReview: single('a whole number of at least 0', (value) => Number.isInteger(value) && (value as number) >= 0),
      reviewLink: nullable(webUrl),
    },
    ['weeks', 'success', 'ended', 'reviewPeriod', 'toReview', 'reviewLink'],
  ),
  objectives: list(
    object({ id, title: text, owner: nullable(text), parent: nullable(text), grade: nullable(fraction), status, weekly: weeklyGrades }, ['weekly']),
  ),
  keyResults: list(keyResult),
  kpis: list(
    object({
      id,
      title: text,
      owner: nullable(text),
      value: nullable(number),
      low: nullable(number),
      high: nullable(number),
      status: kpiStatus,
      updated: nullable(dateOrTime),
      weekly: list(nullable(number)),
      weeklyStatus: list(kpiStatus),
    }, ['weekly', 'weeklyStatus']),
  ),
  findings: list(finding),
}, ['revision', 'minRefreshMinutes', 'findings']);

const checkInResponse = object(
  {
    ok: single('true', (value) => value === true),
    checkIn: object({ id, requestId: id, value: single('a number or text', (value) => isNumber(value) || typeof value === 'string') }),
    keyResult: nullable(keyResult),
    duplicate: boolean,
    since: list(object({ time: dateOrTime, id, value: single('a number or text', (value) => isNumber(value) || typeof value === 'string'), by: nullable(text) })),
  },
  ['duplicate', 'since'],
);

const unchanged = object({
  unchanged: single('true', (value) => value === true),
  revision: single('a non-empty text', (value) => typeof value === 'string' && value.length > 0),
});

function validateWith<T>(check: Check, value: unknown): Validation<T> {
  const problems: string[] = [];
  check.run(value, '', problems);
  // A top-level problem has an empty path; say what it is about instead.
  const readable = problems.map((problem) => (problem.startsWith(': ') ? `the answer${problem}` : problem));
  return readable.length === 0 ? { ok: true, value: value as T } : { ok: false, problems: readable };
}

/** Checks a parsed feed; the problems list every field that breaks the contract. */
export function validateFeed(value: unknown): Validation<Feed> {
  return validateWith<Feed>(feed, value);
}

export function validateKeyResult(value: unknown): Validation<FeedKeyResult> {
  return validateWith<FeedKeyResult>(keyResult, value);
}

/** Checks the answer to `?since=<revision>` that says the reader's copy is current. */
export function validateUnchanged(value: unknown): Validation<FeedUnchanged> {
  return validateWith<FeedUnchanged>(unchanged, value);
}

/** Checks the success answer to a check-in POST (error answers are recognised before this). */
export function validateCheckInResponse(value: unknown): Validation<CheckInResponse> {
  return validateWith<CheckInResponse>(checkInResponse, value);
}

const LOCAL_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost):\d{1,5}$/;

/** Every link of a valid feed: the tracker's, the review's, each key result's and each finding's. */
function linksOf(feed: Feed): string[] {
  const links = [feed.tracker.url, feed.period.reviewLink, ...feed.keyResults.map((kr) => kr.link), ...(feed.findings ?? []).map((f) => f.link)];
  return links.filter((link): link is string => typeof link === 'string');
}

/**
 * The feed's loopback links whose origin is not the feed's own (`feedUrl`, the address it was
 * fetched from): the demo's pages are on its own origin, and another port on this machine is
 * another program. A feed with any is refused, as one with a foreign site is.
 */
export function foreignLocalLinks(feed: Feed, feedUrl: string): string[] {
  let own: string;
  try {
    own = new URL(feedUrl).origin;
  } catch {
    own = '';
  }
  return linksOf(feed).filter((link) => {
    const origin = new URL(link).origin;
    return LOCAL_ORIGIN.test(origin) && origin !== own;
  });
}
