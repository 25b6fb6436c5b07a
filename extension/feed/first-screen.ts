/**
 * The objectives the popup draws before its first paint. Building all 500 key results before
 * anything shows kept the popup blank for half a second; the first screenful is enough to paint,
 * and the rest follows a frame later.
 */
import type { ObjectiveGroup } from './grouping.js';

/** More than a 600 px popup shows at once, with room for short objectives. */
const FIRST_SCREEN_KEY_RESULTS = 12;

/** Whole objectives, in order, until they hold at least `keyResults` key results. */
export function firstScreen(groups: readonly ObjectiveGroup[], keyResults: number = FIRST_SCREEN_KEY_RESULTS): ObjectiveGroup[] {
  if (!Number.isInteger(keyResults) || keyResults < 0) throw new RangeError(`firstScreen: keyResults must be a whole number ≥ 0, got ${keyResults}`);
  let shown = 0;
  let count = 0;
  while (count < groups.length && shown < keyResults) {
    shown += Math.max(1, groups[count]!.keyResults.length);
    count += 1;
  }
  return groups.slice(0, count);
}
