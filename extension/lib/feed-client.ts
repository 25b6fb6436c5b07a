/**
 * Talks to the web app. Every request is CORS-simple (a GET, or a POST of text/plain with no
 * custom header), so Apps Script, which never answers a preflight, can serve it to any origin;
 * `redirect: 'follow'` takes Google's 302 to script.googleusercontent.com (and turns the POST into
 * the GET Google expects). Apps Script answers 200 even for errors, so the body decides:
 * `{error}` JSON is an API error, and anything that is not JSON (a login or error page) is one too.
 * https://developers.google.com/apps-script/guides/content#redirects
 */
import type { CheckInRequest, CheckInResponse, Feed } from '../../shared/feed.js';
import { validateCheckInResponse, validateFeed } from '../../shared/feed-validate.js';
import type { FeedError } from './feed-error.js';
import { apiError, badUrlError, htmlError, httpError, invalidAnswerError, offlineError, timeoutError } from './feed-error.js';
import { checkFeedUrl, siteOf } from './tracker-url.js';

export const FETCH_TIMEOUT_MS = 20_000;

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: FeedError };

export interface TrackerAddress {
  url: string;
  token: string;
}

export interface ClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** GET <feed URL>?token=T, validated against the feed contract. */
export async function fetchFeed(tracker: TrackerAddress, options: ClientOptions = {}): Promise<Outcome<Feed>> {
  const checked = checkFeedUrl(tracker.url);
  if (!checked.ok) return { ok: false, error: badUrlError(checked.message) };
  const url = new URL(checked.url);
  url.searchParams.set('token', tracker.token);
  const answer = await requestJson(url.href, { method: 'GET' }, siteOf(checked.url), options);
  if (!answer.ok) return answer;
  const feed = validateFeed(answer.value);
  return feed.ok ? { ok: true, value: feed.value } : { ok: false, error: invalidAnswerError(feed.problems) };
}

/** POST one check-in. The request ID makes a retry of the same check-in safe. */
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
    const body = await response.text();
    return readAnswer(response.status, body, site);
  } catch {
    // The browser's own error text can carry the URL (and so the token): never pass it on.
    return { ok: false, error: timedOut ? timeoutError(site, Math.round(timeoutMs / 1000)) : offlineError(site) };
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
    const { code, message } = typeof error === 'object' && error !== null ? (error as { code?: unknown; message?: unknown }) : { code: undefined, message: error };
    return { ok: false, error: apiError(code, message) };
  }
  if (status < 200 || status >= 300) return { ok: false, error: httpError(site, status) };
  return { ok: true, value: json };
}
