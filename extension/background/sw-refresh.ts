/**
 * Reads every tracker's feed, cheaply: each poll sends the cached copy's revision
 * (`?since=<revision>`), and an `unchanged` answer, which the web app gives from its cache
 * without reading the sheet, only marks the copy as fresh. A good feed replaces the cache; a
 * failure (offline, wrong token, a web page instead of JSON, a feed that breaks the contract)
 * is recorded next to the last good feed, which stays on screen. A scheduled poll also honours
 * the minimum interval a feed advises; a user's refresh does not wait for it.
 */
import type { ClientOptions } from '../feed/feed-client.js';
import { pollFeed } from '../feed/feed-client.js';
import { tooSoonToPoll } from '../feed/freshness.js';
import type { Tracker } from '../storage/options.js';
import { NETWORK_LOCK, withLock } from '../storage/with-lock.js';
import { dropCachesExcept, readTrackerCache, writeRefreshRecord, writeTrackerCache } from '../storage/cache-store.js';
import { loadOptions } from '../storage/options-store.js';

export interface RefreshOptions {
  /** A user's action (popup opened, Refresh, options saved): poll even if a feed advised waiting. */
  force: boolean;
  clock?: () => number;
  client?: ClientOptions;
}

export async function refreshAll({ force, clock = Date.now, client }: RefreshOptions): Promise<void> {
  await withLock(NETWORK_LOCK, async () => {
    const { trackers } = await loadOptions();
    await Promise.all(trackers.map((tracker) => refreshOne(tracker, force, clock, client)));
    await dropCachesExcept(trackers.map((tracker) => tracker.id));
  });
}

async function refreshOne(tracker: Tracker, force: boolean, clock: () => number, client?: ClientOptions): Promise<void> {
  const cache = await readTrackerCache(tracker.id);
  if (!force && cache.error === null && tooSoonToPoll(cache.fetchedAt, clock(), cache.feed)) return;
  const outcome = await pollFeed(tracker, cache.feed?.revision ?? null, client);
  const at = clock();
  if (!outcome.ok) {
    await writeRefreshRecord(tracker.id, { fetchedAt: cache.fetchedAt, error: { ...outcome.error, at } });
    return;
  }
  const result = outcome.value;
  if (result.kind === 'feed') {
    await writeTrackerCache(tracker.id, { feed: result.feed, fetchedAt: at, error: null });
  } else if (cache.feed !== null) {
    const advice = result.minRefreshMinutes ?? undefined;
    if (advice !== undefined && advice !== cache.feed.minRefreshMinutes) {
      await writeTrackerCache(tracker.id, { feed: { ...cache.feed, minRefreshMinutes: advice }, fetchedAt: at, error: null });
    } else {
      // Only the small refresh record: rewriting the same feed would make the popup rebuild it.
      await writeRefreshRecord(tracker.id, { fetchedAt: at, error: null });
    }
  }
}
