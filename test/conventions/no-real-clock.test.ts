// No test may depend on the day it runs. The local runtime owns every clock the add-on can
// read (its `now` option, the realm's Date: test/runtime/realm-clock.ts), so a test or runtime
// file that reads the machine's clock is a test that passes today and fails next month.
// Exceptions, each for a reason:
// - demo/real-clock.ts: the demo keeps real time on purpose, chosen in that one place;
// - test/e2e/: a real browser runs the extension on the real clock, and the e2e demo follows it;
// - bench/: timing is what a benchmark measures (performance.now() is a duration, never a date).
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { IN_REALM, REAL_CLOCK, sourceFiles, usesOf } from './source-scan.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The demo's one real clock, and the scanners, which hold the forbidden forms as examples.
const ALLOWED = new Set([
  join(root, 'demo', 'real-clock.ts'),
  join(root, 'test', 'conventions', 'source-scan.ts'),
  join(root, 'test', 'conventions', 'no-real-clock.test.ts'),
  join(root, 'test', 'conventions', 'no-clock-in-shared.test.ts'),
]);
const isTest = (path: string) => /\.test\.tsx?$/.test(path);

const files = [
  ...sourceFiles(join(root, 'test'), (path) => !path.startsWith(join(root, 'test', 'e2e') + sep) && !ALLOWED.has(path)),
  ...sourceFiles(join(root, 'demo'), (path) => !ALLOWED.has(path)),
  ...sourceFiles(join(root, 'shared'), isTest),
  ...sourceFiles(join(root, 'apps-script'), isTest),
];

describe('the real-clock scanner', () => {
  it.each([['Date.now()'], ['new Date()'], ['new Date'], ['String(Date())'], ['const t = Date( );']])('finds %s', (code) => {
    expect(usesOf(code, REAL_CLOCK)).toHaveLength(1);
  });

  it('skips code the runtime runs inside the add-on realm, marked so', () => {
    expect(usesOf(`vm.runInContext('Date.now()', context) ${IN_REALM}`, REAL_CLOCK)).toEqual([]);
  });

  it.each([['new Date(0)'], ['new Date(Date.UTC(2026, 10, 23))'], ['isDate(x)'], ['sheetDate(2026, 11, 23)'], ['const now = () => clock.now();']])('lets %s pass', (code) => {
    expect(usesOf(code, REAL_CLOCK)).toEqual([]);
  });
});

describe('tests, the runtime and the demo', () => {
  it('include the runtime, the workbook tests and the demo', () => {
    const names = files.map((path) => relative(root, path));
    expect(names).toEqual(expect.arrayContaining(['test/runtime/clock.ts', 'test/add-on/harness.ts', 'demo/demo-runtime.ts', 'shared/dates.test.ts']));
  });

  it.each(files.map((path) => [relative(root, path), path]))('%s reads no real clock', (_, path) => {
    expect(usesOf(readFileSync(path, 'utf8'), REAL_CLOCK)).toEqual([]);
  });
});
