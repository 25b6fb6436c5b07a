/**
 * The popup's outline: objectives in the sheet's order, each with its key results, filtered to
 * the chosen scope. Key results whose objective is missing from the feed still show, last, so
 * nothing the sheet holds disappears from view.
 */
import type { Feed, FeedKeyResult, FeedObjective } from '../../shared/feed.js';
import type { Scope } from './due.js';
import { inScope, isMine } from './due.js';

export interface ObjectiveGroup {
  /** null for key results without a known objective. */
  objective: FeedObjective | null;
  keyResults: FeedKeyResult[];
}

export function groupByObjective(feed: Feed, scope: Scope, name: string): ObjectiveGroup[] {
  const visible = feed.keyResults.filter((keyResult) => inScope(keyResult, scope, name));
  const known = new Set(feed.objectives.map((objective) => objective.id));
  const groups: ObjectiveGroup[] = feed.objectives
    .map((objective) => ({ objective, keyResults: visible.filter((keyResult) => keyResult.objective === objective.id) }))
    // "Team" shows every objective; "Mine" those with my key results, or that I own.
    .filter((group) => scope === 'team' || group.keyResults.length > 0 || isMine(group.objective.owner, name));
  const orphans = visible.filter((keyResult) => keyResult.objective === null || !known.has(keyResult.objective));
  if (orphans.length > 0) groups.push({ objective: null, keyResults: orphans });
  return groups;
}
