import type { BenchContext, BenchResult, BenchRow } from '../scripts/bench.mjs';

export interface FunctionRow extends BenchRow {
  size: string;
  functionMs: number;
  plainContextMs: number | null;
  referenceMs: number;
  ratio: number;
  plainRatio: number | null;
  meetsGoal: boolean;
  checked: string;
}

/** Rows compared with the reference, by kind, in `realms` contexts. */
export interface CheckCount {
  name: string;
  rows: number;
  realms: number;
  good: number;
  blank: number;
  bad: number;
}

export interface TemplateCalls {
  perFormula: { column: string; calls: number }[];
  sizes: { keyResults: number; arrayFormulas: number; perRow: number }[];
  equal: boolean;
}

export interface FunctionsResult extends BenchResult {
  rows: FunctionRow[];
  checks: CheckCount[];
  templateCalls: TemplateCalls;
}

export const CASES: readonly { name: string }[];
export const GOAL: { maxRatio: number; gradeMaxMs: number };
export function run(context?: Partial<BenchContext>): Promise<FunctionsResult>;
