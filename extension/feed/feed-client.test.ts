import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import type { CheckInRequest } from '../../shared/feed/feed.js';
import { fakeFetch, htmlAnswer, jsonAnswer } from '../test-support/fake-fetch.js';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { fetchFeed, pollFeed, postCheckIn } from './feed-client.js';

const tracker = { url: 'https://script.google.com/macros/s/AKfy-secret-id/exec', token: 's3cret-token' };
const request: CheckInRequest = { token: tracker.token, id: 'KR1', value: 40, confidence: 7, note: null, by: 'Ada', requestId: 'req-1' };

describe('fetchFeed', () => {
  it('reads a valid feed with the token in the query and no credentials', async () => {
    const { fetch, requests } = fakeFetch(() => jsonAnswer(sampleFeed()));
    const result = await fetchFeed(tracker, { fetch });
    expect(result).toEqual({ ok: true, value: sampleFeed() });
    expect(requests).toHaveLength(1);
    expect(new URL(requests[0].url).searchParams.get('token')).toBe('s3cret-token');
    expect(requests[0].init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'follow' });
    expect(requests[0].headers).toEqual({});
  });

  it.each([
    ['unauthorized', true, 'refused the access token'],
    ['bad-request', true, 'refused this check-in'],
    ['not-found', true, 'no such key result'],
    ['conflict', false, 'busy'],
    ['not-bound', true, 'web app has no spreadsheet'],
    ['internal', false, 'had a problem'],
    ['something-new', false, 'had a problem'],
  ])('turns an error body with code %s into an api error (permanent: %s)', async (code, permanent, words) => {
    const { fetch } = fakeFetch(() => jsonAnswer({ error: { code, message: 'details' } }));
    const result = await fetchFeed(tracker, { fetch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'api', permanent });
    expect(result.error.message).toContain(words);
  });

  it('refuses a conflict the server says retrying cannot clear (a reused request ID) as permanent', async () => {
    const { fetch } = fakeFetch(() => jsonAnswer({ error: { code: 'conflict', message: 'Request ID "r1" was already used for a check-in of KR2', retry: false } }));
    const result = await fetchFeed(tracker, { fetch });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'api', permanent: true, message: 'The tracker refused this check-in: Request ID "r1" was already used for a check-in of KR2.' }) });
  });

  it.each([
    ['another site', 'https://evil.example/spreadsheets/', tracker.url, 'expected a Google Sheets address'],
    ['another local program', 'http://127.0.0.1:9999/admin', 'http://127.0.0.1:8787/exec', 'a local address other than the tracker'],
  ])('refuses a feed whose link leads to %s', async (_name, link, url, words) => {
    const feed = { ...sampleFeed(), tracker: { name: 'Team OKRs', url: link } };
    const { fetch } = fakeFetch(() => jsonAnswer(feed));
    const result = await fetchFeed({ ...tracker, url }, { fetch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ kind: 'invalid' });
    if (!result.ok) expect(result.error.message).toContain(words);
  });

  it('reads a local demo feed whose links are on its own origin', async () => {
    const feed = { ...sampleFeed(), tracker: { name: 'Demo', url: 'http://127.0.0.1:8787/sheet' } };
    const { fetch } = fakeFetch(() => jsonAnswer(feed));
    expect(await fetchFeed({ ...tracker, url: 'http://127.0.0.1:8787/exec' }, { fetch })).toEqual({ ok: true, value: feed });
  });

  it('treats a web page answered with 200 as the deployment problem it usually is', async () => {
    const { fetch } = fakeFetch(() => htmlAnswer(200));
    expect(await fetchFeed(tracker, { fetch })).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'html', message: expect.stringContaining("deployed with access 'Anyone'") }),
    });
  });

  it('knows a page served as text/html for a page, whatever its text', async () => {
    const { fetch } = fakeFetch(() => new Response('{"version":1}', { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    expect(await fetchFeed(tracker, { fetch })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'html', permanent: false }) });
  });

  it('gives up after the timeout and says so', async () => {
    const { fetch } = fakeFetch(() => 'hang');
    const result = await fetchFeed(tracker, { fetch, timeoutMs: 5 });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'timeout', permanent: false }) });
  });

  it('reports a network failure while online as the tracker not answering, to be retried', async () => {
    const { fetch } = fakeFetch(() => 'network-error');
    const result = await fetchFeed(tracker, { fetch, online: () => true });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'unreachable', permanent: false }) });
    if (!result.ok) expect(result.error.message).toBe('script.google.com did not answer: its server may be down, or the feed URL may name the wrong host.');
  });

  it('reports a network failure while the browser is offline as being offline', async () => {
    const { fetch } = fakeFetch(() => 'network-error');
    const result = await fetchFeed(tracker, { fetch, online: () => false });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'offline', permanent: false, message: 'You are offline: connect to the internet.' }) });
  });

  it.each([
    [404, true],
    [429, false],
    [503, false],
  ])('reports HTTP %i without JSON as an http error (permanent: %s)', async (status, permanent) => {
    const { fetch } = fakeFetch(() => htmlAnswer(status));
    expect(await fetchFeed(tracker, { fetch })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'http', status, permanent }) });
  });

  it('rejects a feed that breaks the contract, naming the field', async () => {
    const broken = { ...sampleFeed(), keyResults: [{ ...keyResult(), grade: 'abc' }] };
    const { fetch } = fakeFetch(() => jsonAnswer(broken));
    const result = await fetchFeed(tracker, { fetch });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid', message: expect.stringContaining('keyResults[0].grade') }) });
  });

  it.each([
    ['an http address', 'http://example.com/exec'],
    ['no address', ''],
    ['a javascript: address', 'javascript:alert(1)'],
  ])('refuses %s without fetching', async (_name, url) => {
    const { fetch, requests } = fakeFetch(() => jsonAnswer(sampleFeed()));
    const result = await fetchFeed({ url, token: 't' }, { fetch });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'bad-url', permanent: true }) });
    expect(requests).toHaveLength(0);
  });

  const answers = [() => 'network-error' as const, () => htmlAnswer(200), () => htmlAnswer(404), () => jsonAnswer({ error: { code: 'unauthorized', message: 'bad token' } })];
  test.prop([fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/), fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/), fc.constantFrom(...answers)])(
    'never puts the token or the path of the feed URL into an error message',
    async (token, deployment, answer) => {
      const { fetch } = fakeFetch(answer);
      const result = await fetchFeed({ url: `https://script.google.com/macros/s/${deployment}/exec`, token }, { fetch });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.message).not.toContain(token);
      expect(result.error.message).not.toContain(deployment);
    },
  );
});

