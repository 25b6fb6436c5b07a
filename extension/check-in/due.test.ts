import { describe, expect, it } from 'vitest';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { dueItems, isDue, isMine, ownersOf } from './due.js';
import { groupByObjective } from '../feed/grouping.js';
import { defaults } from '../storage/options.js';
import type { Snapshot } from '../feed/snapshot.js';

describe('owners', () => {
  it.each([
    ['Ada', ['ada']],
    ['Ada, Grace', ['ada', 'grace']],
    ['Ada; Grace ', ['ada', 'grace']],
    [null, []],
  ])('reads the Owner cell %s', (owner, owners) => expect(ownersOf(owner)).toEqual(owners));

  it('matches the name case-insensitively, and no name matches nobody', () => {
    expect(isMine('Ada, Grace', ' grace ')).toBe(true);
    expect(isMine('Ada', '')).toBe(false);
    expect(isMine('Adam', 'Ada')).toBe(false);
  });
});

describe('dueItems', () => {
  const feed = sampleFeed([keyResult({ id: 'A', owner: 'Ada' }), keyResult({ id: 'B', owner: 'Grace' }), keyResult({ id: 'C', owner: 'Ada', due: false })]);
  const snapshot: Snapshot = {
    options: { ...defaults, name: 'Ada', trackers: [{ id: 't1', name: 'Mine', url: 'https://x.test/exec', token: 't' }, { id: 'gone', name: 'No cache', url: 'https://y.test/exec', token: 't' }] },
    caches: { t1: { feed, fetchedAt: 1, error: null } },
    outbox: [],
  };

  it('lists due key results in the chosen scope, with the tracker they belong to', () => {
    expect(dueItems(snapshot, 'mine').map((item) => item.keyResult.id)).toEqual(['A']);
    // The name typed on the options page wins over the sheet's (feed/tracker-name.ts).
    expect(dueItems(snapshot, 'team').map((item) => [item.trackerName, item.keyResult.id])).toEqual([
      ['Mine', 'A'],
      ['Mine', 'B'],
    ]);
  });

  it("puts the most overdue first once it knows the user's today", () => {
    const dated = sampleFeed([
      keyResult({ id: 'soon', nextCheckIn: '2026-12-04' }),
      keyResult({ id: 'oldest', nextCheckIn: '2026-09-01' }),
      keyResult({ id: 'undated', nextCheckIn: null }),
      keyResult({ id: 'older', nextCheckIn: '2026-11-20' }),
    ]);
    const withDates: Snapshot = { ...snapshot, caches: { t1: { feed: dated, fetchedAt: 1, error: null } } };
    expect(dueItems(withDates, 'team', '2026-12-04').map((item) => item.keyResult.id)).toEqual(['oldest', 'older', 'soon', 'undated']);
  });
});

describe('isDue', () => {
  it.each([
    ['due by the feed', { due: true, nextCheckIn: '2025-03-17' }, undefined, true],
    ['not due by the feed, without a date to judge', { due: false, nextCheckIn: '2025-03-03' }, undefined, false],
    ['due since the feed was built', { due: false, nextCheckIn: '2025-03-10' }, '2025-03-10', true],
    ['overdue since the feed was built', { due: false, nextCheckIn: '2025-03-03' }, '2025-03-10', true],
    ['due tomorrow', { due: false, nextCheckIn: '2025-03-11' }, '2025-03-10', false],
    ['never scheduled', { due: false, nextCheckIn: null }, '2025-03-10', false],
  ])('a key result %s: %s', (_name, patch, today, due) => {
    expect(isDue(keyResult(patch), today)).toBe(due);
  });
});

describe('groupByObjective', () => {
  const feed = {
    ...sampleFeed([keyResult({ id: 'A', objective: 'O1', owner: 'Ada' }), keyResult({ id: 'B', objective: 'O2', owner: 'Grace' }), keyResult({ id: 'C', objective: null, owner: 'Ada' })]),
    objectives: [
      { id: 'O1', title: 'One', owner: 'Ada', parent: null, grade: 0.5, status: null },
      { id: 'O2', title: 'Two', owner: 'Grace', parent: null, grade: 0.1, status: null },
      { id: 'O3', title: 'Three', owner: 'Ada', parent: null, grade: null, status: null },
    ],
  };

  it('keeps the sheet order and puts key results without an objective last', () => {
    expect(groupByObjective(feed, 'team', '').map((group) => [group.objective?.id ?? null, group.keyResults.map((kr) => kr.id)])).toEqual([
      ['O1', ['A']],
      ['O2', ['B']],
      ['O3', []],
      [null, ['C']],
    ]);
  });

  it('in "Mine" shows my key results and the objectives above them, not an objective with none of mine', () => {
    expect(groupByObjective(feed, 'mine', 'ada').map((group) => [group.objective?.id ?? null, group.keyResults.map((kr) => kr.id)])).toEqual([
      ['O1', ['A']],
      [null, ['C']],
    ]);
  });

  it('puts child objectives right under their parent, one level deeper, and keeps their parents in "Mine"', () => {
    const tree = {
      ...sampleFeed([keyResult({ id: 'A', objective: 'Child', owner: 'Ada' }), keyResult({ id: 'B', objective: 'Top', owner: 'Grace' })]),
      objectives: [
        { id: 'Child', title: 'Child', owner: 'Ada', parent: 'Top', grade: 0.5, status: null },
        { id: 'Other', title: 'Other', owner: 'Grace', parent: null, grade: 0.1, status: null },
        { id: 'Top', title: 'Top', owner: 'Grace', parent: null, grade: 0.3, status: null },
        { id: 'Loop1', title: 'Loop 1', owner: null, parent: 'Loop2', grade: null, status: null },
        { id: 'Loop2', title: 'Loop 2', owner: null, parent: 'Loop1', grade: null, status: null },
      ],
    };
    const outline = (scope: 'mine' | 'team') => groupByObjective(tree, scope, 'ada').map((group) => [group.objective?.id ?? null, group.depth, group.keyResults.map((kr) => kr.id)]);
    expect(outline('team')).toEqual([
      ['Other', 0, []],
      ['Top', 0, ['B']],
      ['Child', 1, ['A']],
      ['Loop1', 0, []],
      ['Loop2', 1, []],
    ]);
    expect(outline('mine')).toEqual([
      ['Top', 0, []],
      ['Child', 1, ['A']],
    ]);
  });
});
