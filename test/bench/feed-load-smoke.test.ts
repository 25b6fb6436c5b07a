// `npm run bench` parts 2 and 4, run small: what the feed/check-in and load benchmarks report,
// and that they checked every answer (and the log) before reporting. Never how fast anything
// was: the machine is shared and noisy, and only ratios from one run mean anything.
// Needs dist/apps-script/Code.js (`npm test` builds first).
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { GOAL, run as runFeed, SIZES as FEED_SIZES, type FeedResult, type FeedRow } from '../../bench/feed.mjs';
import { run as runLoad, SIZES as LOAD_SIZES, type LoadResult } from '../../bench/load.mjs';
import { checkResult } from '../../scripts/bench.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROW_NAMES = ['doGet, reads the sheets', 'doGet again, from cache', 'doPost, one check-in', 'doPost, retry (duplicate)'];

describe('bench/feed.mjs --quick', () => {
  let result: FeedResult;
  const sizes = FEED_SIZES.quick;
  const rowOf = (name: string, keyResults: number): FeedRow => {
    const row = result.rows.find((r) => r.name === name && r.keyResults === keyResults);
    if (row === undefined) throw new Error(`no row ${name} for ${keyResults} key results`);
    return row;
  };
  beforeAll(async () => {
    result = await runFeed({ quick: true, root });
  }, 240_000);

  it('keeps to the bench module contract', () => {
    expect(() => checkResult('feed', result)).not.toThrow();
  });

  it('reports each web-app call for each tracker size', () => {
    const expected = sizes.trackers.flatMap((size) => ROW_NAMES.map((name) => [name, size.keyResults, size.checkIns]));
    expect(result.rows.map((row) => [row.name, row.keyResults, row.checkIns])).toEqual(expected);
  });

  it.each(['ms', 'serviceMs', 'scriptMs'] as const)('reports %s as a number ≥ 0 for every call', (figure) => {
    for (const row of result.rows) expect(row[figure], `${row.name} ${row.keyResults}`).toBeGreaterThanOrEqual(0);
  });

  it('reports the cache speed-up as the ratio of the two doGets, and the goal from it', () => {
    for (const { keyResults } of sizes.trackers) {
      const read = rowOf('doGet, reads the sheets', keyResults);
      const cached = rowOf('doGet again, from cache', keyResults);
      expect(cached.speedupRatio).toBeCloseTo(read.ms / cached.ms, 6);
      expect(cached.meetsGoal).toBe(cached.speedupRatio! >= GOAL.minCacheSpeedup);
      expect(cached.spreadsheetCalls).toBeLessThan(read.spreadsheetCalls);
      expect(read.sheetReads).toBeGreaterThan(0);
      expect(cached.sheetReads).toBe(0);
    }
  });

  it('measures the feed in bytes and gzipped bytes, larger for the larger tracker', () => {
    const [small, large] = sizes.trackers.map((size) => rowOf('doGet, reads the sheets', size.keyResults));
    for (const row of [small, large]) expect(row.gzipBytes).toBeGreaterThan(0);
    for (const row of [small, large]) expect(row.gzipBytes!).toBeLessThan(row.bytes!);
    expect(large.bytes!).toBeGreaterThan(small.bytes!);
  });

  it('finds the same Spreadsheet calls per check-in for a short and a long log', () => {
    const [small, large] = sizes.trackers.map((size) => rowOf('doPost, one check-in', size.keyResults));
    expect(small.spreadsheetCalls).toBeGreaterThan(0);
    expect(small.meetsGoal).toBeNull();
    expect(large.meetsGoal).toBe(true);
    expect(large.spreadsheetCalls).toBe(small.spreadsheetCalls);
  });

  it('checked every feed, every check-in answer, the retry and the log before reporting', () => {
    expect(result.checks).toEqual(
      sizes.trackers.map((size) => ({ ...size, feedsChecked: sizes.feedRuns + 1, postsChecked: sizes.posts + 1, retriesChecked: 1, logRows: size.checkIns + sizes.posts + 1 })),
    );
  });
});

describe('bench/load.mjs --quick', () => {
  let result: LoadResult;
  const sizes = LOAD_SIZES.quick;
  beforeAll(async () => {
    result = await runLoad({ quick: true, root });
  }, 240_000);

  it('keeps to the bench module contract', () => {
    expect(() => checkResult('load', result)).not.toThrow();
  });

  it('logged every check-in exactly once, through dropped answers and retries', () => {
    const [posts] = result.rows;
    expect(posts).toMatchObject({ clients: sizes.clients, requests: sizes.checkIns, rowsWritten: sizes.checkIns, duplicates: 0, lost: 0, failures: 0 });
    expect(posts.retries).toBeGreaterThanOrEqual(posts.dropped + posts.timedOut);
    // A retry is answered "duplicate" only when an earlier attempt wrote the check-in.
    expect(posts.duplicateAnswers).toBeLessThanOrEqual(posts.retries);
    expect(result.checks).toMatchObject({ checkIns: sizes.checkIns, logged: sizes.checkIns, duplicates: 0, lost: 0, failures: 0, feedAgreesWithLog: true });
  });

  it('answered every feed GET of the burst', () => {
    const [, gets] = result.rows;
    expect(gets).toMatchObject({ clients: sizes.getConcurrency, requests: sizes.gets, failures: 0, allAnswered: true });
    expect(result.checks.getFailures).toBe(0);
  });

  it.each([0, 1])('reports p50 ≤ p99 and a positive rate for row %i', (index) => {
    const row = result.rows[index];
    expect(row.p50Ms).toBeGreaterThan(0);
    expect(row.p50Ms).toBeLessThanOrEqual(row.p99Ms);
    expect(row.perSecond).toBeGreaterThan(0);
  });
});