describe('pollFeed', () => {
  const revised = () => ({ ...sampleFeed(), revision: '12.2026-11-23', minRefreshMinutes: 5 });
  const sinceOf = (url: string) => new URL(url).searchParams.get('since');

  it('asks with the revision it holds and tells an unchanged answer apart from a feed', async () => {
    const { fetch, requests } = fakeFetch(() => jsonAnswer({ unchanged: true, revision: '12.2026-11-23', minRefreshMinutes: 5 }));
    expect(await pollFeed(tracker, '12.2026-11-23', { fetch })).toEqual({ ok: true, value: { kind: 'unchanged', revision: '12.2026-11-23', minRefreshMinutes: 5 } });
    expect(sinceOf(requests[0].url)).toBe('12.2026-11-23');
    expect(new URL(requests[0].url).searchParams.get('token')).toBe(tracker.token);
    expect(requests[0].init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'follow' });
  });

  it('gives the whole feed when the tracker changed since', async () => {
    const { fetch } = fakeFetch(() => jsonAnswer(revised()));
    expect(await pollFeed(tracker, '11.2026-11-23', { fetch })).toEqual({ ok: true, value: { kind: 'feed', feed: revised() } });
  });

  it.each([
    ['null', null],
    ['empty', ''],
  ])('sends no since when the revision held is %s', async (_name, since) => {
    const { fetch, requests } = fakeFetch(() => jsonAnswer(revised()));
    expect(await pollFeed(tracker, since, { fetch })).toMatchObject({ ok: true, value: { kind: 'feed' } });
    expect(new URL(requests[0].url).searchParams.has('since')).toBe(false);
  });

  it.each([
    ['a revision other than the one asked about', { unchanged: true, revision: '13.2026-11-23' }, '12.2026-11-23', 'revision'],
    ['no revision', { unchanged: true }, '12.2026-11-23', 'revision'],
    ['unchanged: false', { unchanged: false, revision: '12.2026-11-23' }, '12.2026-11-23', 'unchanged'],
    ['unchanged to a request that held no revision', { unchanged: true, revision: '12.2026-11-23' }, null, 'version'],
  ])('refuses an unchanged answer with %s as invalid, to be retried', async (_name, body, since, field) => {
    const { fetch } = fakeFetch(() => jsonAnswer(body));
    expect(await pollFeed(tracker, since, { fetch })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid', permanent: false, message: expect.stringContaining(field) }) });
  });

  it.each([
    [5, 5],
    [undefined, null],
    [0, null],
    [-5, null],
    ['5', null],
  ])('reads an advised interval of %j as %j', async (minRefreshMinutes, expected) => {
    const { fetch } = fakeFetch(() => jsonAnswer({ unchanged: true, revision: 'r1', minRefreshMinutes }));
    expect(await pollFeed(tracker, 'r1', { fetch })).toMatchObject({ ok: true, value: { minRefreshMinutes: expected } });
  });

  it.each([
    ['an HTML page', () => htmlAnswer(200), 'html'],
    ['an API error', () => jsonAnswer({ error: { code: 'unauthorized', message: 'bad token' } }), 'api'],
    ['no network', () => 'network-error' as const, 'offline'],
  ])('reports %s the way fetchFeed does', async (_name, answer, kind) => {
    const { fetch } = fakeFetch(answer);
    expect(await pollFeed(tracker, 'r1', { fetch, online: () => false })).toEqual({ ok: false, error: expect.objectContaining({ kind }) });
  });
});

