/**
 * Everything the popup and the badge need, read from one `storage.local.get(null)`. Every feed in
 * the cache passed `validateFeed` before the worker stored it (sw-refresh, sw-outbox); reading
 * only checks its shape and version, which keeps the full validator out of the popup's 20 KB
 * budget and still ignores a cache from another version of the contract.
 */
import type { Feed } from '../../shared/feed/feed.js';
import { FEED_VERSION } from '../../shared/feed/feed.js';
import type { FeedError } from './feed-error.js';
import { isFeedError } from './feed-error.js';
import type { Options } from '../storage/options.js';
import { mergeOptions } from '../storage/options.js';
import type { OutboxItem } from '../check-in/outbox.js';
import { inSendingOrder, isOutboxItem } from '../check-in/outbox.js';
import { CACHE_PREFIX, OPTIONS_KEY, OUTBOX_PREFIX, REFRESH_PREFIX } from '../storage/storage-keys.js';

export type TrackerError = FeedError & { at: number };

export interface TrackerCache {
  /** The last feed that passed validation; kept when a later refresh fails. */
  feed: Feed | null;
  fetchedAt: number | null;
  error: TrackerError | null;
}

export interface Snapshot {
  options: Options;
  caches: Record<string, TrackerCache>;
  outbox: OutboxItem[];
}

export const EMPTY_CACHE: TrackerCache = { feed: null, fetchedAt: null, error: null };

function looksLikeFeed(value: unknown): value is Feed {
  if (typeof value !== 'object' || value === null) return false;
  const feed = value as Partial<Feed>;
  return feed.version === FEED_VERSION && typeof feed.tracker === 'object' && Array.isArray(feed.objectives) && Array.isArray(feed.keyResults);
}

/** What storage holds under refreshKey: the last refresh, without the feed. */
export type RefreshRecord = Pick<TrackerCache, 'fetchedAt' | 'error'>;

const asRecord = (value: unknown): Partial<TrackerCache> | null => (typeof value === 'object' && value !== null ? value : null);
const readFetchedAt = (stored: Partial<TrackerCache>) => (typeof stored.fetchedAt === 'number' ? stored.fetchedAt : null);
const readError = (stored: Partial<TrackerCache>) => (isFeedError(stored.error) && typeof stored.error.at === 'number' ? stored.error : null);

/**
 * `value` is what storage holds under cacheKey, `refresh` under refreshKey. The refresh record,
 * when there is one, is newer than the time and error stored with the feed (which caches written
 * before it existed still carry).
 */
export function readCache(value: unknown, refresh?: unknown): TrackerCache {
  const stored = asRecord(value);
  const last = asRecord(refresh) ?? stored;
  if (stored === null && last === null) return EMPTY_CACHE;
  return {
    feed: stored !== null && looksLikeFeed(stored.feed) ? stored.feed : null,
    fetchedAt: last === null ? null : readFetchedAt(last),
    error: last === null ? null : readError(last),
  };
}

export function snapshotFrom(all: Record<string, unknown>): Snapshot {
  const trackerIds = new Set<string>();
  const outbox: OutboxItem[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(CACHE_PREFIX)) trackerIds.add(key.slice(CACHE_PREFIX.length));
    else if (key.startsWith(REFRESH_PREFIX)) trackerIds.add(key.slice(REFRESH_PREFIX.length));
    else if (key.startsWith(OUTBOX_PREFIX) && isOutboxItem(value)) outbox.push(value);
  }
  const caches: Record<string, TrackerCache> = {};
  for (const id of trackerIds) caches[id] = readCache(all[CACHE_PREFIX + id], all[REFRESH_PREFIX + id]);
  return { options: mergeOptions(all[OPTIONS_KEY]), caches, outbox: inSendingOrder(outbox) };
}
