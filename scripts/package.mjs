// `npm run package`: the store uploads, from the unpacked build in dist/extension (the npm script
// builds first), into dist/packages/:
//   okr-sheets-firefox-<version>.zip  for addons.mozilla.org: dist/extension, with the
//                                     Chrome-only permissions removed, exactly as linted;
//   okr-sheets-chrome-<version>.zip   for the Chrome Web Store: the same files, with the
//                                     Firefox-only manifest keys removed so Chrome shows no warnings.
// dist/extension itself carries both, so that the tests load one build in both browsers: each
// browser ignores, with a warning, what is the other's.
// Both are zipped by `web-ext build`. The Firefox package is linted first (no error, warning or
// notice allowed), as AMO would lint it.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'dist/extension');
const out = join(root, 'dist/packages');
const webExt = join(root, 'node_modules/.bin/web-ext');
const run = promisify(execFile);

/** The manifest Chrome gets: no gecko settings, no Firefox background scripts. */
export function chromeManifest(manifest) {
  const { browser_specific_settings: _firefoxOnly, ...rest } = manifest;
  const { scripts: _scripts, preferred_environment: _environment, ...background } = manifest.background;
  return { ...rest, background };
}

/**
 * Permissions Firefox does not know (web-ext lint warns on each): it has no offscreen documents,
 * and keeps the popup's views from its event page instead (extension/background/sw-views.ts).
 */
const CHROME_ONLY_PERMISSIONS = new Set(['offscreen']);

/** The manifest Firefox gets: no Chrome-only permissions. */
export function firefoxManifest(manifest) {
  return { ...manifest, permissions: manifest.permissions.filter((permission) => !CHROME_ONLY_PERMISSIONS.has(permission)) };
}

/** A copy of dist/extension in `stage`, with the manifest `forBrowser` makes of its own. */
export async function stageExtension(stage, forBrowser) {
  const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8'));
  await rm(stage, { recursive: true, force: true });
  await cp(source, stage, { recursive: true });
  await writeFile(join(stage, 'manifest.json'), `${JSON.stringify(forBrowser(manifest), null, 2)}\n`);
  return stage;
}

async function lintFirefox(dir) {
  const { stdout } = await run(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { maxBuffer: 10_000_000 }).catch((error) => error);
  const report = JSON.parse(stdout);
  const problems = [...report.errors, ...report.warnings, ...report.notices];
  if (problems.length > 0) {
    throw new Error(`web-ext lint found ${problems.length} problem(s):\n${problems.map((p) => `  ${p.code} ${p.file ?? ''}: ${p.message}`).join('\n')}`);
  }
}

async function zip(sourceDir, filename) {
  await run(webExt, ['build', '--source-dir', sourceDir, '--artifacts-dir', out, '--filename', filename, '--overwrite-dest', '--no-config-discovery']);
  return join(out, filename);
}

async function main() {
  if (!existsSync(join(source, 'manifest.json'))) throw new Error('dist/extension is missing: run `node scripts/build.mjs extension` (or `npm run package`, which builds)');
  const manifest = JSON.parse(await readFile(join(source, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`manifest.json version ${manifest.version} differs from package.json version ${version}`);

  await mkdir(out, { recursive: true });
  const firefoxStage = await stageExtension(join(out, '.firefox'), firefoxManifest);
  await lintFirefox(firefoxStage);
  const firefox = await zip(firefoxStage, `okr-sheets-firefox-${version}.zip`);
  await rm(firefoxStage, { recursive: true, force: true });

  const chromeStage = await stageExtension(join(out, '.chrome'), chromeManifest);
  const chrome = await zip(chromeStage, `okr-sheets-chrome-${version}.zip`);
  await rm(chromeStage, { recursive: true, force: true });

  console.log(`packaged:\n  ${firefox}\n  ${chrome}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
