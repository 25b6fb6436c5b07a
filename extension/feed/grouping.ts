/**
 * The popup's outline: objectives as the tree the Parent column draws (each child right under
 * its parent, one level deeper; siblings in the sheet's order), each with its key results,
 * filtered to the chosen scope. Key results whose objective is missing from the feed still
 * show, last, so nothing the sheet holds disappears from view.
 */
import type { Feed, FeedKeyResult, FeedObjective } from '../../shared/feed/feed.js';
import type { Scope } from '../check-in/due.js';
import { inScope } from '../check-in/due.js';

export interface ObjectiveGroup {
  /** null for key results without a known objective. */
  objective: FeedObjective | null;
  keyResults: FeedKeyResult[];
  /** 0 for a top-level objective, 1 for its child, and so on. */
  depth: number;
}

/** Objectives in tree order with their depth. A parent that is missing, or a loop, makes a root. */
function objectiveTree(objectives: readonly FeedObjective[]): { objective: FeedObjective; depth: number }[] {
  const known = new Set(objectives.map((objective) => objective.id));
  const children = new Map<string, FeedObjective[]>();
  for (const objective of objectives) {
    if (objective.parent === null || !known.has(objective.parent) || objective.parent === objective.id) continue;
    children.set(objective.parent, [...(children.get(objective.parent) ?? []), objective]);
  }
  const out: { objective: FeedObjective; depth: number }[] = [];
  const placed = new Set<string>();
  const visit = (objective: FeedObjective, depth: number) => {
    if (placed.has(objective.id)) return;
    placed.add(objective.id);
    out.push({ objective, depth });
    for (const child of children.get(objective.id) ?? []) visit(child, depth + 1);
  };
  for (const objective of objectives) {
    const parent = objective.parent;
    if (parent === null || !known.has(parent) || parent === objective.id) visit(objective, 0);
  }
  // What is left sits on a loop of parents: shown flat, in the sheet's order.
  for (const objective of objectives) visit(objective, 0);
  return out;
}

export function groupByObjective(feed: Feed, scope: Scope, name: string): ObjectiveGroup[] {
  const visible = feed.keyResults.filter((keyResult) => inScope(keyResult, scope, name));
  const known = new Map(feed.objectives.map((objective) => [objective.id, objective]));
  // "Team" shows every objective; "Mine" those with my key results, and the objectives above them.
  const shown = new Set<string>();
  if (scope === 'mine') {
    for (const keyResult of visible) {
      let id = keyResult.objective;
      while (id !== null && known.has(id) && !shown.has(id)) {
        shown.add(id);
        id = known.get(id)!.parent;
      }
    }
  }
  const groups: ObjectiveGroup[] = objectiveTree(feed.objectives)
    .filter(({ objective }) => scope === 'team' || shown.has(objective.id))
    .map(({ objective, depth }) => ({ objective, depth, keyResults: visible.filter((keyResult) => keyResult.objective === objective.id) }));
  const orphans = visible.filter((keyResult) => keyResult.objective === null || !known.has(keyResult.objective));
  if (orphans.length > 0) groups.push({ objective: null, keyResults: orphans, depth: 0 });
  return groups;
}
