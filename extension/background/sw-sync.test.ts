import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BADGE_COLORS } from '../badge/badge.js';
import { defaults } from '../storage/options.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { OPTIONS_KEY, cacheKey, outboxKey, refreshKey } from '../storage/storage-keys.js';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { fakeFetch, htmlAnswer } from '../test-support/fake-fetch.js';
import { REFRESH_ALARM, RETRY_ALARM, ensureRefreshAlarm } from './sw-alarms.js';
import { paintBadge } from './sw-badge.js';
import { onStorageChanged, onWorkerStart } from './sw-sync.js';

const { fake } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser(() => 5_000) };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));

const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok' };
const setOptions = (patch: Partial<typeof defaults> = {}) => fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, trackers: [tracker], ...patch } });
const seedCache = (feed = sampleFeed(), fetchedAt = Date.now()) => fake.browser.storage.local.set({ [cacheKey('t1')]: { feed, fetchedAt, error: null } });

beforeEach(() => fake.reset());

describe('paintBadge', () => {
  it('shows the number of due check-ins and clears it when none are due', async () => {
    await setOptions();
    await seedCache();
    await paintBadge();
    expect(fake.badge.text).toBe('2');
    await seedCache(sampleFeed([keyResult({ due: false, nextCheckIn: '2999-01-01' })]));
    await paintBadge();
    expect(fake.badge.text).toBe('');
  });

  it('sets the colour and the tooltip with the text', async () => {
    await setOptions();
    await fake.browser.storage.local.set({ [refreshKey('t1')]: { fetchedAt: 1, error: { kind: 'api', code: 'unauthorized', permanent: true, message: 'The tracker refused the access token', at: 2 } } });
    await paintBadge();
    expect(fake.badge).toEqual({ text: '!', color: BADGE_COLORS.problem, title: expect.stringContaining('Team: The tracker refused the access token') });
  });
});

describe('worker start', () => {
  it('repaints the badge from the cache before any network', async () => {
    await setOptions();
    await seedCache();
    await onWorkerStart(5_000);
    expect(fake.badge.text).toBe('2');
  });

  it('creates missing alarms and leaves existing ones alone', async () => {
    await setOptions({ refreshMinutes: 15 });
    await onWorkerStart(5_000);
    expect(fake.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 15 });
    const created = fake.calls['alarms.create'];
    await onWorkerStart(6_000);
    expect(fake.calls['alarms.create']).toBe(created);
    expect(fake.alarms.has(RETRY_ALARM)).toBe(false);
  });

  it("polls at the feed's advised interval when it is longer than the user's", async () => {
    await setOptions({ refreshMinutes: 15 });
    await seedCache({ ...sampleFeed(), minRefreshMinutes: 45 });
    await onWorkerStart(5_000);
    expect(fake.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: 45 });
  });

  it('re-creates the retry alarm of a check-in still waiting', async () => {
    await setOptions();
    const item = { ...newOutboxItem({ trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'NPS', value: 1, confidence: null, note: null, by: null }, 'r1', 1), nextAttemptAt: 90_000 };
    await fake.browser.storage.local.set({ [outboxKey('r1')]: item });
    await onWorkerStart(5_000);
    expect(fake.alarms.get(RETRY_ALARM)?.scheduledTime).toBe(90_000);
  });

  it('re-creates the refresh alarm when the interval changes', async () => {
    await ensureRefreshAlarm(30);
    await ensureRefreshAlarm(10);
    expect(fake.alarms.get(REFRESH_ALARM)?.periodInMinutes).toBe(10);
  });
});

describe('a local check-in', () => {
  // The worker sends a new outbox item itself: the web app is faked so no request leaves the test.
  let app: ReturnType<typeof fakeFetch>;
  beforeEach(() => {
    app = fakeFetch(() => htmlAnswer(503));
    vi.stubGlobal('fetch', app.fetch);
    return () => vi.unstubAllGlobals();
  });
  const item = () => newOutboxItem({ trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'NPS', value: 40, confidence: null, note: null, by: null }, 'r1', 1);

  it('repaints the badge as soon as it is written to the outbox', async () => {
    await setOptions();
    await seedCache();
    await paintBadge();
    await fake.browser.storage.local.set({ [outboxKey('r1')]: item() });
    await onStorageChanged({ [outboxKey('r1')]: { newValue: item() } }, 'local');
    expect(fake.badge.text).toBe('1');
  });

  it('sends a new check-in at once, even when the popup closed before asking', async () => {
    await setOptions();
    await fake.browser.storage.local.set({ [outboxKey('r1')]: item() });
    await onStorageChanged({ [outboxKey('r1')]: { newValue: item() } }, 'local');
    expect(app.requests.map((request) => JSON.parse(String(request.body)).requestId)).toEqual(['r1']);
  });

  it('sends nothing when an item is only updated or removed', async () => {
    await setOptions();
    await onStorageChanged({ [outboxKey('r1')]: { oldValue: item(), newValue: item() }, [outboxKey('r2')]: { oldValue: item() } }, 'local');
    expect(app.requests).toEqual([]);
  });

  it.each([
    ['another key', { options: {} }, 'local'],
    ['another area', { [outboxKey('r1')]: {} }, 'sync'],
  ])('does not repaint for %s', async (_name, changes, area) => {
    await onStorageChanged(changes, area);
    expect(fake.calls['action.setBadgeText']).toBeUndefined();
  });
});
