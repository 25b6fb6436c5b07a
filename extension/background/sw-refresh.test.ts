import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../lib/options.js';
import type { TrackerCache } from '../lib/snapshot.js';
import { NOTIFIED_KEY, OPTIONS_KEY, cacheKey, refreshKey } from '../lib/storage-keys.js';
import { readTrackerCache } from '../storage/cache-store.js';
import { fakeFetch, htmlAnswer, jsonAnswer } from '../test-support/fake-fetch.js';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { REFRESH_ALARM, RETRY_ALARM, ensureRefreshAlarm } from './sw-alarms.js';
import { paintBadge } from './sw-badge.js';
import { openFromNotification, remindDue } from './sw-notifications.js';
import { refreshAll } from './sw-refresh.js';
import { onWorkerStart } from './sw-sync.js';

const { fake } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser(() => 5_000) };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));

const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok' };
const clock = () => 5_000;
const setOptions = (patch: Partial<typeof defaults> = {}) => fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, trackers: [tracker], ...patch } });
const cache = () => fake.store.get(cacheKey('t1')) as TrackerCache;

beforeEach(() => fake.reset());

describe('refreshAll', () => {
  it('stores a valid feed with the time it was read', async () => {
    await setOptions();
    await refreshAll(clock, { fetch: fakeFetch(() => jsonAnswer(sampleFeed())).fetch });
    expect(cache()).toEqual({ feed: sampleFeed(), fetchedAt: 5_000, error: null });
    expect(fake.store.get(refreshKey('t1'))).toEqual({ fetchedAt: 5_000, error: null });
  });

  it('clears the last error when a refresh succeeds again', async () => {
    await setOptions();
    await refreshAll(clock, { fetch: fakeFetch(() => 'network-error' as const).fetch });
    await refreshAll(clock, { fetch: fakeFetch(() => jsonAnswer(sampleFeed())).fetch });
    expect(await readTrackerCache('t1')).toEqual({ feed: sampleFeed(), fetchedAt: 5_000, error: null });
  });

  it.each([
    ['a malformed feed', () => jsonAnswer({ ...sampleFeed(), keyResults: [{ id: 'KR1' }] }), 'invalid'],
    ['a web page', () => htmlAnswer(200), 'html'],
    ['a wrong token', () => jsonAnswer({ error: { code: 'unauthorized', message: 'no' } }), 'api'],
    ['no network', () => 'network-error' as const, 'offline'],
  ])('keeps the last good feed and records the problem after %s', async (_name, answer, kind) => {
    await setOptions();
    await fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed(), fetchedAt: 1, error: null } });
    const changed: string[] = [];
    fake.browser.storage.onChanged.addListener((changes: Record<string, unknown>) => changed.push(...Object.keys(changes)));
    await refreshAll(clock, { fetch: fakeFetch(answer).fetch });
    expect(await readTrackerCache('t1')).toMatchObject({ feed: sampleFeed(), fetchedAt: 1, error: { kind, at: 5_000, message: expect.any(String) } });
    // The feed is not written again: the popup keeps what it built from it.
    expect(changed).toEqual([refreshKey('t1')]);
  });

  it('forgets the cache of a tracker the user removed', async () => {
    await setOptions();
    await fake.browser.storage.local.set({ [cacheKey('gone')]: { feed: sampleFeed(), fetchedAt: 1, error: null }, [refreshKey('gone')]: { fetchedAt: 1, error: null } });
    await refreshAll(clock, { fetch: fakeFetch(() => jsonAnswer(sampleFeed())).fetch });
    expect([fake.store.has(cacheKey('gone')), fake.store.has(refreshKey('gone'))]).toEqual([false, false]);
    expect(fake.store.has(refreshKey('t1'))).toBe(true);
  });
});

describe('paintBadge', () => {
  it('shows the number of due check-ins and clears it when none are due', async () => {
    await setOptions();
    await fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed(), fetchedAt: 1, error: null } });
    await paintBadge();
    expect(fake.badge.text).toBe('2');
    await fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed([keyResult({ due: false })]), fetchedAt: 2, error: null } });
    await paintBadge();
    expect(fake.badge.text).toBe('');
  });
});

describe('alarms', () => {
  it('creates missing alarms on worker start and leaves existing ones alone', async () => {
    await setOptions({ refreshMinutes: 15 });
    await onWorkerStart(5_000);
    expect(fake.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 15 });
    const created = fake.calls['alarms.create'];
    await onWorkerStart(6_000);
    expect(fake.calls['alarms.create']).toBe(created);
    expect(fake.alarms.has(RETRY_ALARM)).toBe(false);
  });

  it('re-creates the refresh alarm when the interval changes', async () => {
    await ensureRefreshAlarm(30);
    await ensureRefreshAlarm(10);
    expect(fake.alarms.get(REFRESH_ALARM)?.periodInMinutes).toBe(10);
  });
});

describe('reminders', () => {
  beforeEach(async () => {
    await setOptions({ name: 'Ada' });
    await fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed(), fetchedAt: 1, error: null } });
  });

  it("reminds of the user's own due key result once, however often it refreshes", async () => {
    await remindDue(clock);
    await remindDue(clock);
    await remindDue(clock);
    expect(fake.calls['notifications.create']).toBe(1);
    expect([...fake.notifications.values()]).toEqual([expect.objectContaining({ type: 'basic', title: 'Check-in due', message: 'Raise NPS from 30 to 45 (Team OKRs)' })]);
    expect(Object.keys(fake.store.get(NOTIFIED_KEY) as object)).toHaveLength(1);
  });

  it('stays quiet when reminders are off', async () => {
    await setOptions({ name: 'Ada', reminders: false });
    await remindDue(clock);
    expect(fake.calls['notifications.create']).toBeUndefined();
  });

  it('opens the popup page when a reminder is clicked, and ignores other notifications', async () => {
    await remindDue(clock);
    const [id] = fake.notifications.keys();
    await openFromNotification(id);
    await openFromNotification('something-else');
    expect(fake.tabs).toEqual(['chrome-extension://fake-extension-id/popup.html']);
    expect(fake.notifications.size).toBe(0);
  });
});
