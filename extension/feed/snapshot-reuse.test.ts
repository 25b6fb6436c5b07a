import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { keyResult, sampleFeed } from '../test-support/sample-feed.js';
import { defaults } from '../storage/options.js';
import type { Snapshot } from './snapshot.js';
import { keepUnchanged, sameJson } from './snapshot-reuse.js';

const snapshotOf = (feed = sampleFeed(), error: Snapshot['caches'][string]['error'] = null): Snapshot => ({
  options: defaults,
  caches: { t1: { feed, fetchedAt: 1, error } },
  outbox: [],
});

describe('keepUnchanged', () => {
  it('passes the first read through', () => {
    const next = snapshotOf();
    expect(keepUnchanged(null, next)).toBe(next);
  });

  it('keeps the feed object when only the refresh error changed', () => {
    const previous = snapshotOf();
    const next = snapshotOf(sampleFeed(), { kind: 'offline', message: 'offline', permanent: false, at: 2 });
    const kept = keepUnchanged(previous, next);
    expect(kept.caches.t1?.feed).toBe(previous.caches.t1?.feed);
    expect(kept.caches.t1?.error).toEqual({ kind: 'offline', message: 'offline', permanent: false, at: 2 });
  });

  it('takes the new key result after a check-in and keeps the others', () => {
    const previous = snapshotOf();
    const changed = sampleFeed();
    changed.keyResults[0] = keyResult({ current: 40 });
    const kept = keepUnchanged(previous, snapshotOf(changed));
    const [first, second] = kept.caches.t1?.feed?.keyResults ?? [];
    expect(first).toBe(changed.keyResults[0]);
    expect(first?.current).toBe(40);
    expect(second).toBe(previous.caches.t1?.feed?.keyResults[1]);
  });

  it('shows a tracker that was not cached before', () => {
    const next = snapshotOf();
    expect(keepUnchanged({ ...next, caches: {} }, next).caches.t1).toBe(next.caches.t1);
  });
});

describe('sameJson', () => {
  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: null }, { a: 0 }, false],
    [[1, 2], { 0: 1, 1: 2 }, false],
    [[1, 2], [1, 2, 3], false],
    ['x', 'x', true],
  ])('compares %j with %j: %s', (a, b, same) => expect(sameJson(a, b)).toBe(same));

  test.prop([fc.jsonValue(), fc.jsonValue()])('agrees with comparing serialised values', (a, b) => {
    expect(sameJson(a, structuredClone(a))).toBe(true);
    expect(sameJson(a, b)).toBe(sameJson(b, a));
    if (JSON.stringify(a) === JSON.stringify(b)) expect(sameJson(a, b)).toBe(true);
    else if (sameJson(a, b)) expect(JSON.stringify(a).length).toBe(JSON.stringify(b).length);
  });
});
