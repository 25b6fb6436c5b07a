/**
 * The web app: the extension's API. Apps Script always answers HTTP 200 and cannot read
 * request headers, and browsers only skip the CORS preflight for GET and for POST with a
 * text/plain body (https://developers.google.com/apps-script/guides/web,
 * https://developer.mozilla.org/docs/Web/HTTP/CORS#simple_requests). So the token travels in the query
 * (GET) or the body (POST), and every answer, errors included, is a JSON body.
 * A reader that sends `?since=<revision>` of the copy it holds gets `{unchanged: true}` while
 * nothing changed and that revision is cached, answered from script properties and the cache
 * alone: no Spreadsheet call at all.
 */
import { constantTimeEqual, parseBody, readCheckIn } from '../shared/check-in/check-in-request.js';
import type { ApiError, ApiErrorCode, CheckInResponse, FeedUnchanged } from '../shared/feed/feed.js';
import { buildFeed } from '../shared/feed/feed-build.js';
import { formatLocalDate } from '../shared/dates.js';
import { messageOf } from '../shared/functions/array-args.js';
import { CheckInError, recordCheckIn } from './check-in-writer.js';
import { TrackerError } from './sheet-table.js';
import { readLatestReview, readTracker } from './tracker-reader.js';
import { cacheFeed, cachedFeed, cachedLabel, contentHash } from './feed-cache.js';
import { tryReconcile } from './recorded-fields.js';
import { feedToken, revision } from './script-state.js';
import { trackerIdentity } from './tracker-identity.js';
import { withScriptLock } from './ui.js';
import { MENU, menuPath } from '../shared/menu-path.js';
import { spreadsheetZone } from './spreadsheet-zone.js';
import { zoneNamed, type Zone } from '../shared/zone.js';

const LOCK_TIMEOUT_MS = 20_000;
/**
 * The poll interval the feed advises: every poll is an execution counted against the owner's
 * quotas (https://developers.google.com/apps-script/guides/services/quotas), and check-ins rarely come more often than daily.
 */
const MIN_REFRESH_MINUTES = 5;

class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function json(text: string): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(text).setMimeType(ContentService.MimeType.JSON);
}

function errorBody(code: ApiErrorCode, message: string, retry?: boolean): string {
  const body: ApiError = { error: retry === undefined ? { code, message } : { code, message, retry } };
  return JSON.stringify(body);
}

/** Runs a handler and turns every failure into a JSON error body: never an HTML error page. */
function respond(handler: () => string): GoogleAppsScript.Content.TextOutput {
  try {
    return json(handler());
  } catch (error) {
    if (error instanceof CheckInError) return json(errorBody(error.code, error.message, error.retry));
    if (error instanceof ApiFailure) return json(errorBody(error.code, error.message));
    if (error instanceof TrackerError) return json(errorBody('internal', error.message));
    const message = messageOf(error);
    if (/lock timeout/i.test(message)) return json(errorBody('conflict', 'The tracker is busy with another update: try again in a moment.'));
    // Logged for the owner's execution log; the message never holds the token (it is never put in one).
    console.error(`okr-sheets web app: ${message}`);
    return json(errorBody('internal', 'Something went wrong in the tracker; the owner can see the details in the Apps Script executions log.'));
  }
}

function checkToken(given: unknown): void {
  const expected = feedToken();
  if (expected === null || expected === '') {
    throw new ApiFailure('unauthorized', `This tracker is not published yet: in the sheet choose ${menuPath(MENU.publish)}`);
  }
  if (typeof given !== 'string' || given === '') throw new ApiFailure('unauthorized', 'The access token is missing: paste it into the extension\'s options.');
  if (!constantTimeEqual(given, expected)) {
    throw new ApiFailure('unauthorized', `The access token is wrong or was rotated: copy the current one from ${menuPath(MENU.publish)} in the sheet.`);
  }
}

const ZONE_KEY = 'feed:zone';
const ZONE_TTL_SECONDS = 600;

/**
 * The spreadsheet's zone, whose midnight starts the feed's "today". Remembered in the script
 * cache so that answering "unchanged" needs no Spreadsheet call; a zone changed in File →
 * Settings takes effect within ZONE_TTL_SECONDS.
 */
