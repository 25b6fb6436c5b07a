/**
 * Sends the outbox, oldest first. Each attempt's backoff is saved before the request goes out;
 * success puts the answer's key result into the cached feed (its objectives rolled up again) and then removes the record; a permanent
 * failure is kept, marked, for the popup to show; a transient one stops that tracker's queue
 * (later check-ins must not overtake it) until the retry alarm.
 */
import { browser } from '../platform/browser.js';
import { conflictKey } from '../check-in/check-ins-since.js';
import { postCheckIn } from '../feed/feed-client.js';
import type { ClientOptions } from '../feed/feed-client.js';
import { afterPermanentFailure, afterTransientFailure, beforeAttempt, isReady, nextRetryAt, toRequest } from '../check-in/outbox.js';
import * as strings from '../strings/worker.js';
import { NETWORK_LOCK, withLock } from '../storage/with-lock.js';
import { updateCachedFeed } from '../storage/cache-store.js';
import { withAnsweredKeyResult } from '../feed/local-checkins.js';
import { loadOptions } from '../storage/options-store.js';
import { putOutboxItem, readOutbox, removeOutboxItem } from '../storage/outbox-store.js';
import { scheduleRetryAlarm } from './sw-alarms.js';

export interface FlushOptions {
  /** A user's action: send now, whatever the backoff says. */
  force: boolean;
  clock?: () => number;
  random?: () => number;
  client?: ClientOptions;
}

const keyOf = (item: { trackerId: string; keyResultId: string }) => `${item.trackerId}\u0000${item.keyResultId}`;

export async function flushOutbox({ force, clock = Date.now, random = Math.random, client }: FlushOptions): Promise<void> {
  await withLock(NETWORK_LOCK, async () => {
    const [options, items] = await Promise.all([loadOptions(), readOutbox()]);
    const blocked = new Set<string>();
    const sentTimes = new Map<string, string>();
    for (const item of items) {
      if (item.state !== 'pending' || blocked.has(item.trackerId)) continue;
      if (!isReady(item, clock(), force)) {
        blocked.add(item.trackerId);
        continue;
      }
      const tracker = options.trackers.find((candidate) => candidate.id === item.trackerId);
      if (tracker === undefined) {
        await putOutboxItem(afterPermanentFailure(item, strings.trackerRemoved));
        continue;
      }
      // A later check-in of the same key result has seen this device's earlier one: it must not
      // come back as "checked in since" by someone else.
      const ownTime = sentTimes.get(keyOf(item));
      const seen = ownTime !== undefined && item.seenLastCheckIn !== undefined ? { ...item, seenLastCheckIn: ownTime } : item;
      const attempt = beforeAttempt(seen, clock(), random());
      await putOutboxItem(attempt);
      const outcome = await postCheckIn(tracker, toRequest(attempt, tracker.token), client);
      if (outcome.ok) {
        // The cache takes the answer before the outbox lets go of the check-in: the popup, which
        // redraws on each change, never shows the grades from before it in between.
        const answered = outcome.value.keyResult;
        if (answered !== null) await updateCachedFeed(tracker.id, (feed) => withAnsweredKeyResult(feed, answered));
        await removeOutboxItem(attempt.requestId);
        sentTimes.set(keyOf(item), outcome.value.checkIn.time);
        // Check-ins by others since the value the user saw: kept for the popup until dismissed.
        const since = outcome.value.since ?? [];
        if (since.length > 0) await browser.storage.local.set({ [conflictKey(item.trackerId, item.keyResultId)]: { trackerId: item.trackerId, keyResultId: item.keyResultId, since } });
      } else if (outcome.error.permanent) {
        await putOutboxItem(afterPermanentFailure(attempt, outcome.error.message));
      } else {
        await putOutboxItem(afterTransientFailure(attempt, outcome.error.message));
        blocked.add(item.trackerId);
      }
    }
    await scheduleRetryAlarm(nextRetryAt(await readOutbox()), clock());
  });
}
