// Comments say where a behaviour is documented by the page's URL, which any reader can open, and
// say why code is as it is in words. A number in a fact sheet kept outside the repository, or the
// number of the issue that asked for a change, means nothing to the next engineer.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['apps-script', 'shared', 'extension', 'test', 'scripts', 'bench', 'demo'];
const SOURCE = /\.(ts|tsx|mjs|js|html|css)$/;
// This file spells out the patterns it forbids.
const SELF = 'test/conventions/comment-citations.test.ts';

/** Forbidden anywhere in a file, strings and test titles included: the fact sheet's numbers. */
const FACT_NUMBERS: readonly (readonly [string, RegExp])[] = [
  ['the fact sheet by name', /apps-script-facts/i],
  ['a fact number', /\bfacts?\s*§?\s*\d+\.\d+/i],
];

/** Forbidden in comments: an issue's number. `owner/repo#12` names a public tracker and may stay. */
const ISSUE_NUMBERS: readonly (readonly [string, RegExp])[] = [
  ['an issue number', /\bissues?\s+#?\d+/i],
  ['a section number', /§\s*\d/],
  ['a bare #number', /(?<![\w/&#-])#\d{1,5}(?!\w)/],
];

/**
 * `source` with everything but comments blanked, line breaks kept so line numbers stay true.
 * Strings are matched first, so the `//` of a URL inside quotes starts no comment.
 */
function commentsOnly(source: string): string {
  const token = /(\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->)|('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\[\s\S]|[^`\\])*`)|(\/\/[^\n]*)/g;
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  let out = '';
  let last = 0;
  for (const match of source.matchAll(token)) {
    out += blank(source.slice(last, match.index));
    out += match[2] === undefined ? match[0] : blank(match[0]);
    last = match.index + match[0].length;
  }
  return out + blank(source.slice(last));
}

/** The citations `source` may not make, as "line N: what: the line". */
function badCitations(source: string): string[] {
  const found: string[] = [];
  const lines = source.split('\n');
  const comments = commentsOnly(source).split('\n');
  lines.forEach((line, i) => {
    const hits = [
      ...FACT_NUMBERS.filter(([, pattern]) => pattern.test(line)),
      ...ISSUE_NUMBERS.filter(([, pattern]) => pattern.test(comments[i] ?? '')),
    ];
    for (const [what] of hits) found.push(`line ${i + 1}: ${what}: ${line.trim()}`);
  });
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sources(path);
    return SOURCE.test(entry.name) ? [relative(root, path)] : [];
  });
}

describe('badCitations', () => {
  it.each([
    '// Strings only (apps-script-facts 4.11).',
    ' * the lock (no lock survives the question, facts 2.20).',
    "describe('CacheService (facts 4.7–4.10)', () => {",
    '/** Reminders that respect people (issue 10). */',
    '// Issue 14 (§3) took the popup past its budget.',
    '// Records queued before issues 8 and 10 lack it.',
    '<!-- the layout asked for in #12 -->',
    '/* see § 2 */',
  ])('flags %s', (line) => {
    expect(badCitations(line)).not.toEqual([]);
  });

  it.each([
    '// Strings only (https://developers.google.com/apps-script/reference/properties/properties).',
    ' * reuses a tab (notifier-for-github#50: two tabs confused people).',
    "const url = 'https://example.com/#12'; // a page anchor in a string",
    "const label = 'issue 10'; // test data, not a citation",
    "text.replace(/'/g, '&#39;');",
    'body { color: #202124; }',
    '/** A number format such as `#,##0.00`. */',
    '// Three facts hold: 2 rows, 3 columns.',
  ])('lets %s pass', (line) => {
    expect(badCitations(line)).toEqual([]);
  });
});

describe('comments in the sources', () => {
  it('cite pages by URL and give reasons, never fact-sheet or issue numbers', () => {
    const files = FOLDERS.flatMap((folder) => sources(join(root, folder))).filter((path) => path !== SELF);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((path) => badCitations(readFileSync(join(root, path), 'utf8')).map((hit) => `${path} ${hit}`));
    expect(offenders, `cite Google's page by URL and say why in words:\n${offenders.join('\n')}`).toEqual([]);
  });
});
