// Every text that tells a user where to click names the menu they see (shared/menu-path.ts):
// a bound script shows a top-level "OKR" menu, not "Extensions → okr-sheets", which never existed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MENU, MENU_NAME } from '../../shared/menu-path.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const shipped = [...files('apps-script', /\.(ts|html)$/), ...files('shared', /\.ts$/), ...files('extension', /\.(tsx?|html|json)$/), ...files('scripts', /\.mjs$/), ...files('demo', /\.(ts|mjs|html)$/)];
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const captions: string[] = Object.values(MENU);

describe('menu paths', () => {
  it('never name an "Extensions → okr-sheets" menu, in code or README', () => {
    const stray = [...shipped, 'README.md'].filter((path) => /Extensions\s*(→|>|›)\s*okr-sheets/i.test(read(path)));
    expect(stray).toEqual([]);
  });

  it('are written only by shared/menu-path.ts: no literal "OKR → …" elsewhere in code', () => {
    const literal = new RegExp(`['"\`]${MENU_NAME} (→|>|›) |[^$]\\b${MENU_NAME} (→|>|›) `);
    expect(shipped.filter((path) => path !== join('shared', 'menu-path.ts') && literal.test(read(path))).map((path) => relative('.', path))).toEqual([]);
  });

  it('in the README name items the menu has', () => {
    const readme = read('README.md');
    const named = [...readme.matchAll(new RegExp(`${MENU_NAME} → \\**([^*\\n]+?)\\**(?=[)\`.,:;]|$| \\(| shows| is| again| and| to| from| first| runs| then| in|\\s*$)`, 'gm'))].map((m) => m[1].trim());
    expect(named.length).toBeGreaterThan(2);
    for (const name of named) expect(captions.some((caption) => name.startsWith(caption)), `README names "${MENU_NAME} → ${name}"`).toBe(true);
  });
});
