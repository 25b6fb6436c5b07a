// The pieces the feed and load benchmarks judge answers with: the log tally, the expected
// feed values, the answer checks, percentiles and the bounded pool.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkCheckInAnswer, checkGrownFeed, tallyRequests } from '../../bench/feed-checks.mjs';
import { latestBulkValue } from '../../bench/grown-tracker.mjs';
import { percentile, runPool } from '../../bench/latency.mjs';

describe('tallyRequests', () => {
  it.each([
    ['all logged once', ['a', 'b'], ['a', 'b'], { rows: 2, lost: [], duplicated: [], extraRows: 0 }],
    ['one lost', ['a', 'b'], ['a'], { rows: 1, lost: ['b'], duplicated: [], extraRows: 0 }],
    ['one logged three times', ['a', 'b'], ['a', 'b', 'a', 'a'], { rows: 4, lost: [], duplicated: ['a'], extraRows: 2 }],
    ['rows of other requests ignored', ['a'], ['bulk-1', 'a', 'bulk-2'], { rows: 1, lost: [], duplicated: [], extraRows: 0 }],
    ['nothing logged', ['a', 'b'], [], { rows: 0, lost: ['a', 'b'], duplicated: [], extraRows: 0 }],
  ])('counts %s', (_, sent, logged, expected) => {
    expect(tallyRequests(sent, logged)).toEqual(expected);
  });
});

describe('latestBulkValue', () => {
  test.prop([fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 400 })])('is the value of the last check-in j with j mod K = index', (keyResults, checkIns) => {
    for (let index = 0; index < keyResults; index++) {
      let expected: number | null = null;
      for (let j = 0; j < checkIns; j++) if (j % keyResults === index) expected = j % 100;
      expect(latestBulkValue(index, keyResults, checkIns)).toBe(expected);
    }
  });
});

describe('checkGrownFeed', () => {
  const modules = { validateFeed: () => ({ ok: true }) };
  // 3 key results, 4 check-ins: K0 last got check-in 3 (value 3), K1 check-in 1, K2 check-in 2.
  const size = { keyResults: 3, checkIns: 4 };
  const feed = (currents: unknown[], ids = ['K0', 'K1', 'K2']) => JSON.stringify({ keyResults: ids.map((id, i) => ({ id, current: currents[i] })) });

  it('accepts a feed whose key results show the latest of the log', () => {
    expect(() => checkGrownFeed(modules, 'feed', feed([3, 1, 2]), size)).not.toThrow();
  });

  it.each([
    ['an error answer', JSON.stringify({ error: { code: 'unauthorized', message: 'x' } }), /feed: the web app answered an error/],
    ['a key result missing', feed([3, 1], ['K0', 'K1']), /2 key results in the feed, expected 3/],
    ['key results out of order', feed([3, 1, 2], ['K0', 'K2', 'K1']), /key result 1 is K2, expected K1/],
    ['a stale current value', feed([0, 1, 2]), /K0: current 0, expected 3/],
  ])('rejects %s', (_, text, message) => {
    expect(() => checkGrownFeed(modules, 'feed', text, size)).toThrow(message);
  });

  it('rejects a feed that breaks the contract', () => {
    const strict = { validateFeed: () => ({ ok: false, problems: ['keyResults[0].grade: expected a number'] }) };
    expect(() => checkGrownFeed(strict, 'feed', feed([3, 1, 2]), size)).toThrow(/breaks the contract: keyResults\[0\]\.grade/);
  });
});

describe('checkCheckInAnswer', () => {
  const modules = { validateCheckInResponse: () => ({ ok: true }) };
  const sent = { id: 'K1', value: 7, requestId: 'bench-post-0001' };
  const answer = (change: Record<string, unknown> = {}) =>
    JSON.stringify({ ok: true, checkIn: { id: 'K1', value: 7, requestId: 'bench-post-0001' }, keyResult: { id: 'K1', current: 7 }, ...change });

  it('accepts the answer to what was sent', () => {
    expect(() => checkCheckInAnswer(modules, 'post', answer(), sent, { duplicate: false })).not.toThrow();
  });

  it.each([
    ['text that is not JSON', '<!doctype html>', { duplicate: false }, /post: the answer is not JSON/],
    ['an error answer', JSON.stringify({ error: { code: 'internal', message: 'x' } }), { duplicate: false }, /post: the check-in failed/],
    ['another request ID', answer({ checkIn: { id: 'K1', value: 7, requestId: 'other-000001' } }), { duplicate: false }, /for request other-000001/],
    ['another value', answer({ checkIn: { id: 'K1', value: 8, requestId: 'bench-post-0001' } }), { duplicate: false }, /records 8, not 7/],
    ['another key result', answer({ keyResult: { id: 'K2', current: 7 } }), { duplicate: false }, /key result is K2, not K1/],
    ['a stale current value', answer({ keyResult: { id: 'K1', current: 3 } }), { duplicate: false }, /K1's current value is 3, expected 7/],
    ['a new check-in called a duplicate', answer({ duplicate: true }), { duplicate: false }, /new check-in was reported as a duplicate/],
    ['a retry not called a duplicate', answer(), { duplicate: true }, /repeated request ID was not reported/],
  ])('rejects %s', (_, text, expected, message) => {
    expect(() => checkCheckInAnswer(modules, 'post', text, sent, expected)).toThrow(message);
  });

  it('rejects an answer that breaks the contract', () => {
    const strict = { validateCheckInResponse: () => ({ ok: false, problems: ['checkIn.time: expected a date'] }) };
    expect(() => checkCheckInAnswer(strict, 'post', answer(), sent, { duplicate: false })).toThrow(/breaks the contract: checkIn\.time/);
  });
});

describe('percentile', () => {
  it.each([
    [[5], 50, 5],
    [[1, 2, 3, 4], 50, 2],
    [[4, 3, 2, 1], 99, 4],
    [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90, 90],
    [[], 50, null],
  ])('of %j at p%i is %j', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  test.prop([fc.array(fc.double({ noNaN: true, min: 0, max: 1e6 }), { minLength: 1 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })])(
    'is one of the values, and never falls as p rises',
    (values, a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      expect(values).toContain(percentile(values, low));
      expect(percentile(values, low)!).toBeLessThanOrEqual(percentile(values, high)!);
    },
  );
});

describe('runPool', () => {
  test.prop([fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 8 })])('runs every task once, at most `concurrency` at a time, results in order', async (count, concurrency) => {
    let running = 0;
    let most = 0;
    const results = await runPool(count, concurrency, async (i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, i % 3));
      running -= 1;
      return i * 2;
    });
    expect(results).toEqual(Array.from({ length: count }, (_, i) => i * 2));
    expect(most).toBeLessThanOrEqual(concurrency);
  });

  it.each([
    [-1, 2, /count must be a whole number ≥ 0, got -1/],
    [1.5, 2, /count must be a whole number ≥ 0, got 1.5/],
    [3, 0, /concurrency must be a whole number ≥ 1, got 0/],
  ])('refuses count %j and concurrency %j', async (count, concurrency, message) => {
    await expect(runPool(count, concurrency, async () => 0)).rejects.toThrow(message);
  });

  it('rejects when a task throws', async () => {
    await expect(runPool(3, 2, async (i) => (i === 1 ? Promise.reject(new Error('task 1 failed')) : i))).rejects.toThrow('task 1 failed');
  });
});