describe('postCheckIn', () => {
  const answer = { ok: true, checkIn: { time: '2025-03-10T10:00:00Z', id: 'KR1', value: 40, confidence: 7, note: null, by: 'Ada', requestId: 'req-1' }, keyResult: keyResult({ current: 40, due: false }) };

  it('posts the check-in as text/plain JSON with no preflight-triggering header', async () => {
    const { fetch, requests } = fakeFetch(() => jsonAnswer(answer));
    const result = await postCheckIn(tracker, request, { fetch });
    expect(result).toEqual({ ok: true, value: answer });
    expect(requests[0].method).toBe('POST');
    expect(requests[0].url).toBe(tracker.url);
    expect(JSON.parse(requests[0].body ?? '')).toEqual(request);
    expect(requests[0].headers).toEqual({ 'content-type': 'text/plain;charset=utf-8' });
    expect(requests[0].init).toMatchObject({ credentials: 'omit', redirect: 'follow' });
  });

  it("passes the user's view on and gives back the check-ins made since", async () => {
    const since = [{ time: '2025-03-10T09:00:00.000Z', id: 'KR1', value: 38, confidence: null, note: null, by: 'Grace', requestId: 'req-grace' }];
    const { fetch, requests } = fakeFetch(() => jsonAnswer({ ...answer, since }));
    const result = await postCheckIn(tracker, { ...request, seenLastCheckIn: '2025-03-03T10:00:00.000Z' }, { fetch });
    expect(JSON.parse(requests[0].body ?? '').seenLastCheckIn).toBe('2025-03-03T10:00:00.000Z');
    expect(result).toEqual({ ok: true, value: { ...answer, since } });
  });

  it('keeps a null view (the user saw no check-in) in the body', async () => {
    const { fetch, requests } = fakeFetch(() => jsonAnswer(answer));
    await postCheckIn(tracker, { ...request, seenLastCheckIn: null }, { fetch });
    expect(JSON.parse(requests[0].body ?? '')).toHaveProperty('seenLastCheckIn', null);
  });

  it('treats a web page answered to a check-in as the deployment problem, to be retried', async () => {
    const { fetch } = fakeFetch(() => htmlAnswer(200));
    expect(await postCheckIn(tracker, request, { fetch })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'html', permanent: false }) });
  });

  it('accepts the answer to a repeated request ID', async () => {
    const { fetch } = fakeFetch(() => jsonAnswer({ ...answer, duplicate: true }));
    expect(await postCheckIn(tracker, request, { fetch })).toMatchObject({ ok: true, value: { duplicate: true } });
  });

  it('keeps the server message of a refused check-in, for the user to read', async () => {
    const { fetch } = fakeFetch(() => jsonAnswer({ error: { code: 'bad-request', message: 'value must be a number' } }));
    const result = await postCheckIn(tracker, request, { fetch });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ kind: 'api', code: 'bad-request', permanent: true, message: expect.stringContaining('value must be a number') }) });
  });

  it('treats an answer that is not a check-in as invalid, to be retried', async () => {
    const { fetch } = fakeFetch(() => jsonAnswer({ ok: true }));
    expect(await postCheckIn(tracker, request, { fetch })).toEqual({ ok: false, error: expect.objectContaining({ kind: 'invalid', permanent: false }) });
  });
});
