// `npm run bench`, run small: what it reports and that it checked every answer before timing
// it. Never how fast anything was: the machine is shared and noisy (STYLE.md), and only ratios
// from one run mean anything. Needs dist/apps-script/Code.js (`npm test` builds first).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD, BLANK, GOOD } from '../../bench/cells.mjs';
import { checkColumn, nearNumbers } from '../../bench/check.mjs';
import { formatTable } from '../../bench/format-table.mjs';
import { GOAL, run, type FunctionsResult } from '../../bench/functions.mjs';
import { checkResult, MODULES, parseBenchArgs } from '../../scripts/bench.mjs';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bench/functions.mjs --quick', () => {
  let result: FunctionsResult;
  beforeAll(async () => {
    result = await run({ quick: true, root });
  });

  it('benchmarks every custom function of the registry', () => {
    expect(result.rows.map((row) => row.name).sort()).toEqual(CUSTOM_FUNCTIONS.map((spec) => spec.name).sort());
  });

  it.each(['functionMs', 'referenceMs', 'ratio'] as const)('reports %s as a finite number for every function', (figure) => {
    for (const row of result.rows) expect(Number.isFinite(row[figure]), `${row.name} ${figure}`).toBe(true);
  });

  it('reports ratio as function time over reference time, and the goal from it', () => {
    for (const row of result.rows) {
      expect(row.ratio).toBeCloseTo(row.functionMs / row.referenceMs, 9);
      // Quick sizes say nothing of the 10 ms budget for 10,000 rows: only the ratio counts here.
      expect(row.meetsGoal).toBe(row.ratio <= GOAL.maxRatio);
    }
  });

  it('compared every row of every result with its reference, good, blank and bad rows alike', () => {
    expect(result.checks.map((check) => check.name)).toEqual(result.rows.map((row) => row.name));
    for (const check of result.checks) {
      expect(check.good + check.blank + check.bad, check.name).toBe(check.rows);
      expect(check.realms, check.name).toBeGreaterThanOrEqual(1);
      for (const kind of ['good', 'blank', 'bad'] as const) expect(check[kind], `${check.name} ${kind} rows`).toBeGreaterThan(0);
    }
  });

  it('counts the same custom-function calls for a template of 10 and of 5,000 key results', () => {
    const { perFormula, sizes, equal } = result.templateCalls;
    const total = perFormula.reduce((sum, formula) => sum + formula.calls, 0);
    const perKeyResultRow = perFormula.filter((f) => f.column.startsWith('Key Results ›')).reduce((sum, f) => sum + f.calls, 0);
    expect(sizes.map((s) => s.keyResults)).toEqual([10, 5_000]);
    expect(equal).toBe(true);
    for (const size of sizes) {
      expect(size.arrayFormulas).toBe(total);
      expect(size.perRow).toBe(size.keyResults * perKeyResultRow);
    }
    expect(perFormula.every((formula) => formula.calls >= 1)).toBe(true);
  });
});

describe('checkColumn', () => {
  const expected = new Float64Array([0.25, 0, 0]);
  const kinds = [GOOD, BLANK, BAD];

  it('counts the rows of a result that agrees with its reference', () => {
    expect(checkColumn('F', [[0.25 + 1e-12], [''], ['Error: F: x']], kinds, nearNumbers(expected))).toEqual({ good: 1, blank: 1, bad: 1 });
  });

  it.each([
    ['a wrong number', [[0.5], [''], ['Error: F: x']], /row 1: got 0\.5, expected 0\.25/],
    ['a number as text', [['0.25'], [''], ['Error: F: x']], /row 1: got "0\.25"/],
    ['a value where a blank belongs', [[0.25], [0], ['Error: F: x']], /row 2: got 0, expected ""/],
    ['a value where an error belongs', [[0.25], [''], [1]], /row 3: got 1, expected an "Error: …" text/],
    ['a row of two cells', [[0.25, 1], [''], ['Error: F: x']], /row 1 is \[0\.25,1\], not one cell/],
    ['too few rows', [[0.25]], /expected 3 rows, got 1 rows/],
    ['a single value', 0.25, /expected 3 rows, got 0\.25/],
  ])('throws for %s', (_, result, message) => {
    expect(() => checkColumn('F', result, kinds, nearNumbers(expected))).toThrow(message);
  });
});

describe('scripts/bench.mjs', () => {
  it.each([
    [[], { only: null, quick: false, markdown: false }],
    [['--quick'], { only: null, quick: true, markdown: false }],
    [['--only', 'functions', '--markdown'], { only: 'functions', quick: false, markdown: true }],
  ])('reads %j', (argv, options) => {
    expect(parseBenchArgs(argv)).toMatchObject(options);
  });

  it.each([
    [['--only', 'nope'], /--only nope: no such benchmark; use one of functions, feed, popup, load/],
    [['--only'], /--only needs a value/],
    [['--only', '--quick'], /--only needs a value/],
    [['--fast'], /unknown argument --fast\nusage:/],
  ])('rejects %j with a message and the usage', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it.each([
    ['returned no object', undefined],
    ['has no title', { rows: [] }],
    ['has no rows', { title: 'T' }],
    ['has a row without a name', { title: 'T', rows: [{ ms: 1 }] }],
  ])('rejects a module result that %s', (problem, value) => {
    expect(() => checkResult('feed', value)).toThrow(`bench/feed.mjs ${problem}`);
  });

  it('prints a table with a header per figure and numbers aligned right', () => {
    const lines = formatTable([
      { name: 'A', functionMs: 1.5, meetsGoal: true },
      { name: 'Longer', functionMs: 12345, meetsGoal: false },
    ]).split('\n');
    expect(lines[0]).toMatch(/^name\s+function ms\s+meets goal$/);
    expect(lines[2]).toMatch(/^A\s+1\.50\s+yes$/);
    expect(lines[3]).toMatch(/^Longer\s+12,345\s+no$/);
    expect(lines[2].indexOf('1.50') + 4).toBe(lines[3].indexOf('12,345') + 6);
  });

  it('runs one module and writes its result with the machine and the date', async () => {
    const out = join(mkdtempSync(join(os.tmpdir(), 'bench-')), 'results.json');
    await promisify(execFile)(process.execPath, ['scripts/bench.mjs', '--only', 'functions', '--quick', '--out', out], { cwd: root });
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.machine).toEqual({ os: expect.any(String), cpus: os.cpus().length, cpuModel: expect.any(String), node: process.version });
    expect(Number.isNaN(Date.parse(report.date))).toBe(false);
    expect(report.loadAverage).toEqual(expect.any(Number));
    expect(report.quick).toBe(true);
    expect(Object.keys(report.modules)).toEqual(['functions']);
    expect(report.modules.functions.rows).toHaveLength(CUSTOM_FUNCTIONS.length);
    expect(MODULES).toContain('functions');
  });
});
