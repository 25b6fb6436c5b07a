/**
 * How many: objectives per owner, key results per objective, and weights that leave an
 * objective nothing to average. The articles advise 3–5 objectives and 2–5 key results each:
 * fewer and the work goes unmeasured, more and nothing is a priority.
 */
import { childWeight } from '../rollup.js';
import { idKey } from '../cell.js';
import { KEY_RESULTS_PER_OBJECTIVE, OBJECTIVES_PER_OWNER } from './kinds.js';
import { firstByKey, groupBy, located, type CheckedRows, type KeyResultRow, type LocatedFinding } from './rows.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Objectives per owner (owners compared as IDs are); objectives without an owner are counted by `missing-owner`. */
export function objectivesPerOwner({ objectives }: CheckedRows): LocatedFinding[] {
  const byOwner = groupBy(objectives, (objective) => idKey(objective.owner));
  const found: LocatedFinding[] = [];
  for (const owned of byOwner.values()) {
    // The owner's first objective is where the finding links: that is where the list starts.
    const [first] = owned;
    const count = owned.length;
    if (count > OBJECTIVES_PER_OWNER.max) {
      found.push(
        located('too-many-objectives', first.owner, `${first.owner} owns ${count} objectives; ${OBJECTIVES_PER_OWNER.min} to ${OBJECTIVES_PER_OWNER.max} keep the focus: merge or drop the least important, or hand one to someone else.`, first.at),
      );
    } else if (count < OBJECTIVES_PER_OWNER.min) {
      found.push(
        located('too-few-objectives', first.owner, `${first.owner} owns ${plural(count, 'objective')}; ${OBJECTIVES_PER_OWNER.min} to ${OBJECTIVES_PER_OWNER.max} cover what matters: add objectives for ${first.owner}'s other priorities, or merge with a team's objectives.`, first.at),
      );
    }
  }
  return found;
}

const keyResultsByObjective = (keyResults: readonly KeyResultRow[]) => groupBy(keyResults, (kr) => idKey(kr.objective));

/**
 * Key results per objective. An objective with no key results but with child objectives is
 * measured by its children (the Grade column rolls them up), so it is not short of key results.
 */
export function keyResultsPerObjective({ objectives, keyResults }: CheckedRows): LocatedFinding[] {
  const byObjective = keyResultsByObjective(keyResults);
  const parents = new Set(objectives.map((o) => idKey(o.parent)));
  const found: LocatedFinding[] = [];
  for (const objective of firstByKey(objectives).values()) {
    const count = byObjective.get(objective.key)?.length ?? 0;
    if (count === 0 && parents.has(objective.key)) continue;
    if (count < KEY_RESULTS_PER_OBJECTIVE.min) {
      const has = count === 0 ? 'has no key results' : `has ${plural(count, 'key result')}`;
      found.push(
        located('too-few-key-results', objective.id, `Objective ${objective.id} ${has}; ${KEY_RESULTS_PER_OBJECTIVE.min} to ${KEY_RESULTS_PER_OBJECTIVE.max} show whether it was met: add key results on the Key Results sheet with ${objective.id} in their Objective column.`, objective.at),
      );
    } else if (count > KEY_RESULTS_PER_OBJECTIVE.max) {
      found.push(
        located('too-many-key-results', objective.id, `Objective ${objective.id} has ${count} key results; ${KEY_RESULTS_PER_OBJECTIVE.min} to ${KEY_RESULTS_PER_OBJECTIVE.max} keep it focused: drop or merge the least telling ones, or split the objective in two.`, objective.at),
      );
    }
  }
  return found;
}

/** A weight as the rollup reads it, or null when the rollup would show an error for it. */
function weightOf(value: unknown): number | null {
  try {
    return childWeight(value);
  } catch {
    return null;
  }
}

/** Objectives whose key results all weigh 0: the rollup has nothing to average and shows no grade. */
export function zeroWeights({ objectives, keyResults }: CheckedRows): LocatedFinding[] {
  const byObjective = keyResultsByObjective(keyResults);
  const found: LocatedFinding[] = [];
  for (const objective of firstByKey(objectives).values()) {
    const own = byObjective.get(objective.key) ?? [];
    if (own.length === 0 || !own.every((kr) => weightOf(kr.weight) === 0)) continue;
    const all = own.length === 1 ? 'its only key result weighs' : `all ${own.length} of its key results weigh`;
    found.push(
      located('zero-weights', objective.id, `Objective ${objective.id} has no grade because ${all} 0: give at least one a weight above 0 (a blank weight counts as 1).`, objective.at),
    );
  }
  return found;
}
