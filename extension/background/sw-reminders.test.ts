import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults } from '../storage/options.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { NOTIFIED_KEY, OPTIONS_KEY, SNOOZED_KEY, cacheKey, outboxKey } from '../storage/storage-keys.js';
import { sampleFeed } from '../test-support/sample-feed.js';
import { handleMessage } from './sw-messages.js';
import { openFromButton, openFromNotification } from './sw-notifications.js';
import { remindDue } from './sw-reminders.js';

const { fake } = await vi.hoisted(async () => {
  const { createFakeBrowser } = await import('../test-support/fake-browser.js');
  return { fake: createFakeBrowser() };
});
vi.mock('../platform/browser.js', () => ({ browser: fake.browser }));

// The tests run in America/New_York (vitest.config.ts), the zone the worker reads.
const MONDAY_10 = Date.parse('2025-03-10T14:00:00Z');
const DAY = 86_400_000;
const tracker = { id: 't1', name: 'Team', url: 'https://script.google.com/macros/s/one/exec', token: 'tok' };
const setOptions = (patch: Partial<typeof defaults> = {}) => fake.browser.storage.local.set({ [OPTIONS_KEY]: { ...defaults, name: 'Ada', trackers: [tracker], ...patch } });
const remindAt = (time: number) => remindDue(() => time);
const shown = () => [...fake.notifications.entries()].map(([id, notification]) => ({ id, ...notification }));

beforeEach(async () => {
  fake.reset();
  await setOptions();
  await fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed(), fetchedAt: MONDAY_10, error: null } });
});

describe('remindDue', () => {
  it("reminds of the user's own due key result once a day, at most twice, with a Check in button", async () => {
    await remindAt(MONDAY_10);
    await remindAt(MONDAY_10 + 60_000);
    // The tracker's name as the user typed it on the options page ('Team'), not the feed's: one name everywhere.
    expect(shown()).toEqual([expect.objectContaining({ type: 'basic', title: 'Check-in due', message: 'Raise NPS from 30 to 45 (Team)', buttons: [{ title: 'Check in' }] })]);
    await remindAt(MONDAY_10 + DAY);
    await remindAt(MONDAY_10 + 2 * DAY);
    expect(fake.calls['notifications.create']).toBe(2);
    expect(shown()).toEqual([expect.objectContaining({ title: 'Check-in still due' })]);
  });

  it('shows a basic notification in Firefox', async () => {
    fake.notificationsAs('firefox');
    await remindAt(MONDAY_10);
    expect(shown()).toEqual([expect.not.objectContaining({ buttons: expect.anything() })]);
  });

  it.each([
    ['reminders are off', { reminders: false }, MONDAY_10],
    ['it is before working hours', {}, MONDAY_10 - 2 * 3_600_000],
    ['it is the weekend', {}, MONDAY_10 + 5 * DAY],
    ['the user is away', { awayUntil: '2025-03-12' }, MONDAY_10],
    ['Monday is not a working day', { workingDays: [2, 3] }, MONDAY_10],
  ])('stays quiet when %s', async (_name, patch, time) => {
    await setOptions(patch);
    await remindAt(time);
    expect(fake.calls['notifications.create']).toBeUndefined();
    expect(fake.store.get(NOTIFIED_KEY) ?? {}).toEqual({});
  });

  it('stays quiet about a key result checked in here and waiting in the outbox', async () => {
    const item = newOutboxItem({ trackerId: 't1', keyResultId: 'KR1', keyResultTitle: 'NPS', value: 40, confidence: null, note: null, by: null }, 'r1', 1);
    await fake.browser.storage.local.set({ [outboxKey('r1')]: { ...item, state: 'failed' } });
    await remindAt(MONDAY_10);
    expect(fake.calls['notifications.create']).toBeUndefined();
  });

  it('remembers a reminder even when the system refuses to show it', async () => {
    fake.refuseNotifications = true;
    await remindAt(MONDAY_10);
    expect(Object.keys(fake.store.get(NOTIFIED_KEY) as object)).toHaveLength(1);
  });
});

describe('snooze until next check-in', () => {
  const snooze = (snoozed: boolean, keyResultId = 'KR1') => handleMessage({ type: 'snooze', trackerId: 't1', keyResultId, snoozed });

  it('silences a key result and takes its reminder away', async () => {
    await remindAt(MONDAY_10);
    expect(await snooze(true)).toEqual({ ok: true });
    expect(fake.notifications.size).toBe(0);
    await remindAt(MONDAY_10 + DAY);
    expect(fake.calls['notifications.create']).toBe(1);
  });

  it('ends with the next due date', async () => {
    await snooze(true);
    await remindAt(MONDAY_10);
    expect(fake.calls['notifications.create']).toBeUndefined();
    const nextWeek = sampleFeed().keyResults.map((kr) => ({ ...kr, lastCheckIn: '2025-03-10', nextCheckIn: '2025-03-17' }));
    await fake.browser.storage.local.set({ [cacheKey('t1')]: { feed: sampleFeed(nextWeek), fetchedAt: MONDAY_10, error: null } });
    await remindAt(MONDAY_10 + 7 * DAY);
    expect(fake.calls['notifications.create']).toBe(1);
  });

  it('wakes again when undone', async () => {
    await snooze(true);
    await snooze(false);
    expect(fake.store.get(SNOOZED_KEY)).toEqual({});
    await remindAt(MONDAY_10);
    expect(fake.calls['notifications.create']).toBe(1);
  });

  it('refuses a key result it does not know', async () => {
    expect(await snooze(true, 'KR404')).toEqual({ ok: false, error: 'unknown key result' });
    expect(fake.store.has(SNOOZED_KEY)).toBe(false);
  });
});

describe('clicks on notifications', () => {
  const checkInTab = 'chrome-extension://fake-extension-id/popup.html?view=checkin&tracker=t1&kr=KR1';

  it('opens the check-in view of the key result in a tab, from the toast or its button', async () => {
    await remindAt(MONDAY_10);
    const [id] = fake.notifications.keys();
    await openFromButton(id, 0);
    expect(fake.tabs).toEqual([checkInTab]);
    expect(fake.notifications.size).toBe(0);
    await openFromNotification(id);
    expect(fake.tabs).toEqual([checkInTab, checkInTab]);
  });

  it('closes the test notification without opening anything, and ignores foreign ones', async () => {
    await fake.browser.notifications.create('test|1', { type: 'basic', title: 't', message: 'm' });
    await openFromNotification('test|1');
    await openFromNotification('something-else');
    await openFromButton('due|t1|KR1|2025-03-10', 1);
    expect(fake.tabs).toEqual([]);
    expect(fake.notifications.size).toBe(0);
  });
});
