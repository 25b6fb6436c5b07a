/**
 * The check-ins made here and not yet acknowledged, applied to a cached feed: the key result's
 * grade recomputed with the sheet's own OKR_GRADE, its objective's and every parent's with
 * OKR_ROLLUP, as shared/feed/feed-build.ts computes them, so an objective moves the moment one of its
 * key results is checked in. Statuses are judged afterwards (judged-view.ts).
 *
 * The popup loads this module only when the outbox holds a check-in (popup/chunks.ts): the
 * grading core is not part of its first paint. The badge and local-view.ts import it directly.
 */
import type { Feed, FeedKeyResult, FeedObjective } from '../../shared/feed/feed.js';
import { idKey } from '../../shared/cells/cell.js';
import { gradeOne } from '../../shared/functions/grade.js';
import { rollupOf, totalsByParent } from '../../shared/functions/rollup.js';

/** The latest value checked in here per key result (local-view.ts `pendingValues`). */
export type PendingValues = ReadonlyMap<string, number | string>;

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
function objectiveGrades(objectives: readonly FeedObjective[], keyResults: readonly FeedKeyResult[]): (number | null)[] {
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

/** The feed with its objectives' grades rolled up again from `keyResults`. */
function withKeyResults(feed: Feed, keyResults: FeedKeyResult[]): Feed {
  const grades = objectiveGrades(feed.objectives, keyResults);
  const objectives = feed.objectives.map((objective, i) => ({ ...objective, grade: grades[i] ?? null }));
  return { ...feed, keyResults, objectives };
}

/**
 * The feed with `pending` applied: each key result's current value and grade, and every
 * objective's grade rolled up again. Nothing pending leaves the feed as the tracker built it.
 */
export function withCheckIns(feed: Feed, pending: PendingValues): Feed {
  if (pending.size === 0) return feed;
  return withKeyResults(
    feed,
    feed.keyResults.map((keyResult) => {
      const value = pending.get(keyResult.id);
      return value === undefined ? keyResult : { ...keyResult, current: value, grade: regrade(keyResult, value) };
    }),
  );
}

/**
 * The feed with the key result a check-in's answer carries (the tracker's own grade), and its
 * objective and every parent rolled up again: the cache the worker keeps until its next read of
 * the feed agrees with what the popup showed while the check-in waited.
 */
export function withAnsweredKeyResult(feed: Feed, answered: FeedKeyResult): Feed {
  return withKeyResults(
    feed,
    feed.keyResults.map((keyResult) => (keyResult.id === answered.id ? answered : keyResult)),
  );
}
