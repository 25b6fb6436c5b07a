/**
 * The ways talking to the tracker can fail, as plain JSON (it is stored with the cache and the
 * outbox). `permanent` decides the outbox's fate: a permanent failure is shown next to the form
 * and never retried; anything else is retried with backoff. Messages name the host at most.
 */
import type { ApiErrorCode } from '../../shared/feed/feed.js';
import * as strings from '../strings/common.js';

/**
 * `offline`: the browser knows it has no network. `unreachable`: the network is there but the
 * tracker's server did not answer (down, or a wrong host): told apart, because "check your
 * internet" is the wrong advice when Google or the demo server is down.
 */
type FeedErrorKind = 'bad-url' | 'offline' | 'unreachable' | 'timeout' | 'html' | 'http' | 'api' | 'invalid';

export interface FeedError {
  kind: FeedErrorKind;
  message: string;
  permanent: boolean;
  code?: ApiErrorCode;
  status?: number;
}

const API_CODES: readonly ApiErrorCode[] = ['unauthorized', 'bad-request', 'not-found', 'conflict', 'not-bound', 'internal'];
// Retrying cannot fix these: the token, the request or the key result must change first.
const PERMANENT_CODES: ReadonlySet<ApiErrorCode> = new Set(['unauthorized', 'bad-request', 'not-found', 'not-bound']);

export function badUrlError(message: string): FeedError {
  return { kind: 'bad-url', message, permanent: true };
}

export function offlineError(): FeedError {
  return { kind: 'offline', message: strings.offline, permanent: false };
}

export function unreachableError(site: string): FeedError {
  return { kind: 'unreachable', message: strings.unreachable(site), permanent: false };
}

export function timeoutError(site: string, seconds: number): FeedError {
  return { kind: 'timeout', message: strings.timeout(site, seconds), permanent: false };
}

export function htmlError(): FeedError {
  return { kind: 'html', message: strings.htmlAnswer, permanent: false };
}

export function httpError(site: string, status: number): FeedError {
  // 408 and 429 say "later"; other 4xx mean the address is wrong, which retrying cannot fix.
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return { kind: 'http', message: strings.httpStatus(site, status), permanent, status };
}

/** `retry: false` from the server makes any code permanent (a request ID reused for another key result). */
export function apiError(code: unknown, serverMessage: unknown, retry?: unknown): FeedError {
  const known = API_CODES.find((candidate) => candidate === code) ?? 'internal';
  const detail = typeof serverMessage === 'string' ? serverMessage.trim().slice(0, 300) : '';
  const permanent = PERMANENT_CODES.has(known) || retry === false;
  return { kind: 'api', message: strings.apiError(known, detail, permanent), permanent, code: known };
}

export function invalidAnswerError(problems: readonly string[]): FeedError {
  return { kind: 'invalid', message: strings.invalidAnswer(problems), permanent: false };
}

export function isFeedError(value: unknown): value is FeedError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<FeedError>;
  return typeof candidate.kind === 'string' && typeof candidate.message === 'string' && typeof candidate.permanent === 'boolean';
}

/**
 * What mends an error, for the button beside it: the options page (a token, an address, a
 * deployment only the user can change), or trying again (the network, a busy or down server).
 */
export type ErrorFix = 'options' | 'retry';

export function fixFor(error: FeedError): ErrorFix {
  if (error.kind === 'bad-url' || error.kind === 'html') return 'options';
  if (error.kind === 'api') return error.code === 'unauthorized' ? 'options' : 'retry';
  if (error.kind === 'http') return error.permanent ? 'options' : 'retry';
  return 'retry';
}

/** A tracker whose copy failed this way takes no check-ins until the user mends it: they would only be refused. */
export function blocksCheckIns(error: FeedError | null | undefined): boolean {
  return error !== null && error !== undefined && fixFor(error) === 'options';
}
