// shared/ is bundled into Apps Script and the extension alike, so it may not reach for either
// host, nor read the clock, nor use the zone the code happens to run in: time and the zone come
// in as arguments (STYLE.md, shared/zone.ts), which is what lets a test say "as of March 8 in
// Sydney" and what keeps the sheet and the popup agreeing whatever the manifest's zone.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REAL_CLOCK, sourceFiles, usesOf, type Rule } from './source-scan.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const FORBIDDEN: readonly Rule[] = [
  ...REAL_CLOCK,
  ['a local-time getter (use the UTC fields of wallOf(time, zone))', /\.get(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\s*\(/],
  ['a local-time setter', /\.set(FullYear|Month|Date|Hours|Minutes|Seconds|Milliseconds)\s*\(/],
  ['local-time text (toLocale…String, toDateString, toTimeString)', /\.(toLocale\w*String|toDateString|toTimeString)\s*\(/],
  ['new Date(y, m, …) in the local zone (use midnightOf / instantOf with a zone)', /\bnew\s+Date\s*\([^()]*,/],
  ['SpreadsheetApp', /\bSpreadsheetApp\b/],
  ['chrome.', /\bchrome\s*\./],
  ['browser.', /\bbrowser\s*\./],
  ['document.', /\bdocument\s*\./],
  ['window.', /\bwindow\s*\./],
  ['fetch(', /\bfetch\s*\(/],
];

const forbiddenUses = (source: string) => usesOf(source, FORBIDDEN);

describe('the forbidden-use scanner', () => {
  it.each([
    ['const t = Date.now();'],
    ['const d = new Date();'],
    ['const d = new Date;'],
    ['const d = new Date( );'],
    ['const s = Date();'],
    ['const y = d.getFullYear();'],
    ['const h = date.getHours();'],
    ['const o = new Date(t).getTimezoneOffset();'],
    ['d.setHours(0, 0, 0, 0);'],
    ['const text = d.toLocaleDateString();'],
    ['const d = new Date(2026, 0, 1);'],
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
    ['new Date(Date.UTC(y, m, d))'],
    ['const y = d.getUTCFullYear();'],
    ['const d = wall.getUTCDate();'],
    ['// Date.now() is not allowed here'],
    ['/* window.open */ const x = 1;'],
    ['const prefetch = (u: string) => u;'],
    ['const browserName = "x";'],
    ['new DateTimeFormat()'],
    ['const stale = isDate(x);'],
  ])('lets %s pass', (code) => {
    expect(forbiddenUses(code)).toEqual([]);
  });

  it('reports the line of a use below comments', () => {
    expect(forbiddenUses('/**\n * doc\n */\nconst a = 1;\nconst t = Date.now();')).toEqual(['line 5: Date.now(']);
  });
});

describe('shared/', () => {
  const files = sourceFiles(join(root, 'shared'), (path) => !/\.test\.tsx?$/.test(path));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((path) => [relative(root, path), path]))('%s reads no clock, no local zone and no host', (_, path) => {
    expect(forbiddenUses(readFileSync(path, 'utf8'))).toEqual([]);
  });
});
