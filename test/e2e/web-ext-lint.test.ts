// Mozilla's linter over the built extension as the Firefox package holds it (scripts/package.mjs:
// dist/extension without the Chrome-only permissions), as addons.mozilla.org runs it on upload:
// the manifest must suit Firefox, and the bundles must hold nothing the reviewers flag
// (innerHTML, eval, …). Any error, warning or notice fails.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { firefoxManifest, stageExtension } from '../../scripts/package.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = join(root, 'dist/extension');
const webExt = join(root, 'node_modules/.bin/web-ext');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

async function lint(sourceDir: string): Promise<LintReport> {
  // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
  const result = await promisify(execFile)(webExt, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], { cwd: root, maxBuffer: 10_000_000 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  return JSON.parse(result.stdout) as LintReport;
}

describe('web-ext lint of the Firefox package', { timeout: 120_000 }, () => {
  const stage = mkdtempSync(join(tmpdir(), 'okr-sheets-lint-'));
  afterAll(() => rmSync(stage, { recursive: true, force: true }));

  it('finds no errors, warnings or notices', async () => {
    expect(existsSync(join(sourceDir, 'manifest.json')), 'dist/extension is not built: run node scripts/build.mjs extension').toBe(true);
    const report = await lint(await stageExtension(join(stage, 'firefox'), firefoxManifest));
    const lines = (messages: LintMessage[]) => messages.map((message) => `${message.code} ${message.file ?? ''}: ${message.message}`);
    expect({ errors: lines(report.errors), warnings: lines(report.warnings), notices: lines(report.notices) }).toEqual({ errors: [], warnings: [], notices: [] });
    expect(report.summary).toEqual({ errors: 0, warnings: 0, notices: 0 });
  });
});
