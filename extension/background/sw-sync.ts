/** What each event does, composed from the one-concern modules. */
import { pollMinutes } from '../feed/freshness.js';
import { nextRetryAt } from '../check-in/outbox.js';
import { OUTBOX_PREFIX } from '../storage/storage-keys.js';
import { readOutbox } from '../storage/outbox-store.js';
import { readSnapshot } from '../storage/snapshot-store.js';
import { REFRESH_ALARM, RETRY_ALARM, ensureRefreshAlarm, ensureRetryAlarm } from './sw-alarms.js';
import { paintBadge } from './sw-badge.js';
import { flushOutbox } from './sw-outbox.js';
import { refreshAll } from './sw-refresh.js';
import { remindDue } from './sw-reminders.js';
import { forgetViewsDay, keepViewsOutOfSight } from './sw-views.js';

/** The poll interval: the user's, or longer when a feed advises it. */
async function keepRefreshAlarm(): Promise<void> {
  const { options, caches } = await readSnapshot();
  await ensureRefreshAlarm(pollMinutes(options.refreshMinutes, options.trackers.map((tracker) => caches[tracker.id]?.feed)));
}

/**
 * Sends what waits, then polls every feed, then updates badge, poll interval and reminders, and
 * has the popup's views kept if they were not today.
 */
export async function syncAll(force: boolean): Promise<void> {
  await flushOutbox({ force });
  await refreshAll({ force });
  await paintBadge();
  await keepRefreshAlarm();
  await remindDue();
  await keepViewsOutOfSight();
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

/** Every start of the worker: the badge shows the cached state at once, and the alarms exist. */
export async function onWorkerStart(now: number = Date.now()): Promise<void> {
  await paintBadge();
  await keepRefreshAlarm();
  await ensureRetryAlarm(nextRetryAt(await readOutbox()), now);
}

/**
 * A check-in written to the outbox (by the popup, before it asks for a send) or taken out of it
 * repaints the badge at once; a new one is also sent at once, even if the popup closed before
 * its message arrived (a second send of the same request ID writes nothing).
 */
export async function onStorageChanged(changes: Record<string, unknown>, area: string): Promise<void> {
  if (area !== 'local') return;
  const outboxChanges = Object.entries(changes).filter(([key]) => key.startsWith(OUTBOX_PREFIX));
  if (outboxChanges.length === 0) return;
  const added = outboxChanges.some(([, change]) => isAddition(change));
  if (added) await flushOutbox({ force: true });
  await paintBadge();
}

function isAddition(change: unknown): boolean {
  if (typeof change !== 'object' || change === null) return false;
  return 'newValue' in change && !('oldValue' in change);
}

export async function afterOptionsSaved(): Promise<void> {
  await forgetViewsDay();
  await keepRefreshAlarm();
  await syncAll(true);
}
