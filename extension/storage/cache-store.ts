/** The last good feed of each tracker, with when it was read and the last refresh's error. */
import type { Feed } from '../../shared/feed/feed.js';
import { browser } from '../platform/browser.js';
import type { RefreshRecord, TrackerCache } from '../feed/snapshot.js';
import { readCache } from '../feed/snapshot.js';
import { CACHE_PREFIX, REFRESH_PREFIX, cacheKey, refreshKey } from './storage-keys.js';

export async function readTrackerCache(trackerId: string): Promise<TrackerCache> {
  const key = cacheKey(trackerId);
  const refresh = refreshKey(trackerId);
  const stored = await browser.storage.local.get([key, refresh]);
  return readCache(stored[key], stored[refresh]);
}

/** Feed and refresh record in one write, so no reader sees one without the other. */
export async function writeTrackerCache(trackerId: string, cache: TrackerCache): Promise<void> {
  const refresh: RefreshRecord = { fetchedAt: cache.fetchedAt, error: cache.error };
  await browser.storage.local.set({ [cacheKey(trackerId)]: cache, [refreshKey(trackerId)]: refresh });
}

/** A failed refresh: the feed stays as it is, in storage and on the popup's screen. */
export async function writeRefreshRecord(trackerId: string, refresh: RefreshRecord): Promise<void> {
  await browser.storage.local.set({ [refreshKey(trackerId)]: refresh });
}

/** Changes the cached feed of a tracker (nothing cached: nothing to change); the refresh record keeps its own key. */
export async function updateCachedFeed(trackerId: string, update: (feed: Feed) => Feed): Promise<void> {
  const cache = await readTrackerCache(trackerId);
  if (cache.feed === null) return;
  await browser.storage.local.set({ [cacheKey(trackerId)]: { ...cache, feed: update(cache.feed) } });
}

/** Forgets trackers the user removed. */
export async function dropCachesExcept(trackerIds: readonly string[]): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keep = new Set(trackerIds.flatMap((id) => [cacheKey(id), refreshKey(id)]));
  const stale = Object.keys(all).filter((key) => (key.startsWith(CACHE_PREFIX) || key.startsWith(REFRESH_PREFIX)) && !keep.has(key));
  if (stale.length > 0) await browser.storage.local.remove(stale);
}
