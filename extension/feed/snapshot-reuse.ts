/**
 * Every storage change makes the popup read storage again, which gives new objects for the same
 * data. Keeping the objects that did not change lets the memoised key results skip rendering:
 * a failed refresh or one check-in then builds a few list items instead of 500.
 */
import type { Feed } from '../../shared/feed/feed.js';
import type { Snapshot, TrackerCache } from './snapshot.js';

/** Equality of JSON values (what storage.local holds), key order aside. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameJson(left[key], right[key]));
}

function keepFeed(before: Feed, after: Feed): Feed {
  if (sameJson(before, after)) return before;
  const previous = new Map(before.keyResults.map((keyResult) => [keyResult.id, keyResult]));
  const keyResults = after.keyResults.map((keyResult) => {
    const old = previous.get(keyResult.id);
    return old !== undefined && sameJson(old, keyResult) ? old : keyResult;
  });
  return { ...after, keyResults };
}

function keepCache(before: TrackerCache | undefined, after: TrackerCache): TrackerCache {
  if (before?.feed === undefined || before.feed === null || after.feed === null) return after;
  return { ...after, feed: keepFeed(before.feed, after.feed) };
}

/** `next`, with the feeds and key results that equal `previous`'s replaced by those objects. */
export function keepUnchanged(previous: Snapshot | null, next: Snapshot): Snapshot {
  if (previous === null) return next;
  const caches: Record<string, TrackerCache> = {};
  for (const [trackerId, cache] of Object.entries(next.caches)) caches[trackerId] = keepCache(previous.caches[trackerId], cache);
  return { ...next, caches };
}
