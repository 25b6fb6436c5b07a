// One build script, one function per artefact (STYLE.md). `node scripts/build.mjs [target...]`
// builds all of them, or only the named ones: apps-script, extension, demo.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.mjs';
import { fillMenuPaths } from './menu-path.mjs';
import { appsScriptFooter } from './stubs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

export const APPS_SCRIPT_GLOBAL = 'okrSheets';

async function buildAppsScript() {
  const out = join(dist, 'apps-script');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'apps-script/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: APPS_SCRIPT_GLOBAL,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // V8 in Apps Script supports ES2020 and more; staying there keeps the output plain.
    target: 'es2020',
    minify: false,
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  const body = result.outputFiles[0].text;
  // The stubs are generated from the registry inside the bundle itself, so they can never
  // describe a function the bundle does not have.
  const bundle = loadBundle(body);
  const code = `${body}\n${appsScriptFooter(bundle, APPS_SCRIPT_GLOBAL)}`;
  await writeFile(join(out, 'Code.js'), code);
  await cp(join(root, 'apps-script/appsscript.json'), join(out, 'appsscript.json'));
  for (const html of ['sidebar.html', 'dialog.html']) {
    const source = join(root, 'apps-script', html);
    if (existsSync(source)) await writeFile(join(out, html), await fillMenuPaths(await readFile(source, 'utf8')));
  }
}

// Preact's only HTML sink is dangerouslySetInnerHTML, which we never use: the build removes it,
// so the bundles hold no innerHTML assignment (web-ext lint UNSAFE_VAR_ASSIGNMENT) and a stray
// use fails loudly instead of rendering HTML.
const preactTextOnly = {
  name: 'preact-text-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const sink = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
      const found = source.match(sink) ?? [];
      if (found.length !== 1) throw new Error(`preact-text-only: expected one innerHTML assignment in ${args.path}, found ${found.length}`);
      return { contents: source.replace(sink, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported: render text")})()'), loader: 'js' };
    });
  },
};

/** The settings every extension bundle shares. */
const extensionBuild = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['chrome120', 'firefox121'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  // Not minified: store reviewers read the code (STYLE.md).
  minify: false,
  legalComments: 'none',
  plugins: [preactTextOnly],
  logLevel: 'warning',
};

// The popup takes the browser's own `browser`/`chrome` object instead of webextension-polyfill:
// extension/platform/native-browser.ts says why that is enough there.
const nativeBrowser = {
  name: 'native-browser',
  setup(b) {
    b.onResolve({ filter: /^webextension-polyfill$/ }, () => ({ path: join(root, 'extension/platform/native-browser.ts') }));
  },
};

async function buildExtension() {
  const out = join(dist, 'extension');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const entries = [
    ['background', 'extension/background/main.ts'],
    ['options', 'extension/options/main.tsx'],
    ['checkin', 'extension/checkin/main.tsx'],
  ].filter(([, path]) => existsSync(join(root, path)));
  if (entries.length > 0) {
    await build({ ...extensionBuild, entryPoints: Object.fromEntries(entries.map(([name, path]) => [name, join(root, path)])), outdir: out });
  }
  // The popup on its own, split: popup.js holds what the first paint needs, and each
  // `import()` (popup/chunks.ts: the sprint, a key result's details) becomes a chunk loaded
  // after it. ESM splitting needs format 'esm', and popup.html loads popup.js as a module.
  // https://esbuild.github.io/api/#splitting
  // Whitespace only is minified, and only here: the popup opens on every click and its first
  // paint has a 20 KB gzip budget that pretty-printed code misses by a third. Names
  // and syntax are kept, so any formatter gives back code a reviewer can read.
  const popup = join(root, 'extension/popup/main.tsx');
  if (existsSync(popup)) {
    await build({ ...extensionBuild, plugins: [preactTextOnly, nativeBrowser], minifyWhitespace: true, minifySyntax: true, entryPoints: { popup }, outdir: out, splitting: true, chunkNames: 'chunks/popup-[name]-[hash]' });
    // The last view's painter is a classic script that popup.html runs as soon as #app is parsed,
    // before the modules load (extension/popup/paint-last-view.ts).
    await build({ ...extensionBuild, format: 'iife', minifyWhitespace: true, minifySyntax: true, entryPoints: { 'paint-last-view': join(root, 'extension/popup/paint-last-view.ts') }, outdir: out });
  }
  await cp(join(root, 'manifest.json'), join(out, 'manifest.json'));
  const staticDir = join(root, 'extension/static');
  if (existsSync(staticDir)) await cp(staticDir, out, { recursive: true });
}

async function buildDemo() {
  const entry = join(root, 'demo/server.ts');
  if (!existsSync(entry)) return;
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    outfile: join(dist, 'demo/server.mjs'),
    logLevel: 'warning',
  });
}

const targets = { 'apps-script': buildAppsScript, extension: buildExtension, demo: buildDemo };

async function main(names) {
  const chosen = names.length > 0 ? names : Object.keys(targets);
  for (const name of chosen) {
    const step = targets[name];
    if (step === undefined) throw new Error(`unknown build target ${name}; use ${Object.keys(targets).join(', ')}`);
    const started = performance.now();
    await step();
    console.log(`built ${name} in ${Math.round(performance.now() - started)} ms`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