function feedZone(open: () => GoogleAppsScript.Spreadsheet.Spreadsheet): Zone {
  const cache = CacheService.getScriptCache();
  const known = cache.get(ZONE_KEY);
  if (known !== null) return zoneNamed(known);
  const zone = spreadsheetZone(open());
  cache.put(ZONE_KEY, zone.name, ZONE_TTL_SECONDS);
  return zone;
}

/**
 * The spreadsheet the script is bound to. Google's bound-script guide does not promise that
 * `getActiveSpreadsheet()` answers inside a web-app request
 * (https://developers.google.com/apps-script/guides/bound); when it does not, or when the
 * project is a standalone one (a .clasp.json pointing at a script made outside the sheet),
 * the answer names the fix instead of a bare "internal" (README, Troubleshooting).
 */
function boundSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet === null || spreadsheet === undefined) throw new ApiFailure('not-bound', NOT_BOUND_MESSAGE);
  return spreadsheet;
}

const NOT_BOUND_MESSAGE =
  'The web app has no spreadsheet: its script is not bound to one. Open the spreadsheet, choose Extensions → Apps Script, put that project\'s Script ID (Project Settings) in .clasp.json, then run npm run push and npm run deploy, and paste the new Feed URL.';

/**
 * The feed as JSON text and its revision label, from the cache when this counter and day were
 * built already. A build also reconciles the Adjustments log with Key Results (edits Google did
 * not report), when the lock comes at once.
 */
function feedText(open: () => GoogleAppsScript.Spreadsheet.Spreadsheet, rev: string, now: number): { text: string; label: string } {
  const day = formatLocalDate(now, feedZone(open));
  const cached = cachedFeed(rev, day);
  if (cached !== null) return cached;
  const spreadsheet = open();
  const env = { now, ...trackerIdentity(spreadsheet), review: readLatestReview(spreadsheet) };
  const snapshot = readTracker(spreadsheet);
  tryReconcile(spreadsheet, snapshot.keyResultValues, now);
  const { version, generatedAt, ...content } = buildFeed(snapshot.data, env);
  // The counter is read before the sheet: a write landing in between makes this copy newer than its label, never older.
  const body = JSON.stringify(content);
  const label = feedRevision(rev, day, contentHash(body));
  const head = JSON.stringify({ version, revision: label, minRefreshMinutes: MIN_REFRESH_MINUTES, generatedAt });
  const text = body === '{}' ? head : `${head.slice(0, -1)},${body.slice(1)}`;
  cacheFeed(rev, day, text, label);
  return { text, label };
}

/**
 * The feed's content revision: the counter every write and every reported edit bumps; the day,
 * because due flags, statuses and expected grades change at midnight without any write; and a
 * hash of the content, which changes when the sheet does even if no edit event came.
 */
function feedRevision(rev: string, day: string, hash: string): string {
  return `${rev}.${day}.${hash}`;
}

function unchanged(label: string): string {
  const answer: FeedUnchanged = { unchanged: true, revision: label, minRefreshMinutes: MIN_REFRESH_MINUTES };
  return JSON.stringify(answer);
}

export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return respond(() => {
    checkToken(e?.parameter?.token);
    const now = Date.now();
    const rev = revision();
    const since = e?.parameter?.since;
    const day = formatLocalDate(now, feedZone(boundSpreadsheet));
    if (since !== undefined && since !== '' && since === cachedLabel(rev, day)) return unchanged(since);
    const { text, label } = feedText(boundSpreadsheet, rev, now);
    // Rebuilt after the cache expired, yet the same content: the caller's copy is current.
    return since === label ? unchanged(label) : text;
  });
}

export function doPost(e: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  return respond(() => {
    const body = parseBody(e?.postData?.contents);
    if (!body.ok) throw new ApiFailure(body.code, body.message);
    checkToken(body.value.token);
    const input = readCheckIn(body.value);
    if (!input.ok) throw new ApiFailure(input.code, input.message);
    const by = input.value.by || Session.getActiveUser().getEmail() || 'browser extension';
    const result = withScriptLock(() => recordCheckIn(boundSpreadsheet(), { ...input.value, by }, Date.now()), LOCK_TIMEOUT_MS);
    const answer: CheckInResponse = {
      ok: true,
      checkIn: result.checkIn,
      keyResult: result.keyResult,
      kpi: result.kpi,
      ...(result.duplicate ? { duplicate: true } : {}),
      ...(result.since === undefined ? {} : { since: result.since }),
    };
    return JSON.stringify(answer);
  });
}
