// A check-in client as the extension's outbox behaves: POST the check-in as text/plain (no CORS
// preflight), and when no answer comes (the connection was cut, an HTML error page, a busy
// tracker) send the very same body again, same request ID, after a short backoff. Bounded: it
// gives up after `maxAttempts`.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export const RETRY = { maxAttempts: 8, firstBackoffMs: 5, maxBackoffMs: 200, timeoutMs: 15_000 };

/**
 * One attempt: `{ answer }` for a JSON answer, `{ problem }` for anything that is no answer:
 * 'timeout', 'no-response' (connection refused or cut), 'bad-status', 'not-json'.
 */
async function attempt(url, body, timeoutMs) {
  let response;
  try {
    response = await fetch(url, { method: 'POST', body, headers: { 'Content-Type': 'text/plain' }, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    // A timeout is this client giving up; anything else is the connection failing or being cut.
    if (error?.name === 'TimeoutError') return { problem: 'timeout', detail: `no answer in ${timeoutMs} ms` };
    return { problem: 'no-response', detail: error?.cause?.code ?? error?.message ?? String(error) };
  }
  const text = await response.text().catch(() => null);
  if (response.status !== 200 || text === null) return { problem: 'bad-status', detail: `HTTP ${response.status}` };
  try {
    return { answer: JSON.parse(text) };
  } catch {
    return { problem: 'not-json', detail: text.slice(0, 120) };
  }
}

/**
 * Sends `body` (an object) until it is answered. Resolves to `{ answer, attempts, problems, ms }`:
 * `answer` is null when every attempt failed or the web app refused it with an error other than
 * `conflict` (a busy lock, worth retrying); `problems` counts the failed attempts by kind.
 */
export async function postUntilAnswered(url, body, retry = RETRY) {
  const text = JSON.stringify(body);
  const problems = {};
  const start = performance.now();
  for (let n = 1; n <= retry.maxAttempts; n++) {
    const result = await attempt(url, text, retry.timeoutMs);
    const busy = result.answer?.error?.code === 'conflict';
    if (result.answer !== undefined && !busy) return { answer: result.answer, attempts: n, problems, ms: performance.now() - start };
    const kind = busy ? 'conflict' : result.problem;
    problems[kind] = (problems[kind] ?? 0) + 1;
    if (n < retry.maxAttempts) await sleep(Math.min(retry.maxBackoffMs, retry.firstBackoffMs * 2 ** (n - 1)));
  }
  return { answer: null, attempts: retry.maxAttempts, problems, ms: performance.now() - start };
}

/** One feed GET: `{ ok, ms, problem? }`; ok only for HTTP 200 with a JSON feed (no error body). */
export async function getFeed(url, timeoutMs = RETRY.timeoutMs) {
  const start = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    const ms = performance.now() - start;
    if (response.status !== 200) return { ok: false, ms, problem: `HTTP ${response.status}` };
    let feed;
    try {
      feed = JSON.parse(text);
    } catch {
      return { ok: false, ms, problem: 'not JSON' };
    }
    if (!Array.isArray(feed?.keyResults)) return { ok: false, ms, problem: feed?.error?.code ?? 'no keyResults' };
    return { ok: true, ms, feed };
  } catch (error) {
    return { ok: false, ms: performance.now() - start, problem: error?.cause?.code ?? error?.message ?? String(error) };
  }
}
