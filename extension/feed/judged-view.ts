/**
 * Every status and pace of a cached feed judged for today in the user's zone (shared/
 * judgement.ts): a cached feed can be days old, so the status it was built with is not reused.
 * Label, badge and guidance all read this one view, so they cannot disagree.
 *
 * This is the part of the local view (local-view.ts) the popup's first paint needs. Applying the
 * check-ins made here (local-checkins.ts) needs the grading core, which the popup loads only when
 * the outbox holds one: it passes `apply` once loaded, and nothing is shown before, so a row never
 * shows the grade from before its check-in.
 */
import type { Feed } from '../../shared/feed/feed.js';
import type { Frame } from '../../shared/feed/judgement.js';
import { frameOf, judgeGrade, judgeKeyResult, successOf } from '../../shared/feed/judgement.js';
import type { OutboxItem } from '../check-in/outbox.js';
import type { Snapshot } from './snapshot.js';
import { localDateOf, zonedMoment } from '../format/local-date.js';

/** local-checkins.ts `withCheckIns`: the feed with the values checked in here applied. */
export type ApplyCheckIns = (feed: Feed, pending: ReadonlyMap<string, number | string>) => Feed;

/** The latest value checked in here per key result, from the outbox (oldest first), refused ones aside. */
function pendingValues(outbox: readonly OutboxItem[], trackerId: string): Map<string, number | string> {
  const values = new Map<string, number | string>();
  for (const item of outbox) if (item.trackerId === trackerId && item.state === 'pending') values.set(item.keyResultId, item.value);
  return values;
}

/** Whether any tracker's view changes with the check-ins made here: then `apply` is needed. */
export function hasPendingCheckIns(snapshot: Snapshot): boolean {
  return snapshot.outbox.some((item) => item.state === 'pending');
}

/** The feed with every status judged at `today` (`YYYY-MM-DD`); grades as they are. */
export function judgedFeed(feed: Feed, today: string, builtOn: string | null): Feed {
  const success = successOf(feed.period, feed.keyResults, builtOn);
  const expected = feed.keyResults.find((keyResult) => typeof keyResult.expected === 'number')?.expected ?? null;
  const frame: Frame | null = frameOf(feed.period, today, success, expected);
  const keyResults = feed.keyResults.map((keyResult) => {
    if (frame === null) return keyResult;
    const { status, needsPerWeek } = judgeKeyResult(keyResult, frame);
    return { ...keyResult, status, needsPerWeek };
  });
  const objectives = feed.objectives.map((objective) => (frame === null ? objective : { ...objective, status: judgeGrade(objective.grade, frame) }));
  return { ...feed, period: { ...feed.period, success }, keyResults, objectives };
}

/**
 * Every tracker's feed with the check-ins made here applied (`apply`, needed only when
 * `hasPendingCheckIns`) and judged at `now` in `timeZone`.
 */
export function judgedSnapshot(snapshot: Snapshot, now: number, timeZone: string, apply: ApplyCheckIns | null): Snapshot {
  const today = zonedMoment(now, timeZone).date;
  const caches: Snapshot['caches'] = {};
  for (const [trackerId, cache] of Object.entries(snapshot.caches)) {
    const feed = cache.feed;
    if (feed === null) {
      caches[trackerId] = cache;
      continue;
    }
    const pending = pendingValues(snapshot.outbox, trackerId);
    let applied = feed;
    if (pending.size > 0) {
      if (apply === null) throw new Error('check-ins made here are waiting: load local-checkins.ts and pass its withCheckIns');
      applied = apply(feed, pending);
    }
    caches[trackerId] = { ...cache, feed: judgedFeed(applied, today, localDateOf(feed.generatedAt, timeZone)) };
  }
  return { ...snapshot, caches };
}
