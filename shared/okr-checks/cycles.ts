/**
 * Cycles of parents (O1 → O2 → O1, or an objective that is its own parent): the rollup climbs
 * parents, so a cycle has no top and none of its objectives rolls up anywhere.
 */
import { idKey } from '../cells/cell.js';
import { firstByKey, located, type CheckedRows, type LocatedFinding, type ObjectiveRow } from './rows.js';

/** Each objective has at most one parent, so a walk up from any objective meets at most one cycle. */
export function parentCycles({ objectives }: CheckedRows): LocatedFinding[] {
  const byKey = firstByKey(objectives);
  const parentOf = (objective: ObjectiveRow) => (objective.parent === '' ? undefined : byKey.get(idKey(objective.parent)));
  // 'walking': on the current walk; 'done': its whole chain is known.
  const state = new Map<string, 'walking' | 'done'>();
  const found: LocatedFinding[] = [];
  for (const start of byKey.values()) {
    const walk: ObjectiveRow[] = [];
    let node: ObjectiveRow | undefined = start;
    while (node !== undefined && !state.has(node.key)) {
      state.set(node.key, 'walking');
      walk.push(node);
      node = parentOf(node);
    }
    if (node !== undefined && state.get(node.key) === 'walking') found.push(cycleFinding(walk.slice(walk.indexOf(node))));
    for (const visited of walk) state.set(visited.key, 'done');
  }
  return found;
}

/** One finding per cycle, on its member highest up the sheet, listing the cycle from there. */
function cycleFinding(cycle: readonly ObjectiveRow[]): LocatedFinding {
  const top = cycle.reduce((a, b) => (b.at.row < a.at.row ? b : a));
  if (cycle.length === 1) {
    return located('parent-cycle', top.id, `Objective ${top.id} is its own parent, so it rolls up nowhere: clear its Parent or name another objective.`, top.at);
  }
  const from = cycle.indexOf(top);
  const ordered = [...cycle.slice(from), ...cycle.slice(0, from), top].map((o) => o.id);
  return located(
    'parent-cycle',
    top.id,
    `Objectives ${ordered.join(' → ')} are each other's parents, so none of them rolls up: clear the Parent of one of them or point it to an objective outside the cycle.`,
    top.at,
  );
}
