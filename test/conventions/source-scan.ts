/**
 * Scans source files for forbidden uses, line by line, comments left out: the conventions tests
 * (no-clock-in-shared, no-real-clock) share it.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type Rule = readonly [what: string, pattern: RegExp];

/**
 * Comments may name what the code must not do; only code counts. Strings are kept, so
 * `"https://…"` loses the rest of its line: that can only hide code after a URL, never invent it.
 */
function stripComments(source: string): string {
  // Block comments keep their line breaks, so reported line numbers stay true.
  return source.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' ')).replace(/\/\/.*$/gm, '');
}

/**
 * A line ending in this comment runs inside the add-on's realm, whose Date reads the runtime's
 * clock (test/runtime/realm-clock.ts): code the runtime hands to that realm as text.
 */
export const IN_REALM = '// in the add-on realm';

/** The uses of `rules` in `source`, as "line N: what". */
export function usesOf(source: string, rules: readonly Rule[]): string[] {
  const found: string[] = [];
  const original = source.split('\n');
  const lines = stripComments(source).split('\n');
  lines.forEach((line, i) => {
    if (original[i]?.trimEnd().endsWith(IN_REALM)) return;
    for (const [what, pattern] of rules) if (pattern.test(line)) found.push(`line ${i + 1}: ${what}`);
  });
  return found;
}

/** The TypeScript files under `dir` (recursively) that `keep` accepts. */
export function sourceFiles(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path, keep);
    return /\.tsx?$/.test(entry.name) && keep(path) ? [path] : [];
  });
}

/** Reading the machine's clock: the date now, however it is asked for. */
export const REAL_CLOCK: readonly Rule[] = [
  ['Date.now(', /\bDate\.now\s*\(/],
  ['new Date() with no arguments', /\bnew\s+Date\b\s*(\(\s*\)|(?![\s(]))/],
  ['Date() called as a function', /(?<![\w.]|new\s+)Date\s*\(\s*\)/],
];
