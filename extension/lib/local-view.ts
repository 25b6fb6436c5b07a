/**
 * The feed as the popup and the badge show it: the cached feed with the check-ins made here and
 * not yet acknowledged applied, every grade that depends on them recomputed with the shared core
 * (the key result's OKR_GRADE, its objective's and every parent's OKR_ROLLUP, as
 * shared/feed-build.ts computes them), and every status and pace judged for today in the user's
 * zone (shared/judgement.ts). Label, badge and guidance all read this one view, so they cannot
 * disagree, and an objective's grade moves the moment one of its key results is checked in.
 */
import type { Feed, FeedKeyResult, FeedObjective } from '../../shared/feed.js';
import { idKey } from '../../shared/cell.js';
import { gradeOne } from '../../shared/grade.js';
import type { Frame } from '../../shared/judgement.js';
import { frameOf, judgeGrade, judgeKeyResult, successOf } from '../../shared/judgement.js';
import { rollupOf, totalsByParent } from '../../shared/rollup.js';
import type { OutboxItem } from './outbox.js';
import type { Snapshot } from './snapshot.js';
import { localDateOf, zonedMoment } from './zoned-time.js';

/** The latest value checked in here per key result, from the outbox (oldest first), refused ones aside. */
function pendingValues(outbox: readonly OutboxItem[], trackerId: string): Map<string, number | string> {
  const values = new Map<string, number | string>();
  for (const item of outbox) if (item.trackerId === trackerId && item.state === 'pending') values.set(item.keyResultId, item.value);
  return values;
}

/** The grade of a value checked in here, or the feed's grade when the core cannot grade it (the sheet shows why). */
function regrade(keyResult: FeedKeyResult, value: number | string): number | null {
  try {
    return gradeOne(keyResult.start ?? '', keyResult.target ?? '', value, keyResult.type ?? '');
  } catch {
    return keyResult.grade;
  }
}

function safeRollup(totals: Parameters<typeof rollupOf>[0]): number | null {
  try {
    return rollupOf(totals);
  } catch {
    return null;
  }
}

/**
 * Objective grades as the feed builder computes them: the rollup of the objective's own key
 * results (blank weight 1, blank grade 0), else of its child objectives' own rollups.
 */
export function objectiveGrades(objectives: readonly FeedObjective[], keyResults: readonly FeedKeyResult[]): (number | null)[] {
  const byObjective = totalsByParent(
    keyResults.map((keyResult) => keyResult.objective ?? ''),
    keyResults.map((keyResult) => keyResult.grade ?? ''),
    keyResults.map((keyResult) => keyResult.weight ?? ''),
  );
  const own = objectives.map((objective) => safeRollup(byObjective.get(idKey(objective.id))));
  const byParent = totalsByParent(
    objectives.map((objective) => objective.parent ?? ''),
    own.map((grade) => grade ?? ''),
    objectives.map(() => ''),
  );
  return objectives.map((objective, i) => own[i] ?? safeRollup(byParent.get(idKey(objective.id))));
}

/** The feed with local check-ins applied and everything judged at `today` (`YYYY-MM-DD`). */
export function localFeed(feed: Feed, pending: ReadonlyMap<string, number | string>, today: string, builtOn: string | null): Feed {
  const success = successOf(feed.period, feed.keyResults, builtOn);
  const expected = feed.keyResults.find((keyResult) => typeof keyResult.expected === 'number')?.expected ?? null;
  const frame: Frame | null = frameOf(feed.period, today, success, expected);
  const keyResults = feed.keyResults.map((keyResult) => {
    const value = pending.get(keyResult.id);
    const checked = value === undefined ? keyResult : { ...keyResult, current: value, grade: regrade(keyResult, value) };
    if (frame === null) return checked;
    const { status, needsPerWeek } = judgeKeyResult(checked, frame);
    return { ...checked, status, needsPerWeek };
  });
  const grades = objectiveGrades(feed.objectives, keyResults);
  const objectives = feed.objectives.map((objective, i) => {
    const grade = grades[i] ?? null;
    return { ...objective, grade, status: frame === null ? objective.status : judgeGrade(grade, frame) };
  });
  return { ...feed, period: { ...feed.period, success }, keyResults, objectives };
}

/** Every tracker's feed as `localFeed` shows it, at `now` in `timeZone`. */
export function localSnapshot(snapshot: Snapshot, now: number, timeZone: string): Snapshot {
  const today = zonedMoment(now, timeZone).date;
  const caches: Snapshot['caches'] = {};
  for (const [trackerId, cache] of Object.entries(snapshot.caches)) {
    const feed = cache.feed;
    caches[trackerId] = feed === null ? cache : { ...cache, feed: localFeed(feed, pendingValues(snapshot.outbox, trackerId), today, localDateOf(feed.generatedAt, timeZone)) };
  }
  return { ...snapshot, caches };
}
