/** The last good feed of each tracker, with when it was read and the last refresh's error. */
import type { FeedKeyResult } from '../../shared/feed.js';
import { browser } from '../platform/browser.js';
import type { TrackerCache } from '../lib/snapshot.js';
import { readCache } from '../lib/snapshot.js';
import { CACHE_PREFIX, cacheKey } from '../lib/storage-keys.js';

export async function readTrackerCache(trackerId: string): Promise<TrackerCache> {
  const key = cacheKey(trackerId);
  const stored = await browser.storage.local.get(key);
  return readCache(stored[key]);
}

export async function writeTrackerCache(trackerId: string, cache: TrackerCache): Promise<void> {
  await browser.storage.local.set({ [cacheKey(trackerId)]: cache });
}

/** Puts the web app's answer to a check-in into the cached feed, so the popup shows it at once. */
export async function replaceKeyResult(trackerId: string, keyResult: FeedKeyResult): Promise<void> {
  const cache = await readTrackerCache(trackerId);
  if (cache.feed === null) return;
  const keyResults = cache.feed.keyResults.map((existing) => (existing.id === keyResult.id ? keyResult : existing));
  await writeTrackerCache(trackerId, { ...cache, feed: { ...cache.feed, keyResults } });
}

/** Forgets trackers the user removed. */
export async function dropCachesExcept(trackerIds: readonly string[]): Promise<void> {
  const all = await browser.storage.local.get(null);
  const keep = new Set(trackerIds.map(cacheKey));
  const stale = Object.keys(all).filter((key) => key.startsWith(CACHE_PREFIX) && !keep.has(key));
  if (stale.length > 0) await browser.storage.local.remove(stale);
}
