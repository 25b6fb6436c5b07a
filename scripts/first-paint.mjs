// What the popup's first paint loads, in its two cases:
// - no view kept (an opening before the extension has kept any: its worker keeps today's and the
//   next days' once a day and after the options change, extension/background/sw-views.ts):
//   popup.html, its stylesheets, every script it loads and every chunk those import statically
//   (chunks reached only through `import()` load after the first paint);
// - `reopened`, a view kept (any later opening the same day, a day's first opening, whose view
//   an opening on one of the three days before rendered ahead, and an opening whose view the
//   worker had kept): popup.html, its stylesheets
//   and its classic scripts, which paint that view (extension/popup/paint-last-view.ts) before
//   the modules have loaded.
// Each file gzipped on its own, as each is fetched on its own. Used by the bundle-size test
// and `npm run bench`.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

// `import{a}from"./x.js"`, `export{b}from"./y.js"`, `import"./z.js"`; not `import("./w.js")`.
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[^;"'()]*?from\s*)?"(\.[^"]+)"/g;

/** The files (relative to `dir`) that the popup's first paint needs, with their gzip sizes. */
export function firstPaintFiles(dir, { page = 'popup.html', reopened = false } = {}) {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = [page];
  for (const [, href] of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) files.push(href);
  const scripts = [...html.matchAll(/<script([^>]*)src="([^"]+)"/g)].filter(([, attributes]) => !reopened || !/type="module"/.test(attributes)).map(([, , src]) => src);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push(file);
    for (const [, path] of readFileSync(join(dir, file), 'utf8').matchAll(STATIC_IMPORT)) visit(normalize(join(dirname(file), path)));
  };
  scripts.forEach(visit);
  return files.map((file) => ({ file, gzip: gzipSync(readFileSync(join(dir, file))).length }));
}

export function firstPaintBytes(dir, options) {
  return firstPaintFiles(dir, options).reduce((sum, { gzip }) => sum + gzip, 0);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const reopened of [false, true]) {
    const files = firstPaintFiles(process.argv[2] ?? 'dist/extension', { reopened });
    console.log(reopened ? '\na view kept (reopened, or a day rendered ahead):' : 'no view kept:');
    for (const { file, gzip } of files) console.log(`${String(gzip).padStart(6)}  ${file}`);
    console.log(`${String(files.reduce((s, f) => s + f.gzip, 0)).padStart(6)}  total (bytes, gzip)`);
  }
}
