/**
 * Talks to the web app. Every request is CORS-simple (a GET, or a POST of text/plain with no
 * custom header), so Apps Script, which never answers a preflight, can serve it to any origin;
 * `redirect: 'follow'` takes Google's 302 to script.googleusercontent.com (and turns the POST into
 * the GET Google expects). Apps Script answers 200 even for errors, so the body decides:
 * `{error}` JSON is an API error, and a web page (a sign-in or error page, 200 text/html) or any
 * other text that is not JSON is one too. `pollFeed` sends the revision of the copy it holds and
 * gets a small `unchanged` answer while the tracker has not changed.
 * https://developers.google.com/apps-script/guides/content#redirects
 */
import type { CheckInRequest, CheckInResponse, Feed } from '../../shared/feed/feed.js';
import { foreignLocalLinks, validateCheckInResponse, validateFeed, validateUnchanged, type Validation } from '../../shared/feed/feed-validate.js';
import type { FeedError } from './feed-error.js';
import { apiError, badUrlError, htmlError, httpError, invalidAnswerError, offlineError, timeoutError, unreachableError } from './feed-error.js';
import { checkFeedUrl, siteOf } from './tracker-url.js';

const FETCH_TIMEOUT_MS = 20_000;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FeedError };

export interface TrackerAddress {
  url: string;
  token: string;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Whether the browser believes it is online (navigator.onLine; tests pass their own). */
  online?: () => boolean;
}

// navigator.onLine is false only when the browser is sure there is no network, so a failed
// fetch while it is true means the tracker's server did not answer.
// https://developer.mozilla.org/docs/Web/API/Navigator/onLine
const browserOnline = () => (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;

/** What a poll brings: a whole feed, or word that the copy of revision `since` is current. */
export type FeedPoll = { kind: 'feed'; feed: Feed } | { kind: 'unchanged'; revision: string; minRefreshMinutes: number | null };

/**
 * The feed contract, and links only to the spreadsheet: the validator refuses any site but
 * docs.google.com/spreadsheets and the loopback demo, and here a loopback link must be on the
 * feed's own origin (another port on this machine is another program).
 */
function checkedFeed(value: unknown, feedUrl: string): Validation<Feed> {
  const feed = validateFeed(value);
  if (!feed.ok) return feed;
  const foreign = foreignLocalLinks(feed.value, feedUrl);
  if (foreign.length > 0) return { ok: false, problems: [`a link to ${foreign[0]}, a local address other than the tracker's own: only the spreadsheet's links are opened`] };
  return feed;
}

/** GET <feed URL>?token=T, validated against the feed contract. */
export async function fetchFeed(tracker: TrackerAddress, options: ClientOptions = {}): Promise<Outcome<Feed>> {
  const answer = await getFeedAnswer(tracker, null, options);
  if (!answer.ok) return answer;
  const feed = checkedFeed(answer.value, tracker.url);
  return feed.ok ? { ok: true, value: feed.value } : { ok: false, error: invalidAnswerError(feed.problems) };
}

/**
 * GET <feed URL>?token=T&since=R: `since` is the `revision` of the feed the caller holds (null or
 * "" when it holds none, or its feed had no revision). The web app answers `unchanged` without
 * reading the sheet while that revision is current, and the whole feed otherwise.
 */
export async function pollFeed(tracker: TrackerAddress, since: string | null, options: ClientOptions = {}): Promise<Outcome<FeedPoll>> {
  const answer = await getFeedAnswer(tracker, since, options);
  if (!answer.ok) return answer;
  const value = answer.value as { unchanged?: unknown; minRefreshMinutes?: unknown };
  if (since === null || since === '' || value.unchanged === undefined) {
    const feed = checkedFeed(answer.value, tracker.url);
    return feed.ok ? { ok: true, value: { kind: 'feed', feed: feed.value } } : { ok: false, error: invalidAnswerError(feed.problems) };
  }
  const unchanged = validateUnchanged(answer.value);
  if (!unchanged.ok) return { ok: false, error: invalidAnswerError(unchanged.problems) };
  // "Unchanged" for another revision than ours would keep a copy the tracker never vouched for.
  if (unchanged.value.revision !== since) return { ok: false, error: invalidAnswerError([`revision: expected the one asked about, got another`]) };
  const minutes = value.minRefreshMinutes;
  const minRefreshMinutes = typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= 1 ? minutes : null;
  return { ok: true, value: { kind: 'unchanged', revision: unchanged.value.revision, minRefreshMinutes } };
}

async function getFeedAnswer(tracker: TrackerAddress, since: string | null, options: ClientOptions): Promise<Outcome<unknown>> {
  const checked = checkFeedUrl(tracker.url);
  if (!checked.ok) return { ok: false, error: badUrlError(checked.message) };
  const url = new URL(checked.url);
  url.searchParams.set('token', tracker.token);
  if (since !== null && since !== '') url.searchParams.set('since', since);
  return requestJson(url.href, { method: 'GET' }, siteOf(checked.url), options);
}

/**
 * POST one check-in. The request ID makes a retry of the same check-in safe; `seenLastCheckIn`
 * (the key result's `lastCheckIn` the user saw) makes the answer list, in `since`, the check-ins
 * others made after it. The body is text/plain: a CORS-simple request stays simple across the 302.
 */
export async function postCheckIn(tracker: TrackerAddress, request: CheckInRequest, options: ClientOptions = {}): Promise<Outcome<CheckInResponse>> {
  const checked = checkFeedUrl(tracker.url);
  if (!checked.ok) return { ok: false, error: badUrlError(checked.message) };
  const init: RequestInit = { method: 'POST', body: JSON.stringify(request), headers: { 'Content-Type': 'text/plain;charset=utf-8' } };
  const answer = await requestJson(checked.url, init, siteOf(checked.url), options);
  if (!answer.ok) return answer;
  const response = validateCheckInResponse(answer.value);
  return response.ok ? { ok: true, value: response.value } : { ok: false, error: invalidAnswerError(response.problems) };
}

async function requestJson(url: string, init: RequestInit, site: string, options: ClientOptions): Promise<Outcome<unknown>> {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    // The body is read under the same timeout: a stalled body is as dead as a stalled answer.
    const response = await fetchImpl(url, { ...init, credentials: 'omit', redirect: 'follow', cache: 'no-store', signal: controller.signal });
    // A web page needs no parsing to be recognised: Google's sign-in and error pages are 200 text/html.
    if (response.ok && /^text\/html/i.test(response.headers.get('content-type') ?? '')) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, error: htmlError() };
    }
    const body = await response.text();
    return readAnswer(response.status, body, site);
  } catch {
    // The browser's own error text can carry the URL (and so the token): never pass it on.
    if (timedOut) return { ok: false, error: timeoutError(site, Math.round(timeoutMs / 1000)) };
    return { ok: false, error: (options.online ?? browserOnline)() ? unreachableError(site) : offlineError() };
  } finally {
    clearTimeout(timer);
  }
}

function readAnswer(status: number, body: string, site: string): Outcome<unknown> {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { ok: false, error: status >= 200 && status < 300 ? htmlError() : httpError(site, status) };
  }
  if (typeof json === 'object' && json !== null && 'error' in json) {
    const error = (json as { error: unknown }).error;
    const { code, message, retry } = typeof error === 'object' && error !== null ? (error as { code?: unknown; message?: unknown; retry?: unknown }) : { code: undefined, message: error, retry: undefined };
    return { ok: false, error: apiError(code, message, retry) };
  }
  if (status < 200 || status >= 300) return { ok: false, error: httpError(site, status) };
  return { ok: true, value: json };
}
