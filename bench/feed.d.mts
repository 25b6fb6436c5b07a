import type { BenchContext, BenchResult, BenchRow } from '../scripts/bench.mjs';

export interface FeedRow extends BenchRow {
  keyResults: number;
  checkIns: number;
  ms: number;
  serviceMs: number;
  scriptMs: number;
  spreadsheetCalls: number;
  sheetReads?: number;
  bytes?: number;
  gzipBytes?: number;
  /** The same feed without `keyResults[].history`. */
  bytesWithoutHistory?: number;
  gzipBytesWithoutHistory?: number;
  speedupRatio?: number;
  meetsGoal?: boolean | null;
}

/** What was checked for one tracker before its figures were reported. */
export interface FeedCheck {
  keyResults: number;
  checkIns: number;
  feedsChecked: number;
  postsChecked: number;
  retriesChecked: number;
  logRows: number;
}

export interface FeedResult extends BenchResult {
  rows: FeedRow[];
  checks: FeedCheck[];
}

export interface TrackerSize {
  keyResults: number;
  checkIns: number;
}

export const GOAL: { minCacheSpeedup: number };
export const SIZES: Record<'full' | 'quick', { trackers: TrackerSize[]; feedRuns: number; posts: number }>;
export function run(context?: Partial<BenchContext>): Promise<FeedResult>;
