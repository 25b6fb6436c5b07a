/**
 * The web app: the extension's API. Apps Script always answers HTTP 200 and cannot read
 * request headers, and browsers only skip the CORS preflight for GET and for POST with a
 * text/plain body (apps-script-facts 3.1, 3.2, section 7). So the token travels in the query
 * (GET) or the body (POST), and every answer, errors included, is a JSON body.
 * A reader that sends `?since=<revision>` of the copy it holds gets `{unchanged: true}` while
 * nothing changed and that revision is cached, answered from script properties and the cache
 * alone: no Spreadsheet call at all.
 */
import { constantTimeEqual, parseBody, readCheckIn } from '../shared/check-in-request.js';
import type { ApiError, ApiErrorCode, CheckInResponse, Feed, FeedUnchanged } from '../shared/feed.js';
import { buildFeed } from '../shared/feed-build.js';
import { formatLocalDate } from '../shared/dates.js';
import { messageOf } from '../shared/array-args.js';
import { CheckInError, recordCheckIn } from './check-in-writer.js';
import { TrackerError } from './sheet-table.js';
import { readLatestReview, readTracker } from './tracker-reader.js';
import { cacheFeed, cachedFeed, isFeedCached } from './feed-cache.js';
import { feedToken, revision } from './script-state.js';
import { trackerIdentity } from './tracker-identity.js';
import { withScriptLock } from './ui.js';
import { spreadsheetZone } from './spreadsheet-zone.js';
import { zoneNamed, type Zone } from '../shared/zone.js';

const LOCK_TIMEOUT_MS = 20_000;
/**
 * The poll interval the feed advises: every poll is an execution counted against the owner's
 * quotas (apps-script-facts 3.5), and check-ins rarely come more often than daily.
 */
export const MIN_REFRESH_MINUTES = 5;

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

function errorBody(code: ApiErrorCode, message: string): string {
  const body: ApiError = { error: { code, message } };
  return JSON.stringify(body);
}

/** Runs a handler and turns every failure into a JSON error body: never an HTML error page. */
function respond(handler: () => string): GoogleAppsScript.Content.TextOutput {
  try {
    return json(handler());
  } catch (error) {
    if (error instanceof ApiFailure || error instanceof CheckInError) return json(errorBody(error.code, error.message));
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
    throw new ApiFailure('unauthorized', 'This tracker is not published yet: in the sheet choose Extensions → okr-sheets → Publish for the browser extension…');
  }
  if (typeof given !== 'string' || given === '') throw new ApiFailure('unauthorized', 'The access token is missing: paste it into the extension\'s options.');
  if (!constantTimeEqual(given, expected)) {
    throw new ApiFailure('unauthorized', 'The access token is wrong or was rotated: copy the current one from Publish for the browser extension… in the sheet.');
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

/** The feed as JSON text, from the cache when this revision was built already. */
export function feedText(open: () => GoogleAppsScript.Spreadsheet.Spreadsheet, rev: string, now: number): string {
  const day = formatLocalDate(now, feedZone(open));
  const cached = cachedFeed(rev, day);
  if (cached !== null) return cached;
  const spreadsheet = open();
  const env = { now, ...trackerIdentity(spreadsheet), review: readLatestReview(spreadsheet) };
  const { version, ...content } = buildFeed(readTracker(spreadsheet).data, env);
  // The revision is read before the sheet: a write landing in between makes this copy newer than its label, never older.
  const feed: Feed = { version, revision: feedRevision(rev, day), minRefreshMinutes: MIN_REFRESH_MINUTES, ...content };
  const text = JSON.stringify(feed);
  cacheFeed(rev, day, text);
  return text;
}

/**
 * The feed's content revision: the counter every write bumps, and the day, because due flags,
 * statuses and expected grades change at midnight without any write.
 */
function feedRevision(rev: string, day: string): string {
  return `${rev}.${day}`;
}

export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return respond(() => {
    checkToken(e?.parameter?.token);
    const now = Date.now();
    const rev = revision();
    const day = formatLocalDate(now, feedZone(() => SpreadsheetApp.getActiveSpreadsheet()));
    const current = feedRevision(rev, day);
    if (e?.parameter?.since === current && isFeedCached(rev, day)) {
      const unchanged: FeedUnchanged = { unchanged: true, revision: current, minRefreshMinutes: MIN_REFRESH_MINUTES };
      return JSON.stringify(unchanged);
    }
    return feedText(() => SpreadsheetApp.getActiveSpreadsheet(), rev, now);
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
    const result = withScriptLock(() => recordCheckIn(SpreadsheetApp.getActiveSpreadsheet(), { ...input.value, by }, Date.now()), LOCK_TIMEOUT_MS);
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
