/**
 * The web app: the extension's API. Apps Script always answers HTTP 200 and cannot read
 * request headers, and browsers only skip the CORS preflight for GET and for POST with a
 * text/plain body (apps-script-facts 3.1, 3.2, section 7). So the token travels in the query
 * (GET) or the body (POST), and every answer, errors included, is a JSON body.
 */
import { constantTimeEqual, parseBody, readCheckIn } from '../shared/check-in-request.js';
import type { ApiError, ApiErrorCode, CheckInResponse } from '../shared/feed.js';
import { buildFeed } from '../shared/feed-build.js';
import { formatLocalDate } from '../shared/dates.js';
import { messageOf } from '../shared/array-args.js';
import { CheckInError, recordCheckIn } from './check-in-writer.js';
import { TrackerError } from './sheet-table.js';
import { readTracker } from './tracker-reader.js';
import { cacheFeed, cachedFeed } from './feed-cache.js';
import { feedToken, revision } from './script-state.js';
import { trackerIdentity } from './tracker-identity.js';
import { withScriptLock } from './ui.js';

const LOCK_TIMEOUT_MS = 20_000;

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

export function feedText(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): string {
  const rev = revision();
  const day = formatLocalDate(now);
  const cached = cachedFeed(rev, day);
  if (cached !== null) return cached;
  const feed = buildFeed(readTracker(spreadsheet).data, { now, ...trackerIdentity(spreadsheet) });
  const text = JSON.stringify(feed);
  cacheFeed(rev, day, text);
  return text;
}

export function doGet(e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return respond(() => {
    checkToken(e?.parameter?.token);
    return feedText(SpreadsheetApp.getActiveSpreadsheet(), Date.now());
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
    const answer: CheckInResponse = { ok: true, checkIn: result.checkIn, keyResult: result.keyResult, kpi: result.kpi, ...(result.duplicate ? { duplicate: true } : {}) };
    return JSON.stringify(answer);
  });
}
