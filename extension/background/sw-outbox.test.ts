import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckInRequest } from '../../shared/feed/feed.js';
import { defaults } from '../storage/options.js';
import type { OutboxItem } from '../check-in/outbox.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { conflictKey } from '../check-in/check-ins-since.js';
import { OPTIONS_KEY, cacheKey, outboxKey } from '../storage/storage-keys.js';
import type { Answer, RecordedRequest } from '../test-support/fake-fetch.js';
import { fakeFetch, htmlAnswer, jsonAnswer } from '../test-support/fake-fetch.js';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { RETRY_ALARM } from './sw-alarms.js';
import { flushOutbox } from './sw-outbox.js';

const { fake } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser(() => 1_000_000) };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));

const NOW = 1_000_000;
const trackers = [
  { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok-1' },
  { id: 't2', name: 'Company', url: 'https://script.google.com/macros/s/two/exec', token: 'tok-2' },
];

function checkIn(requestId: string, createdAt: number, trackerId = 't1', keyResultId = 'KR1'): OutboxItem {
  return newOutboxItem({ trackerId, keyResultId, keyResultTitle: 'NPS', value: 40, confidence: 7, note: null, by: 'Ada' }, requestId, createdAt);
}

async function seed(...items: OutboxItem[]) {
  await fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, trackers }, [cacheKey('t1')]: { feed: sampleFeed(), fetchedAt: 1, error: null } });
  for (const item of items) await fake.browser.storage.local.set({ [outboxKey(item.requestId)]: item });
}

const stored = (requestId: string) => fake.store.get(outboxKey(requestId)) as OutboxItem | undefined;
const bodyOf = (request: RecordedRequest) => JSON.parse(request.body ?? '') as CheckInRequest;

/** The web app: acknowledges each request ID once and answers repeats as duplicates. */
function webApp(fail: (request: CheckInRequest, attempt: number) => Answer | null = () => null) {
  const seen = new Map<string, number>();
  return fakeFetch((request) => {
    const body = bodyOf(request);
    const attempt = (seen.get(body.requestId) ?? 0) + 1;
    seen.set(body.requestId, attempt);
    const failure = fail(body, attempt);
    if (failure) return failure;
    const updated = keyResult({ id: body.id, current: body.value as number, due: false });
    return jsonAnswer({ ok: true, checkIn: { id: body.id, requestId: body.requestId, value: body.value }, keyResult: updated });
  });
}

const run = (client: ReturnType<typeof fakeFetch>, force = true, clock = () => NOW) => flushOutbox({ force, clock, random: () => 0.5, client: { fetch: client.fetch } });

beforeEach(() => fake.reset());

