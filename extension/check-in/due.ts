/**
 * Which key results need a check-in. The web app decides `due` from the cadence when it builds
 * the feed; a cached feed can be days old, so with `today` (the user's local date) a key result
 * whose next check-in has come since also counts. Here we also choose whose (the user's own
 * once a name is set) and drop those already checked in locally and waiting in the outbox, so
 * the badge does not nag about what the user just did.
 */
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { compareDue } from './due-words.js';
import type { Snapshot } from '../feed/snapshot.js';
import { trackerName } from '../feed/tracker-name.js';

export type Scope = 'mine' | 'team';

export interface DueItem {
  trackerId: string;
  trackerName: string;
  keyResult: FeedKeyResult;
}

/** An Owner cell may name several people: "Ada, Grace" or "Ada; Grace". */
export function ownersOf(owner: string | null): string[] {
  if (owner === null) return [];
  return owner.split(/[,;]/).map((part) => part.trim().toLowerCase()).filter((part) => part !== '');
}

export function isMine(owner: string | null, name: string): boolean {
  const me = name.trim().toLowerCase();
  return me !== '' && ownersOf(owner).includes(me);
}

export function inScope(keyResult: FeedKeyResult, scope: Scope, name: string): boolean {
  return scope === 'team' || isMine(keyResult.owner, name);
}

/** The badge's scope: mine when the user has told us their name, everyone's otherwise. */
export function defaultScope(name: string): Scope {
  return name.trim() === '' ? 'team' : 'mine';
}

function pendingKeyResults(snapshot: Snapshot, trackerId: string): Set<string> {
  return new Set(snapshot.outbox.filter((item) => item.trackerId === trackerId && item.state === 'pending').map((item) => item.keyResultId));
}

/** Due by the feed, or (with `today`, `YYYY-MM-DD`) because its next check-in is today or past. */
export function isDue(keyResult: FeedKeyResult, today?: string): boolean {
  return keyResult.due || (today !== undefined && keyResult.nextCheckIn !== null && keyResult.nextCheckIn <= today);
}

/** The due check-ins of every tracker; with `today`, the most overdue first (ties keep the sheet's order). */
export function dueItems(snapshot: Snapshot, scope: Scope, today?: string): DueItem[] {
  const { name, trackers } = snapshot.options;
  const items = trackers.flatMap((tracker) => {
    const feed = snapshot.caches[tracker.id]?.feed;
    if (!feed) return [];
    const pending = pendingKeyResults(snapshot, tracker.id);
    return feed.keyResults
      .filter((keyResult) => isDue(keyResult, today) && !pending.has(keyResult.id) && inScope(keyResult, scope, name))
      .map((keyResult) => ({ trackerId: tracker.id, trackerName: trackerName(tracker, feed), keyResult }));
  });
  return today === undefined ? items : items.sort((a, b) => compareDue(a.keyResult.nextCheckIn, b.keyResult.nextCheckIn, today));
}
