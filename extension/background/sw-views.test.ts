import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey } from '../check-in/draft-key.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { defaults } from '../storage/options.js';
import { OPTIONS_KEY, cacheKey, outboxKey } from '../storage/storage-keys.js';
import { sampleFeed } from '../test-support/sample-feed.js';
import { answerViewsPage, forgetViewsDay, keepViewsOutOfSight } from './sw-views.js';

const { fake, zone } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser(() => 5_000), zone: { name: 'UTC' } };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));
vi.mock('./sw-environment.js', () => ({ userTimeZone: () => zone.name }));

/**
 * chrome.offscreen as Chrome has it: one document at a time, a second createDocument and a
 * closeDocument with none open reject (https://developer.chrome.com/docs/extensions/reference/api/offscreen).
 */
function fakeOffscreen() {
  const opened: { url: string; reasons: string[] }[] = [];
  let open = false;
  return {
    opened,
    isOpen: () => open,
    api: {
      hasDocument: async () => open,
      async createDocument({ url, reasons }: { url: string; reasons: string[]; justification: string }) {
        if (open) throw new Error('Only a single offscreen document may be created.');
        open = true;
        opened.push({ url, reasons });
      },
      async closeDocument() {
        if (!open) throw new Error('No current offscreen document.');
        open = false;
      },
    },
  };
}

let offscreen = fakeOffscreen();
const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok' };
const setOptions = () => fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, trackers: [tracker] } });
const seedCache = () => fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed(), fetchedAt: 1, error: null } });

const NOON_UTC = Date.UTC(2026, 11, 5, 12);
const HOUR = 3_600_000;

beforeEach(() => {
  fake.reset();
  zone.name = 'UTC';
  offscreen = fakeOffscreen();
  vi.stubGlobal('chrome', { offscreen: offscreen.api });
  return () => vi.unstubAllGlobals();
});

describe('keeping the views out of sight', () => {
  it('opens the popup page once a day in Chrome, as an offscreen document kept for localStorage', async () => {
    await setOptions();
    await seedCache();
    await keepViewsOutOfSight(NOON_UTC);
    expect(offscreen.opened).toEqual([{ url: 'chrome-extension://fake-extension-id/popup.html?keep-views', reasons: ['LOCAL_STORAGE'] }]);
    await answerViewsPage({ type: 'views-done' });
    expect(offscreen.isOpen()).toBe(false);
    await keepViewsOutOfSight(NOON_UTC + 6 * HOUR);
    expect(offscreen.opened).toHaveLength(1);
    await keepViewsOutOfSight(NOON_UTC + 24 * HOUR);
    expect(offscreen.opened).toHaveLength(2);
  });

  it("counts days in the user's zone: in UTC+14 a new day starts at 10:00 UTC", async () => {
    zone.name = 'Pacific/Kiritimati';
    await setOptions();
    await seedCache();
    await keepViewsOutOfSight(Date.UTC(2026, 11, 5, 9, 30));
    await answerViewsPage({ type: 'views-done' });
    await keepViewsOutOfSight(Date.UTC(2026, 11, 5, 10, 30));
    expect(offscreen.opened).toHaveLength(2);
    // In a half-hour zone (UTC+5:30) 18:00 and 18:45 UTC are two local days.
    zone.name = 'Asia/Kolkata';
    await keepViewsOutOfSight(Date.UTC(2026, 11, 5, 18, 0));
    await answerViewsPage({ type: 'views-done' });
    await keepViewsOutOfSight(Date.UTC(2026, 11, 5, 18, 45));
    expect(offscreen.opened).toHaveLength(4);
  });

  it('opens it again the same day once the options were saved', async () => {
    await setOptions();
    await seedCache();
    await keepViewsOutOfSight(NOON_UTC);
    await answerViewsPage({ type: 'views-done' });
    await forgetViewsDay();
    await keepViewsOutOfSight(NOON_UTC + HOUR);
    expect(offscreen.opened).toHaveLength(2);
  });

  it('opens nothing while no tracker has a feed to show', async () => {
    await keepViewsOutOfSight(NOON_UTC);
    await setOptions();
    await keepViewsOutOfSight(NOON_UTC);
    expect(offscreen.opened).toEqual([]);
    // The first feed arrives later the same day: then it opens.
    await seedCache();
    await keepViewsOutOfSight(NOON_UTC + HOUR);
    expect(offscreen.opened).toHaveLength(1);
  });

  it('replaces a page that never said it was done, and tries once a day, not at every poll', async () => {
    await setOptions();
    await seedCache();
    await keepViewsOutOfSight(NOON_UTC);
    await keepViewsOutOfSight(NOON_UTC + HOUR);
    expect(offscreen.opened).toHaveLength(1);
    await keepViewsOutOfSight(NOON_UTC + 24 * HOUR);
    expect(offscreen.opened).toHaveLength(2);
    expect(offscreen.isOpen()).toBe(true);
  });

  it('never fails the sync it ends: a document Chrome refuses to create is only warned about', async () => {
    vi.stubGlobal('chrome', { offscreen: { ...offscreen.api, createDocument: async () => Promise.reject(new TypeError('Invalid reason')) } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await setOptions();
    await seedCache();
    await expect(keepViewsOutOfSight(NOON_UTC)).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith("okr-sheets could not keep the popup's views:", 'TypeError');
    warn.mockRestore();
  });

  it('does nothing where there is neither an offscreen API nor a document (never throws)', async () => {
    vi.stubGlobal('chrome', {});
    await setOptions();
    await seedCache();
    await expect(keepViewsOutOfSight(NOON_UTC)).resolves.toBeUndefined();
    await expect(answerViewsPage({ type: 'views-done' })).resolves.toEqual({ ok: true });
  });
});

describe("answering the page's messages", () => {
  it('hands the page what the popup reads: the snapshot and the extras, drafts included', async () => {
    await setOptions();
    await seedCache();
    await fake.browser.storage.local.set({ [draftKey('t1', 'kr-1')]: { value: '12', confidence: '7', note: 'so far' } });
    const data = await answerViewsPage({ type: 'views-data' });
    expect(data).toMatchObject({ ok: true, snapshot: { options: { trackers: [tracker] }, caches: { t1: { feed: sampleFeed() } } } });
    expect('extras' in data && data.extras.drafts[draftKey('t1', 'kr-1')]).toMatchObject({ value: '12', note: 'so far' });
  });

  it('tells the page whether storage changed while it rendered: a check-in made meanwhile forgets the views', async () => {
    await setOptions();
    await seedCache();
    const data = await answerViewsPage({ type: 'views-data' });
    const stamp = 'stamp' in data ? data.stamp : '';
    expect(await answerViewsPage({ type: 'views-unchanged', stamp })).toEqual({ ok: true, unchanged: true });
    const item = newOutboxItem({ trackerId: 't1', keyResultId: 'kr-1', keyResultTitle: 'kr-1', value: 40, confidence: 7, note: null, by: null }, 'req-1', 5_000);
    await fake.browser.storage.local.set({ [outboxKey('req-1')]: item });
    expect(await answerViewsPage({ type: 'views-unchanged', stamp })).toEqual({ ok: true, unchanged: false });
  });
});
