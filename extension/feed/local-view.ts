/**
 * The feed as the popup and the badge show it: the cached feed with the check-ins made here and
 * not yet acknowledged applied, every grade that depends on them recomputed with the shared core
 * (local-checkins.ts), and every status and pace judged for today in the user's zone
 * (judged-view.ts, shared/feed/judgement.ts). Label, badge and guidance all read this one view, so they
 * cannot disagree, and an objective's grade moves the moment one of its key results is checked in.
 *
 * The badge uses it as is; the popup composes the same two halves itself, so that its first
 * paint loads the grading core only when a check-in waits (popup/use-popup-state.ts).
 */
import type { Feed } from '../../shared/feed/feed.js';
import { judgedFeed, judgedSnapshot } from './judged-view.js';
import type { PendingValues } from './local-checkins.js';
import { withCheckIns } from './local-checkins.js';
import type { Snapshot } from './snapshot.js';

/** The feed with local check-ins applied and everything judged at `today` (`YYYY-MM-DD`). */
export function localFeed(feed: Feed, pending: PendingValues, today: string, builtOn: string | null): Feed {
  return judgedFeed(withCheckIns(feed, pending), today, builtOn);
}

/** Every tracker's feed as `localFeed` shows it, at `now` in `timeZone`. */
export function localSnapshot(snapshot: Snapshot, now: number, timeZone: string): Snapshot {
  return judgedSnapshot(snapshot, now, timeZone, withCheckIns);
}
