/** What each event does, composed from the one-concern modules. */
import { nextRetryAt } from '../lib/outbox.js';
import { loadOptions } from '../storage/options-store.js';
import { readOutbox } from '../storage/outbox-store.js';
import { REFRESH_ALARM, RETRY_ALARM, ensureRefreshAlarm, ensureRetryAlarm } from './sw-alarms.js';
import { paintBadge } from './sw-badge.js';
import { remindDue } from './sw-notifications.js';
import { flushOutbox } from './sw-outbox.js';
import { refreshAll } from './sw-refresh.js';

/** Sends what waits, then reads every feed, then updates badge and reminders. */
export async function syncAll(force: boolean): Promise<void> {
  await flushOutbox({ force });
  await refreshAll();
  await paintBadge();
  await remindDue();
}

export async function sendOutbox(): Promise<void> {
  await flushOutbox({ force: true });
  await paintBadge();
}

export async function handleAlarm(alarm: { name: string }): Promise<void> {
  if (alarm.name === REFRESH_ALARM) await syncAll(false);
  else if (alarm.name === RETRY_ALARM) {
    await flushOutbox({ force: false });
    await paintBadge();
  }
}

/** Every start of the worker: the alarms exist, and the badge shows the cached state. */
export async function onWorkerStart(now: number = Date.now()): Promise<void> {
  const [options, outbox] = await Promise.all([loadOptions(), readOutbox()]);
  await ensureRefreshAlarm(options.refreshMinutes);
  await ensureRetryAlarm(nextRetryAt(outbox), now);
  await paintBadge();
}

export async function afterOptionsSaved(): Promise<void> {
  const options = await loadOptions();
  await ensureRefreshAlarm(options.refreshMinutes);
  await syncAll(true);
}
