/**
 * What the badge shows, from the cached snapshot alone (so it can be repainted the moment the
 * worker starts, before any network). The first state that applies wins: no tracker yet; `!`
 * when a tracker refuses us or a check-in was refused; `off` when offline; `…` when a copy is
 * older than two poll intervals; otherwise the count of check-ins due for me across all
 * trackers, coloured by the pace of my worst key result.
 */
import { trackerName } from './tracker-name.js';
import type { Badge } from './badge.js';
import { BADGE_COLORS, GLYPHS, badgeText } from './badge.js';
import * as say from './badge-strings.js';
import { defaultScope, dueItems, inScope } from './due.js';
import type { FeedError } from './feed-error.js';
import { STALE_AFTER_INTERVALS, isStale, pollMinutes } from './freshness.js';
import type { Pace } from './pace.js';
import { PACE_ORDER, paceOf, worstPace } from './pace.js';
import type { Snapshot } from './snapshot.js';
import * as strings from './strings.js';
import { localDateOf, zonedMoment } from './zoned-time.js';

export interface BadgeInput {
  snapshot: Snapshot;
  /** ms since the epoch. */
  now: number;
  /** IANA name of the user's zone: "due today" is today there. */
  timeZone: string;
  /** navigator.onLine: false is certain, true only means "maybe". */
  online: boolean;
}

/** The tooltip names at most this many key results behind. */
export const MAX_NAMED_BEHIND = 5;

interface Paced {
  title: string;
  tracker: string;
  pace: Pace;
}

/** A failure that only the user can mend: a refused token, a wrong address, a refusing deployment. */
export function needsUser(error: FeedError): boolean {
  return error.permanent || error.kind === 'html';
}

const isOffline = (error: FeedError) => error.kind === 'offline' || error.kind === 'timeout' || error.kind === 'unreachable';

function pacesOf(snapshot: Snapshot, today: string, timeZone: string): Paced[] {
  const { trackers, name } = snapshot.options;
  const scope = defaultScope(name);
  return trackers.flatMap((tracker) => {
    const feed = snapshot.caches[tracker.id]?.feed;
    if (!feed) return [];
    const builtOn = localDateOf(feed.generatedAt, timeZone);
    return feed.keyResults
      .filter((keyResult) => inScope(keyResult, scope, name))
      .flatMap((keyResult) => {
        const pace = paceOf(keyResult, feed.period, today, builtOn);
        return pace === null ? [] : [{ title: keyResult.title, tracker: trackerName(tracker, feed), pace }];
      });
  });
}

function paceLines(paced: readonly Paced[]): string[] {
  const behind = paced.filter((item) => item.pace !== 'on-pace').sort((a, b) => PACE_ORDER[b.pace] - PACE_ORDER[a.pace]);
  if (behind.length === 0) return paced.length > 0 ? [say.onPace] : [];
  const named = behind.slice(0, MAX_NAMED_BEHIND).map((item) => say.behindLine(item.title, item.tracker, item.pace === 'far-behind'));
  const rest = behind.length - named.length;
  return [say.behindHeading, ...named, ...(rest > 0 ? [say.andMore(rest)] : [])];
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
  const paced = pacesOf(snapshot, today, timeZone);
  const body = [
    ...errors.map(({ tracker, error }) => say.problemLine(tracker, error.message)),
    ...(failed > 0 ? [say.notSaved(failed)] : []),
    due > 0 ? say.due(due) : say.nothingDue,
    ...paceLines(paced),
  ];
  const title = (headline: string | null) => [strings.appName, ...(headline === null ? [] : [headline]), ...body].join('\n');

  if (failed > 0 || errors.some(({ error }) => needsUser(error))) {
    return { kind: 'needs-you', text: GLYPHS['needs-you'], color: BADGE_COLORS.problem, title: title(say.needsYou) };
  }
  if (!online || errors.some(({ error }) => isOffline(error))) {
    const down = online && errors.every(({ error }) => !isOffline(error) || error.kind === 'unreachable');
    return { kind: 'offline', text: GLYPHS.offline, color: BADGE_COLORS.quiet, title: title(down ? say.unreachable : say.offline) };
  }
  const unread = caches.some(({ cache }) => !cache?.feed && !cache?.error);
  if (caches.some(({ cache }) => isStale(cache?.fetchedAt ?? null, now, minutes))) {
    return { kind: 'stale', text: GLYPHS.stale, color: BADGE_COLORS.quiet, title: title(unread ? say.neverRead : say.stale(STALE_AFTER_INTERVALS * minutes)) };
  }
  const worst = worstPace(paced.map((item) => item.pace));
  return { kind: 'count', text: badgeText(due), color: worst === null ? BADGE_COLORS.neutral : BADGE_COLORS[worst], title: title(null) };
}