describe('flushOutbox', () => {
  it('sends a check-in, removes it, and puts the answer into the cached feed', async () => {
    await seed(checkIn('r1', 10));
    const app = webApp();
    await run(app);
    expect(app.requests.map(bodyOf)).toEqual([{ token: 'tok-1', id: 'KR1', value: 40, confidence: 7, note: null, by: 'Ada', requestId: 'r1' }]);
    expect(stored('r1')).toBeUndefined();
    const cache = fake.store.get(cacheKey('t1')) as { feed: { keyResults: { id: string; current: unknown; due: boolean }[] } };
    expect(cache.feed.keyResults.find((kr) => kr.id === 'KR1')).toMatchObject({ current: 40, due: false });
    expect(fake.alarms.has(RETRY_ALARM)).toBe(false);
  });

  it("rolls the answer's grade up into the cached objective, before the check-in leaves the outbox", async () => {
    await seed(checkIn('r1', 10));
    // KR1 and KR2 (grade 0) weigh 1 each under O1: KR1 answered at 0.8 takes O1 from 0.2 to 0.4.
    const app = fakeFetch((request) => {
      const body = bodyOf(request);
      return jsonAnswer({ ok: true, checkIn: { id: body.id, requestId: body.requestId, value: body.value }, keyResult: keyResult({ id: 'KR1', current: 40, grade: 0.8 }) });
    });
    const cachedObjectiveGrade = () => (fake.store.get(cacheKey('t1')) as { feed: { objectives: { grade: number }[] } }).feed.objectives[0]!.grade;
    // What the popup would draw on each change: never the check-in gone and the old grades kept.
    const seenWithoutCheckIn: number[] = [];
    fake.browser.storage.onChanged.addListener(() => {
      if (stored('r1') === undefined) seenWithoutCheckIn.push(cachedObjectiveGrade());
    });
    await run(app);
    expect(cachedObjectiveGrade()).toBeCloseTo(0.4, 10);
    expect(seenWithoutCheckIn.length).toBeGreaterThan(0);
    for (const grade of seenWithoutCheckIn) expect(grade).toBeCloseTo(0.4, 10);
  });

  it('does not report two queued check-ins of one key result as each other\u2019s conflict', async () => {
    await seed(newOutboxItem({ ...checkIn('r1', 10), seenLastCheckIn: '2025-03-03' }, 'r1', 10), newOutboxItem({ ...checkIn('r2', 20), seenLastCheckIn: '2025-03-03' }, 'r2', 20));
    const app = fakeFetch((request) => {
      const body = bodyOf(request);
      return jsonAnswer({ ok: true, checkIn: { time: `2025-03-05T10:00:0${body.requestId === 'r1' ? 1 : 2}.000Z`, id: body.id, value: body.value, confidence: null, note: null, by: 'Ada', requestId: body.requestId }, keyResult: null, since: [] });
    });
    await run(app);
    expect(app.requests.map(bodyOf).map((body) => body.seenLastCheckIn)).toEqual(['2025-03-03', '2025-03-05T10:00:01.000Z']);
  });

  it("sends the lastCheckIn the user saw, and keeps the answer's check-ins by others for the popup", async () => {
    await seed(newOutboxItem({ ...checkIn('r1', 10), seenLastCheckIn: '2025-03-03' }, 'r1', 10), checkIn('r2', 20, 't1', 'KR2'));
    const theirs = { time: '2025-03-05T10:00:00.000Z', id: 'KR1', value: 38, confidence: null, note: null, by: 'Grace', requestId: 'g-1' };
    const app = fakeFetch((request) => {
      const body = bodyOf(request);
      const since = body.seenLastCheckIn === undefined ? [] : [theirs];
      return jsonAnswer({ ok: true, checkIn: { ...theirs, id: body.id, requestId: body.requestId, value: body.value }, keyResult: null, since });
    });
    await run(app);
    expect(app.requests.map(bodyOf).map((body) => body.seenLastCheckIn)).toEqual(['2025-03-03', undefined]);
    expect(fake.store.get(conflictKey('t1', 'KR1'))).toEqual({ trackerId: 't1', keyResultId: 'KR1', since: [theirs] });
    expect(fake.store.has(conflictKey('t1', 'KR2'))).toBe(false);
  });

  it('saves the next attempt time before the request goes out', async () => {
    await seed(checkIn('r1', 10));
    let seenDuringRequest: OutboxItem | undefined;
    const app = fakeFetch(() => {
      seenDuringRequest = stored('r1');
      return 'network-error';
    });
    await run(app);
    expect(seenDuringRequest).toMatchObject({ attempts: 1, nextAttemptAt: NOW + 60_000 });
  });

  it('keeps a check-in that could not be sent, schedules a retry, and retries with the same request ID', async () => {
    await seed(checkIn('r1', 10));
    const app = webApp((_body, attempt) => (attempt < 3 ? 'network-error' : null));
    await run(app);
    expect(stored('r1')).toMatchObject({ state: 'pending', attempts: 1, lastError: expect.stringContaining('script.google.com did not answer') });
    expect(fake.alarms.get(RETRY_ALARM)?.scheduledTime).toBe(NOW + 60_000);

    await run(app, false, () => NOW + 60_000);
    expect(stored('r1')).toMatchObject({ attempts: 2 });
    expect(fake.alarms.get(RETRY_ALARM)?.scheduledTime).toBe(NOW + 60_000 + 120_000);

    await run(app, false, () => NOW + 180_000);
    expect(stored('r1')).toBeUndefined();
    expect(new Set(app.requests.map((request) => bodyOf(request).requestId))).toEqual(new Set(['r1']));
    expect(app.requests).toHaveLength(3);
  });

  it('waits for the backoff when the alarm fires early, but not when the user asks', async () => {
    await seed({ ...checkIn('r1', 10), attempts: 1, nextAttemptAt: NOW + 30_000 });
    const app = webApp();
    await run(app, false);
    expect(app.requests).toHaveLength(0);
    await run(app, true);
    expect(app.requests).toHaveLength(1);
  });

  it('sends in the order the check-ins were made', async () => {
    await seed(checkIn('late', 30, 't1', 'KR2'), checkIn('early', 10), checkIn('middle', 20));
    const app = webApp();
    await run(app);
    expect(app.requests.map((request) => bodyOf(request).requestId)).toEqual(['early', 'middle', 'late']);
  });

  it('does not let a later check-in overtake one that failed, but other trackers go on', async () => {
    await seed(checkIn('a1', 10, 't1'), checkIn('a2', 20, 't1'), checkIn('b1', 15, 't2'));
    const app = webApp((body) => (body.requestId === 'a1' ? htmlAnswer(200) : null));
    await run(app);
    expect(app.requests.map((request) => bodyOf(request).requestId)).toEqual(['a1', 'b1']);
    expect(stored('a2')).toMatchObject({ state: 'pending', attempts: 0 });
    expect(stored('b1')).toBeUndefined();
  });

  it.each([
    ['bad-request', 'value must be a number', 'refused this check-in: value must be a number'],
    ['not-found', '', 'no such key result'],
    ['unauthorized', '', 'refused the access token'],
  ])('marks a %s answer as refused, in words, and never sends it again', async (code, message, words) => {
    await seed(checkIn('r1', 10), checkIn('r2', 20));
    const app = webApp((body) => (body.requestId === 'r1' ? jsonAnswer({ error: { code, message } }) : null));
    await run(app);
    expect(stored('r1')).toMatchObject({ state: 'failed', lastError: expect.stringContaining(words) });
    expect(stored('r2')).toBeUndefined();
    await run(app, true, () => NOW + 3_600_000);
    expect(app.requests.filter((request) => bodyOf(request).requestId === 'r1')).toHaveLength(1);
  });

  it('marks a request ID reused for another key result as refused, in words, and never sends it again', async () => {
    await seed(checkIn('r1', 10));
    const message = 'Request ID "r1" was already used for a check-in of KR2, so this check-in of KR1 was not saved: send it again with a new request ID.';
    const app = webApp(() => jsonAnswer({ error: { code: 'conflict', message, retry: false } }));
    await run(app);
    expect(stored('r1')).toMatchObject({ state: 'failed', lastError: `The tracker refused this check-in: ${message.replace(/\.$/, '')}.` });
    await run(app, true, () => NOW + 3_600_000);
    expect(app.requests).toHaveLength(1);
  });

  it('retries a conflict or an internal error', async () => {
    await seed(checkIn('r1', 10));
    const app = webApp((_body, attempt) => (attempt === 1 ? jsonAnswer({ error: { code: 'internal', message: 'Lock timeout' } }) : null));
    await run(app);
    expect(stored('r1')).toMatchObject({ state: 'pending', lastError: expect.stringContaining('Lock timeout') });
    await run(app);
    expect(stored('r1')).toBeUndefined();
  });

  it('accepts a duplicate answer as delivery: the web app already has it', async () => {
    await seed(checkIn('r1', 10));
    const app = fakeFetch(() => jsonAnswer({ ok: true, checkIn: { id: 'KR1', requestId: 'r1', value: 40 }, keyResult: null, duplicate: true }));
    await run(app);
    expect(stored('r1')).toBeUndefined();
  });

  it('refuses a check-in whose tracker was removed, without sending it', async () => {
    await seed(checkIn('r1', 10, 'removed'));
    const app = webApp();
    await run(app);
    expect(app.requests).toHaveLength(0);
    expect(stored('r1')).toMatchObject({ state: 'failed', lastError: expect.stringContaining('removed') });
  });
});
