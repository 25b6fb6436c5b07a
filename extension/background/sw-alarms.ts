/**
 * The two alarms. Alarms may or may not survive a browser restart (Chrome keeps them only from
 * Chrome 150 with persistAcrossSessions), so every worker start checks them and creates the
 * missing ones. https://developer.chrome.com/docs/extensions/reference/api/alarms
 */
import { browser } from '../platform/browser.js';

export const REFRESH_ALARM = 'refresh';
export const RETRY_ALARM = 'outbox-retry';
/** Chrome fires alarms no sooner than 30 s from now; asking for less only misleads the reader. */
const MIN_ALARM_DELAY_MS = 30_000;

/** Creates the periodic refresh when it is missing or its period differs from the options. */
export async function ensureRefreshAlarm(minutes: number): Promise<void> {
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === minutes) return;
  await browser.alarms.create(REFRESH_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** Sets the outbox retry for `at` (ms since the epoch), or removes it when nothing waits. */
export async function scheduleRetryAlarm(at: number | null, now: number): Promise<void> {
  if (at === null) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  await browser.alarms.create(RETRY_ALARM, { when: Math.max(at, now + MIN_ALARM_DELAY_MS) });
}

/** On worker start: only adds a missing retry, so frequent wake-ups never postpone one. */
export async function ensureRetryAlarm(at: number | null, now: number): Promise<void> {
  if (at === null || (await browser.alarms.get(RETRY_ALARM)) !== undefined) return;
  await scheduleRetryAlarm(at, now);
}
