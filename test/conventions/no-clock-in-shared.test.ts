// shared/ is bundled into Apps Script and the extension alike, so it may not reach for either
// host, nor read the clock: time comes in as arguments (STYLE.md), which is what lets a test
// say "as of March 8" and what keeps the sheet and the popup agreeing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ['Date.now(', /\bDate\.now\s*\(/],
  ['new Date() with no arguments', /\bnew\s+Date\b\s*(\(\s*\)|(?![\s(]))/],
  ['SpreadsheetApp', /\bSpreadsheetApp\b/],
  ['chrome.', /\bchrome\s*\./],
  ['browser.', /\bbrowser\s*\./],
  ['document.', /\bdocument\s*\./],
  ['window.', /\bwindow\s*\./],
  ['fetch(', /\bfetch\s*\(/],
];

/**
 * Comments may name what the code must not do; only code counts. Strings are kept, so
 * `"https://…"` loses the rest of its line: that can only hide code after a URL, never invent it.
 */
function stripComments(source: string): string {
  // Block comments keep their line breaks, so reported line numbers stay true.
  return source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/\/\/.*$/gm, '');
}

/** The forbidden uses in `source`, as "line N: what". */
function forbiddenUses(source: string): string[] {
  const found: string[] = [];
  const lines = stripComments(source).split('\n');
  lines.forEach((line, i) => {
    for (const [what, pattern] of FORBIDDEN) if (pattern.test(line)) found.push(`line ${i + 1}: ${what}`);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the forbidden-use scanner', () => {
  it.each([
    ['const t = Date.now();'],
    ['const d = new Date();'],
    ['const d = new Date;'],
    ['const d = new Date( );'],
    ['SpreadsheetApp.getActive()'],
    ['chrome.storage.local.get()'],
    ['await browser.runtime.sendMessage(x)'],
    ['document.title = x'],
    ['window.open(url)'],
    ['const r = await fetch(url)'],
  ])('finds %s', (code) => {
    expect(forbiddenUses(code)).toHaveLength(1);
  });

  it.each([
    ['new Date(time)'],
    ['new Date(y, m, d)'],
    ['// Date.now() is not allowed here'],
    ['/* window.open */ const x = 1;'],
    ['const prefetch = (u: string) => u;'],
    ['const browserName = "x";'],
    ['new DateTimeFormat()'],
  ])('lets %s pass', (code) => {
    expect(forbiddenUses(code)).toEqual([]);
  });

  it('reports the line of a use below comments', () => {
    expect(forbiddenUses('/**\n * doc\n */\nconst a = 1;\nconst t = Date.now();')).toEqual(['line 5: Date.now(']);
  });
});

describe('shared/', () => {
  const files = sourceFiles(join(root, 'shared'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((path) => [relative(root, path), path]))('%s reads no clock and no host', (_, path) => {
    expect(forbiddenUses(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
