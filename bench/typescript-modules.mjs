// The local Apps Script runtime and the demo server are TypeScript; the bench runs as plain
// node. So the bench bundles what it needs with esbuild when it starts, keeping packages
// (hyperformula) external, and imports the result.
//
// The bundle is written under node_modules/.cache/ rather than the system temp folder: node
// resolves the external packages from the file's own location, and a data: URL cannot import
// packages at all. `import.meta.url` is pinned to test/runtime/index.ts so the runtime still
// finds dist/apps-script/ (Code.js, sidebar.html) from where its source lives.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = [
  "export { createRuntime } from './test/runtime/index.ts';",
  "export { loadAddOn } from './test/runtime/load-add-on.ts';",
  "export { startDemoServer, DEMO_TOKEN } from './demo/demo-server.ts';",
  "export { validateCheckInResponse, validateFeed } from './shared/feed/feed-validate.ts';",
].join('\n');

const loaded = new Map();

/**
 * `{ createRuntime, loadAddOn, startDemoServer, DEMO_TOKEN, validateFeed, validateCheckInResponse }` from the sources in
 * `root`, bundled once per process and root.
 */
export function loadTypeScriptModules(root) {
  if (!loaded.has(root)) loaded.set(root, bundleAndImport(root));
  return loaded.get(root);
}

async function bundleAndImport(root) {
  const code = join(root, 'dist/apps-script/Code.js');
  if (!existsSync(code)) throw new Error(`${code} is missing: run \`npm run build\` (or \`node scripts/build.mjs apps-script\`) first`);
  const result = await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'warning',
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(join(root, 'test/runtime/index.ts')).href) },
  });
  const text = result.outputFiles[0].text;
  const folder = join(root, 'node_modules/.cache/okr-sheets-bench');
  mkdirSync(folder, { recursive: true });
  // Named by content: two runs of the same sources share one file, and a changed source never
  // meets a stale module.
  const file = join(folder, `modules-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    // Bundles of older sources are never imported again; a process still running one has it loaded already.
    for (const old of readdirSync(folder)) if (/^modules-[0-9a-f]{16}\.mjs$/.test(old)) rmSync(join(folder, old), { force: true });
    // Write then rename: a test worker bundling at the same moment never imports half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, text);
    renameSync(partial, file);
  }
  return import(pathToFileURL(file).href);
}
