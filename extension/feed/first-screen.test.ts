import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { keyResult } from '../test-support/sample-feed.js';
import { firstScreen } from './first-screen.js';
import type { ObjectiveGroup } from './grouping.js';

function groupsOf(sizes: readonly number[]): ObjectiveGroup[] {
  return sizes.map((size, o) => ({
    objective: { id: `O${o}`, title: `Objective ${o}`, owner: 'Ada', parent: null, grade: null, status: null },
    keyResults: Array.from({ length: size }, (_, k) => keyResult({ id: `KR${o}-${k}`, objective: `O${o}` })),
    depth: 0,
  }));
}

describe('firstScreen', () => {
  it.each([
    [[10, 10, 10], 12, 2],
    [[10, 10, 10], 10, 1],
    [[3, 3, 3, 3, 3], 12, 4],
    [[0, 0, 20], 12, 3],
    [[5], 12, 1],
    [[], 12, 0],
    [[4, 4], 0, 0],
  ])('draws objectives of %j first until %i key results: %i objectives', (sizes, keyResults, count) => {
    expect(firstScreen(groupsOf(sizes), keyResults)).toHaveLength(count);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s key results', (keyResults) => {
    expect(() => firstScreen(groupsOf([1]), keyResults)).toThrow(/whole number/);
  });

  test.prop([fc.array(fc.nat({ max: 15 }), { maxLength: 30 }), fc.nat({ max: 40 })])(
    'is a prefix holding enough key results, and no objective more than needed',
    (sizes, keyResults) => {
      const groups = groupsOf(sizes);
      const first = firstScreen(groups, keyResults);
      expect(first).toEqual(groups.slice(0, first.length));
      const held = (list: ObjectiveGroup[]) => list.reduce((sum, group) => sum + Math.max(1, group.keyResults.length), 0);
      if (first.length < groups.length) expect(held(first)).toBeGreaterThanOrEqual(keyResults);
      if (first.length > 0) expect(held(first.slice(0, -1))).toBeLessThan(keyResults);
    },
  );
});
