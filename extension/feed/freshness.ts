/**
 * How often to poll, and when a copy is too old to trust. The user picks 5–60 minutes; a feed
 * may advise a longer minimum (`minRefreshMinutes`, the web app's protection of its quotas),
 * and the longer of the two wins (gitify#2284: max(server hint, user setting)).
 */
import type { Feed } from '../../shared/feed/feed.js';

/** A copy older than this many poll intervals is shown as stale ("…"). */
export const STALE_AFTER_INTERVALS = 2;
/** Whatever a feed advises, the poll never waits longer than a day. */
export const MAX_ADVISED_MINUTES = 24 * 60;

/** The feed's advice, when it is a usable number of minutes. */
export function advisedMinutes(feed: Pick<Feed, 'minRefreshMinutes'> | null | undefined): number | null {
  const minutes = feed?.minRefreshMinutes;
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0 ? Math.min(minutes, MAX_ADVISED_MINUTES) : null;
}

/** The poll interval: the user's choice, or the longest any tracker advises if that is longer. */
export function pollMinutes(userMinutes: number, feeds: readonly (Pick<Feed, 'minRefreshMinutes'> | null | undefined)[]): number {
  return Math.max(userMinutes, ...feeds.map((feed) => advisedMinutes(feed) ?? 0));
}

/** True when a copy read at `fetchedAt` (null: never) is older than two poll intervals at `now`. */
export function isStale(fetchedAt: number | null, now: number, minutes: number): boolean {
  return fetchedAt === null || now - fetchedAt > STALE_AFTER_INTERVALS * minutes * 60_000;
}

/** Alarms fire up to this late; a poll that close to the advised gap counts as on time. */
export const POLL_SLACK_MS = 60_000;

/** True when the last poll of a tracker was so recent that its advice says to wait. */
export function tooSoonToPoll(fetchedAt: number | null, now: number, feed: Pick<Feed, 'minRefreshMinutes'> | null | undefined): boolean {
  const advice = advisedMinutes(feed);
  return advice !== null && fetchedAt !== null && now - fetchedAt < advice * 60_000 - POLL_SLACK_MS;
}
