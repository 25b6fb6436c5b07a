import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CheckInRequest } from '../../shared/feed/feed.js';
import { defaults } from '../storage/options.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { OPTIONS_KEY, cacheKey, outboxKey } from '../storage/storage-keys.js';
import { fakeFetch, jsonAnswer } from '../test-support/fake-fetch.js';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { REFRESH_ALARM } from './sw-alarms.js';

const { fake } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser() };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));

const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok' };
const server = fakeFetch((request) => {
  if (request.method === 'GET') return jsonAnswer(sampleFeed());
  const body = JSON.parse(request.body ?? '') as CheckInRequest;
  return jsonAnswer({ ok: true, checkIn: { id: body.id, requestId: body.requestId, value: body.value }, keyResult: keyResult({ current: body.value as number, due: false, nextCheckIn: '2999-01-01' }) });
});

beforeAll(async () => {
  vi.stubGlobal('fetch', server.fetch);
  await fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, trackers: [tracker] } });
  await import('./main.js');
});
afterEach(() => {
  server.requests.length = 0;
});

const send = (message: unknown) => fake.browser.runtime.sendMessage(message);

describe('the background worker', () => {
  it('registers every listener as soon as it loads', () => {
    expect(fake.browser.runtime.onMessage.listeners.size).toBe(1);
    expect(fake.browser.alarms.onAlarm.listeners.size).toBe(1);
    expect(fake.browser.runtime.onInstalled.listeners.size).toBe(1);
    expect(fake.browser.runtime.onStartup.listeners.size).toBe(1);
    expect(fake.browser.notifications.onClicked.listeners.size).toBe(1);
    expect(fake.browser.notifications.onButtonClicked?.listeners.size).toBe(1);
    expect(fake.browser.storage.onChanged.listeners.size).toBe(1);
  });

  it('creates the refresh alarm on start', async () => {
    await vi.waitFor(() => expect(fake.alarms.get(REFRESH_ALARM)).toMatchObject({ periodInMinutes: defaults.refreshMinutes }));
  });

  it('refreshes every feed and paints the badge when the popup asks', async () => {
    expect(await send({ type: 'refresh' })).toEqual({ ok: true });
    expect(server.requests.map((request) => request.method)).toEqual(['GET']);
    expect(fake.store.get(cacheKey('t1'))).toMatchObject({ feed: sampleFeed() });
    expect(fake.badge.text).toBe('2');
  });

  it('sends a check-in the popup wrote to the outbox', async () => {
    const item = newOutboxItem({ trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'NPS', value: 41, confidence: null, note: null, by: null }, 'req-9', Date.now());
    await fake.browser.storage.local.set({ [outboxKey(item.requestId)]: item });
    expect(await send({ type: 'send-outbox' })).toEqual({ ok: true });
    expect(server.requests.map((request) => JSON.parse(request.body ?? '{}').requestId)).toEqual(['req-9']);
    expect(fake.store.has(outboxKey('req-9'))).toBe(false);
    expect(fake.badge.text).toBe('1');
  });

  it('answers the popup\'s snooze', async () => {
    expect(await send({ type: 'snooze', trackerId: 't1', keyResultId: 'KR2', snoozed: true })).toEqual({ ok: true });
    expect(await send({ type: 'snooze', trackerId: 't1', keyResultId: 'nope', snoozed: true })).toEqual({ ok: false, error: 'unknown key result' });
    expect(server.requests).toHaveLength(0);
  });

  it('refreshes when the refresh alarm fires', async () => {
    await fake.fireAlarm(REFRESH_ALARM);
    expect(server.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it.each([[null], [{ type: 'format-disk' }], ['refresh'], [{ type: 'views-unchanged' }], [{ type: 'views-unchanged', stamp: 42 }], ['views-data']])('answers an unknown message %j with an error, doing nothing', async (message) => {
    expect(await send(message)).toEqual({ ok: false, error: 'unknown message' });
    expect(server.requests).toHaveLength(0);
  });
});
