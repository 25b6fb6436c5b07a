/**
 * Reads every tracker's feed. A good feed replaces the cache; a failure (offline, wrong token,
 * a web page instead of JSON, a feed that breaks the contract) is recorded next to the last good
 * feed, which stays on screen.
 */
import { fetchFeed } from '../lib/feed-client.js';
import type { ClientOptions } from '../lib/feed-client.js';
import type { Tracker } from '../lib/options.js';
import { NETWORK_LOCK, withLock } from '../lib/with-lock.js';
import { dropCachesExcept, readTrackerCache, writeRefreshRecord, writeTrackerCache } from '../storage/cache-store.js';
import { loadOptions } from '../storage/options-store.js';

export async function refreshAll(clock: () => number = Date.now, client?: ClientOptions): Promise<void> {
  await withLock(NETWORK_LOCK, async () => {
    const { trackers } = await loadOptions();
    await Promise.all(trackers.map((tracker) => refreshOne(tracker, clock, client)));
    await dropCachesExcept(trackers.map((tracker) => tracker.id));
  });
}

async function refreshOne(tracker: Tracker, clock: () => number, client?: ClientOptions): Promise<void> {
  const result = await fetchFeed(tracker, client);
  const at = clock();
  if (result.ok) {
    await writeTrackerCache(tracker.id, { feed: result.value, fetchedAt: at, error: null });
    return;
  }
  // Only the small refresh record: rewriting the feed would make the popup rebuild it.
  const { fetchedAt } = await readTrackerCache(tracker.id);
  await writeRefreshRecord(tracker.id, { fetchedAt, error: { ...result.error, at } });
}
