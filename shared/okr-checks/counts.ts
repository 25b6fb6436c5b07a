/**
 * How many: objectives in the period, key results per objective, and weights that leave an
 * objective nothing to average. The articles advise 3–5 objectives for a team's quarter and
 * "typically 2 to 5 key results" each: fewer and the work goes unmeasured, more and nothing is a
 * priority. A tracker is one team's period, so its objectives are counted together, whoever owns
 * each (an owner is the person who answers for it, not a team of one).
 */
import { childWeight } from '../functions/rollup.js';
import { idKey } from '../cells/cell.js';
import { KEY_RESULTS_PER_OBJECTIVE, OBJECTIVES_PER_PERIOD } from './kinds.js';
import { firstByKey, groupBy, located, type CheckedRows, type KeyResultRow, type LocatedFinding } from './rows.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Objectives in the tracker's period (each ID once; an empty tracker has nothing to count yet). */
export function objectivesPerPeriod({ objectives }: CheckedRows): LocatedFinding[] {
  const distinct = [...firstByKey(objectives).values()];
  const count = distinct.length;
  const { min, max } = OBJECTIVES_PER_PERIOD;
  if (count > max) {
    // The first objective past the fifth is where the finding links: the list is too long from there.
    const extra = distinct[max];
    return [located('too-many-objectives', extra.id, `The tracker has ${count} objectives this period; ${min} to ${max} keep the team focused: merge or drop the least important (from ${extra.id} on the list is too long), or move one to another team's tracker.`, extra.at)];
  }
  if (count > 0 && count < min) {
    const [first] = distinct;
    return [located('too-few-objectives', first.id, `The tracker has ${plural(count, 'objective')} this period; ${min} to ${max} cover what matters to the team: add objectives for its other priorities on the Objectives sheet, each with key results.`, first.at)];
  }
  return [];
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
