/**
 * Reads every tracker's feed. A good feed replaces the cache; a failure (offline, wrong token,
 * a web page instead of JSON, a feed that breaks the contract) is recorded next to the last good
 * feed, which stays on screen.
 */
import { fetchFeed } from '../lib/feed-client.js';
import type { ClientOptions } from '../lib/feed-client.js';
import type { Tracker } from '../lib/options.js';
import type { TrackerCache } from '../lib/snapshot.js';
import { NETWORK_LOCK, withLock } from '../lib/with-lock.js';
import { dropCachesExcept, readTrackerCache, writeTrackerCache } from '../storage/cache-store.js';
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
  const cache: TrackerCache = result.ok
    ? { feed: result.value, fetchedAt: at, error: null }
    : { ...(await readTrackerCache(tracker.id)), error: { ...result.error, at } };
  await writeTrackerCache(tracker.id, cache);
}
