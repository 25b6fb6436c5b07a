/** What `scripts/bench.mjs` passes to each module's `run`. */
export interface BenchContext {
  /** Small sizes and few runs: for tests, not for figures. */
  quick: boolean;
  /** The project folder (holds dist/). */
  root: string;
  log: (line: string) => void;
}

/** One line of a module's table: its name, then figures (numbers, text, booleans, null). */
export interface BenchRow {
  name: string;
  [figure: string]: unknown;
}

/** What a module's `run` returns; extra fields are written to bench/results.json as they are. */
export interface BenchResult {
  title: string;
  rows: BenchRow[];
  notes?: string[];
  [extra: string]: unknown;
}

export interface BenchOptions {
  only: string | null;
  quick: boolean;
  markdown: boolean;
  out: string;
}

export const MODULES: readonly string[];
export function parseBenchArgs(argv: readonly string[]): BenchOptions;
export function machine(): { os: string; cpus: number; cpuModel: string; node: string };
export function checkResult(name: string, result: unknown): BenchResult;
export function main(argv: readonly string[]): Promise<number>;
