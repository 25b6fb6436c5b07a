import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Feed } from '../../shared/feed/feed.js';
import { defaults } from '../storage/options.js';
import type { TrackerCache } from '../feed/snapshot.js';
import { OPTIONS_KEY, cacheKey, refreshKey } from '../storage/storage-keys.js';
import { readTrackerCache } from '../storage/cache-store.js';
import type { Answer, RecordedRequest } from '../test-support/fake-fetch.js';
import { fakeFetch, htmlAnswer, jsonAnswer } from '../test-support/fake-fetch.js';
import { sampleFeed } from '../test-support/sample-feed.js';
import { refreshAll } from './sw-refresh.js';

const { fake } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser(() => 5_000) };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));

const MINUTE = 60_000;
const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok' };
const setOptions = (patch: Partial<typeof defaults> = {}) => fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, trackers: [tracker], ...patch } });
const cache = () => fake.store.get(cacheKey('t1')) as TrackerCache;
const seedCache = (feed: Feed, fetchedAt = 1) => fake.browser.storage.local.set({ [cacheKey('t1')]: { feed, fetchedAt, error: null } });
const refresh = (answer: (request: RecordedRequest) => Answer, { force = true, at = 5_000, online = true } = {}) => {
  const server = fakeFetch(answer);
  return refreshAll({ force, clock: () => at, client: { fetch: server.fetch, online: () => online } }).then(() => server.requests);
};
const since = (request: RecordedRequest) => new URL(request.url).searchParams.get('since');
const revised = (revision: string, patch: Partial<Feed> = {}): Feed => ({ ...sampleFeed(), revision, ...patch });

/** The web app: "unchanged" while the caller holds the current revision, the whole feed otherwise. */
const webApp = (current: Feed, advice?: number) => (request: RecordedRequest) =>
  since(request) === current.revision ? jsonAnswer({ unchanged: true, revision: current.revision, ...(advice ? { minRefreshMinutes: advice } : {}) }) : jsonAnswer(current);

beforeEach(() => fake.reset());

describe('refreshAll', () => {
  it('stores a valid feed with the time it was read', async () => {
    await setOptions();
    await refresh(() => jsonAnswer(sampleFeed()));
    expect(cache()).toEqual({ feed: sampleFeed(), fetchedAt: 5_000, error: null });
    expect(fake.store.get(refreshKey('t1'))).toEqual({ fetchedAt: 5_000, error: null });
  });

  it('clears the last error when a refresh succeeds again', async () => {
    await setOptions();
    await refresh(() => 'network-error');
    await refresh(() => jsonAnswer(sampleFeed()));
    expect(await readTrackerCache('t1')).toEqual({ feed: sampleFeed(), fetchedAt: 5_000, error: null });
  });

  it.each([
    ['a malformed feed', () => jsonAnswer({ ...sampleFeed(), keyResults: [{ id: 'KR1' }] }), 'invalid', true],
    ['a web page', () => htmlAnswer(200), 'html', true],
    ['a wrong token', () => jsonAnswer({ error: { code: 'unauthorized', message: 'no' } }), 'api', true],
    // A failed fetch is "offline" only when the browser knows it has no network (navigator.onLine).
    ['no network', () => 'network-error' as const, 'offline', false],
    ['a tracker that does not answer', () => 'network-error' as const, 'unreachable', true],
  ])('keeps the last good feed and records the problem after %s', async (_name, answer, kind, online) => {
    await setOptions();
    await seedCache(sampleFeed());
    const changed: string[] = [];
    fake.browser.storage.onChanged.addListener((changes: Record<string, unknown>) => changed.push(...Object.keys(changes)));
    await refresh(answer, { online });
    expect(await readTrackerCache('t1')).toMatchObject({ feed: sampleFeed(), fetchedAt: 1, error: { kind, at: 5_000, message: expect.any(String) } });
    // The feed is not written again: the popup keeps what it built from it.
    expect(changed).toEqual([refreshKey('t1')]);
  });

  it('forgets the cache of a tracker the user removed', async () => {
    await setOptions();
    await fake.browser.storage.local.set({ [cacheKey('gone')]: { feed: sampleFeed(), fetchedAt: 1, error: null }, [refreshKey('gone')]: { fetchedAt: 1, error: null } });
    await refresh(() => jsonAnswer(sampleFeed()));
    expect([fake.store.has(cacheKey('gone')), fake.store.has(refreshKey('gone'))]).toEqual([false, false]);
    expect(fake.store.has(refreshKey('t1'))).toBe(true);
  });
});

describe('polling with since=<revision>', () => {
  it('asks for the whole feed when it holds none, then only for changes since its revision', async () => {
    await setOptions();
    const feed = revised('r1');
    expect((await refresh(webApp(feed))).map(since)).toEqual([null]);
    expect((await refresh(webApp(feed))).map(since)).toEqual(['r1']);
  });

  it('keeps the cached feed on "unchanged" and only marks it fresh', async () => {
    await setOptions();
    await seedCache(revised('r1'));
    const changed: string[] = [];
    fake.browser.storage.onChanged.addListener((changes: Record<string, unknown>) => changed.push(...Object.keys(changes)));
    await refresh(webApp(revised('r1')), { at: 9_000 });
    expect(await readTrackerCache('t1')).toEqual({ feed: revised('r1'), fetchedAt: 9_000, error: null });
    expect(changed).toEqual([refreshKey('t1')]);
  });

  it('takes the new feed when the tracker changed', async () => {
    await setOptions();
    await seedCache(revised('r1'));
    const next = revised('r2', { generatedAt: '2025-03-11T09:00:00.000Z' });
    await refresh(webApp(next));
    expect(cache()).toEqual({ feed: next, fetchedAt: 5_000, error: null });
  });

  it('keeps the newer advice of an "unchanged" answer with the copy', async () => {
    await setOptions();
    await seedCache(revised('r1'));
    await refresh(webApp(revised('r1'), 20));
    expect(cache().feed?.minRefreshMinutes).toBe(20);
  });

  it('asks for the whole feed when the copy has no revision (a tracker before revisions)', async () => {
    await setOptions();
    await seedCache(sampleFeed());
    expect((await refresh(() => jsonAnswer(sampleFeed()))).map(since)).toEqual([null]);
  });
});

describe("honouring the feed's minimum interval", () => {
  const advised = revised('r1', { minRefreshMinutes: 10 });

  it.each([
    ['a scheduled poll soon after the last one waits', false, 3 * MINUTE, 0],
    ['a scheduled poll after the advised gap goes ahead', false, 10 * MINUTE, 1],
    ['a user refresh never waits', true, 3 * MINUTE, 1],
  ])('%s', async (_name, force, gap, polls) => {
    await setOptions();
    await seedCache(advised, 1_000);
    expect(await refresh(webApp(advised), { force, at: 1_000 + gap })).toHaveLength(polls);
  });

  it('does not wait after a failed poll', async () => {
    await setOptions();
    await seedCache(advised, 1_000);
    await refresh(() => 'network-error', { at: 2_000 });
    expect(await refresh(webApp(advised), { force: false, at: 1_000 + MINUTE })).toHaveLength(1);
  });
});
