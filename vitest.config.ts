import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

// Date arithmetic must hold across daylight-saving changes, so the unit tests run in a zone
// that has them (and the core, which takes its zone as an argument, is tested in others).
// Workers inherit this before any Date is made.
process.env.TZ = 'America/New_York';

// The workbook tests run the add-on as Apps Script does: its local-time Date methods in the
// script's zone, the manifest's (apps-script/appsscript.json). The runtime refuses a script zone
// other than the process's; the spreadsheets' zones vary freely.
/**
 * Test files that mock a module, stub a global or set the process's zone (the demo server runs
 * the add-on in the script's zone, which only a process of its own can switch to): each needs a
 * worker process of its own.
 */
const ISOLATED = ['extension/background/**/*.test.ts', 'demo/**/*.test.ts', 'test/bench/feed-load-smoke.test.ts'];

const SCRIPT_TIME_ZONE = (JSON.parse(readFileSync(new URL('./apps-script/appsscript.json', import.meta.url), 'utf8')) as { timeZone: string }).timeZone;

// The suite runs on two cores: vitest's default (cores − 1) would run one file at a time.
// Measured on two cores: one worker 13 min, three 7.5 min, two 6.8 min. The browser tests are the
// exception (BROWSER_GROUP below).
const MAX_WORKERS = 2;
/**
 * The browser tests run first, one file at a time, and every other test after them on two workers.
 * One browser file keeps most of both cores busy (Chromium's browser, renderer and GPU processes,
 * the demo tracker and Playwright), so two at once mostly fight: measured on two cores, the browser
 * files took 100 s and 193 CPU-seconds two at a time, 119 s and 172 CPU-seconds one at a time.
 * The whole `npm test` took as long either way (255 s), but one at a time it used 463 CPU-seconds
 * instead of 510 and left time idle that ESLint and the type check (scripts/test.mjs), run
 * alongside, fill. Vitest runs groups of different `maxWorkers` one after the other.
 */
const BROWSER_GROUP = { maxWorkers: 1, sequence: { groupOrder: 0 } };
const shared = { testTimeout: 20_000, hookTimeout: 60_000, sequence: { groupOrder: 1 } };

/**
 * For the worker processes that run HyperFormula (workbook tests, the demo server): a young
 * generation of 64 MB per half instead of Node's 16. A recalculation makes millions of
 * short-lived objects, and with the default over a quarter of the workbook tests' time was garbage
 * collection: measured over five workbook files, it fell from 19.4 s to 11.2 s (and from 10.2 s to
 * 6.5 s in the demo server's and the feed bench's tests).
 */
const FORMULA_ENGINE_HEAP = ['--max-semi-space-size=64'];

/**
 * After the browser group, the file that takes longest starts first, and the short files fill in
 * around it. Vitest's own order runs the projects one after the other and, on a fresh clone (no
 * timings cached), each project's files by size, which left the batching test (a minute on its
 * own) running alone at the end of the suite.
 */
const LONGEST_FIRST = ['test/add-on/batching.test.ts'];

/**
 * Then the projects whose files take longest: the demo server's and the workbook tests, and last
 * the many short unit files, which even out the two workers' ends.
 */
const PROJECT_ORDER = ['browser', 'unit-isolated', 'workbook', 'unit'];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const first = LONGEST_FIRST.indexOf(relative(spec.project.config.root, spec.moduleId));
      if (first >= 0) return first;
      const project = PROJECT_ORDER.indexOf(spec.project.name);
      return LONGEST_FIRST.length + (project >= 0 ? project : PROJECT_ORDER.length);
    };
    // A stable sort: within a rank, Vitest's order (its cached timings, longest first, or sizes).
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    maxWorkers: MAX_WORKERS,
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['shared/**/*.test.ts', 'apps-script/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'test/**/*.test.ts', 'demo/**/*.test.ts'],
          exclude: ['test/runtime/**', 'test/add-on/**', 'test/e2e/**', ...ISOLATED, '**/node_modules/**'],
          // These tests share no global state: a worker imports each module once for all the files
          // it runs, instead of once per file (the import time was a third of the suite).
          pool: 'threads',
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: 'unit-isolated',
          include: ISOLATED,
          pool: 'forks',
          execArgv: FORMULA_ENGINE_HEAP,
        },
      },
      {
        test: {
          ...shared,
          name: 'workbook',
          // A few tests run a quarter's worth of actions through the formula engine.
          testTimeout: 60_000,
          env: { TZ: SCRIPT_TIME_ZONE },
          include: ['test/runtime/**/*.test.ts', 'test/add-on/**/*.test.ts'],
          // These files share no global state (each runtime is its own object), so HyperFormula
          // is imported once per worker instead of once per file: a minute saved per run.
          pool: 'forks',
          isolate: false,
          execArgv: FORMULA_ENGINE_HEAP,
        },
      },
      {
        test: {
          ...shared,
          ...BROWSER_GROUP,
          // Real Chromium and Firefox. The files share the worker's modules (isolate: false): one
          // Chromium serves every file (test/e2e/extension-session.ts), and Playwright, the demo
          // server and HyperFormula are imported once, not once per file.
          name: 'browser',
          include: ['test/e2e/**/*.test.ts'],
          // The worker, the demo's redirecting web app and the page answer in their own time; on a
          // loaded machine a second (vitest's default) is too short to wait for a check-in to land.
          expect: { poll: { timeout: 15_000 } },
          pool: 'forks',
          isolate: false,
          execArgv: FORMULA_ENGINE_HEAP,
        },
      },
    ],
  },
});
