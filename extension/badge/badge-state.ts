/**
 * What the badge shows, from the cached snapshot alone (so it can be repainted the moment the
 * worker starts, before any network). The first state that applies wins: no tracker yet; `!`
 * when a tracker refuses us or a check-in was refused; `off` when offline; `…` when a copy is
 * older than two poll intervals; otherwise the count of check-ins due for me across all
 * trackers, coloured by the status of my worst key result. Statuses come from the same local
 * view as the popup's labels (local-view.ts: local check-ins applied, judged today in the
 * user's zone), so the badge and the popup tell one story.
 */
import { trackerName } from '../feed/tracker-name.js';
import type { Badge } from './badge.js';
import { BADGE_COLORS, GLYPHS, badgeText } from './badge.js';
import * as strings from '../strings/worker.js';
import { defaultScope, dueItems, inScope } from '../check-in/due.js';
import type { FeedError } from '../feed/feed-error.js';
import { STALE_AFTER_INTERVALS, isStale, pollMinutes } from '../feed/freshness.js';
import type { KeyResultStatus } from '../../shared/feed/feed.js';
import { STATUS_SEVERITY, worstStatus } from '../../shared/feed/judgement.js';
import { localSnapshot } from '../feed/local-view.js';
import type { Snapshot } from '../feed/snapshot.js';
import { zonedMoment } from '../format/local-date.js';

export interface BadgeInput {
  snapshot: Snapshot;
  /** ms since the epoch. */
  now: number;
  /** IANA name of the user's zone: "due today" is today there. */
  timeZone: string;
  /** navigator.onLine: false is certain, true only means "maybe". */
  online: boolean;
}

/** The tooltip names at most this many key results at risk or off track. */
export const MAX_NAMED_BEHIND = 5;

interface Judged {
  title: string;
  tracker: string;
  status: KeyResultStatus;
}

/** A failure that only the user can mend: a refused token, a wrong address, a refusing deployment. */
function needsUser(error: FeedError): boolean {
  return error.permanent || error.kind === 'html';
}

const isOffline = (error: FeedError) => error.kind === 'offline' || error.kind === 'timeout' || error.kind === 'unreachable';

/** My key results with a status, from the local view (already judged at today). */
function statusesOf(view: Snapshot): Judged[] {
  const { trackers, name } = view.options;
  const scope = defaultScope(name);
  return trackers.flatMap((tracker) => {
    const feed = view.caches[tracker.id]?.feed;
    if (!feed) return [];
    return feed.keyResults
      .filter((keyResult) => inScope(keyResult, scope, name))
      .flatMap((keyResult) => (keyResult.status === null ? [] : [{ title: keyResult.title, tracker: trackerName(tracker, feed), status: keyResult.status }]));
  });
}

const needsAttention = (status: KeyResultStatus) => status === 'at-risk' || status === 'off-track';

function statusLines(judged: readonly Judged[]): string[] {
  const behind = judged.filter((item) => needsAttention(item.status)).sort((a, b) => STATUS_SEVERITY[b.status] - STATUS_SEVERITY[a.status]);
  if (behind.length === 0) return judged.length > 0 ? [strings.onTrack] : [];
  const named = behind.slice(0, MAX_NAMED_BEHIND).map((item) => strings.behindLine(item.title, item.tracker, strings.status[item.status]));
  const rest = behind.length - named.length;
  return [strings.behindHeading, ...named, ...(rest > 0 ? [strings.andMore(rest)] : [])];
}

export function badgeState({ snapshot, now, timeZone, online }: BadgeInput): Badge {
  const { trackers, name, refreshMinutes } = snapshot.options;
  if (trackers.length === 0) return { kind: 'setup', text: '', color: BADGE_COLORS.quiet, title: strings.badgeNotConfigured };
  const today = zonedMoment(now, timeZone).date;
  const caches = trackers.map((tracker) => ({ tracker, cache: snapshot.caches[tracker.id] }));
  const errors = caches.flatMap(({ tracker, cache }) => (cache?.error ? [{ tracker: trackerName(tracker, cache.feed), error: cache.error }] : []));
  const failed = snapshot.outbox.filter((item) => item.state === 'failed').length;
  const minutes = pollMinutes(refreshMinutes, caches.map(({ cache }) => cache?.feed));
  const due = dueItems(snapshot, defaultScope(name), today).length;
  const judged = statusesOf(localSnapshot(snapshot, now, timeZone));
  const body = [
    ...errors.map(({ tracker, error }) => strings.problemLine(tracker, error.message)),
    ...(failed > 0 ? [strings.notSaved(failed)] : []),
    due > 0 ? strings.due(due) : strings.nothingDue,
    ...statusLines(judged),
  ];
  const title = (headline: string | null) => [strings.appName, ...(headline === null ? [] : [headline]), ...body].join('\n');

  if (failed > 0 || errors.some(({ error }) => needsUser(error))) {
    return { kind: 'needs-you', text: GLYPHS['needs-you'], color: BADGE_COLORS.problem, title: title(strings.needsYou) };
  }
  if (!online || errors.some(({ error }) => isOffline(error))) {
    const down = online && errors.every(({ error }) => !isOffline(error) || error.kind === 'unreachable');
    return { kind: 'offline', text: GLYPHS.offline, color: BADGE_COLORS.quiet, title: title(down ? strings.badgeUnreachable : strings.badgeOffline) };
  }
  const unread = caches.some(({ cache }) => !cache?.feed && !cache?.error);
  if (caches.some(({ cache }) => isStale(cache?.fetchedAt ?? null, now, minutes))) {
    return { kind: 'stale', text: GLYPHS.stale, color: BADGE_COLORS.quiet, title: title(unread ? strings.neverRead : strings.stale(STALE_AFTER_INTERVALS * minutes)) };
  }
  const worst = worstStatus(judged.map((item) => item.status));
  return { kind: 'count', text: badgeText(due), color: worst === null ? BADGE_COLORS.neutral : BADGE_COLORS[worst], title: title(null) };
}
