import type { BenchContext, BenchResult, BenchRow } from '../scripts/bench.mjs';

export interface CheckInLoadRow extends BenchRow {
  clients: number;
  requests: number;
  retries: number;
  dropped: number;
  timedOut: number;
  duplicateAnswers: number;
  rowsWritten: number;
  duplicates: number;
  lost: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
}

export interface FeedBurstRow extends BenchRow {
  clients: number;
  requests: number;
  failures: number;
  p50Ms: number;
  p99Ms: number;
  perSecond: number;
  allAnswered: boolean;
  firstFailure?: string;
}

export interface LoadResult extends BenchResult {
  rows: [CheckInLoadRow, FeedBurstRow];
  checks: { checkIns: number; logged: number; duplicates: number; lost: number; failures: number; feedAgreesWithLog: boolean; getFailures: number };
}

export interface LoadSize {
  clients: number;
  checkIns: number;
  gets: number;
  getConcurrency: number;
}

export const SIZES: Record<'full' | 'quick', LoadSize>;
export const FAULTS: { dropAfterWrite: number; seed: number };
export function run(context?: Partial<BenchContext>): Promise<LoadResult>;
