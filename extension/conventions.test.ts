// Rules of the extension's layout that the type checker cannot see (STYLE.md).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = fileURLToPath(new URL('.', import.meta.url));
const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.startsWith('test-support/');

function sources(dir = here): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [relative(here, path)] : [];
  });
}

const shipped = sources().filter((path) => !isTest(path));
const read = (path: string) => readFileSync(join(here, path), 'utf8');

describe('extension sources', () => {
  it('import webextension-polyfill in platform/browser.ts only', () => {
    expect(shipped.filter((path) => /^import (?!type )[^;]*from 'webextension-polyfill'/m.test(read(path)))).toEqual(['platform/browser.ts']);
  });

  it('never write HTML: no innerHTML, no dangerouslySetInnerHTML, no insertAdjacentHTML', () => {
    expect(shipped.filter((path) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/.test(read(path)))).toEqual([]);
  });

  it('keep components away from the browser API: it reaches them through the host context', () => {
    const components = shipped.filter((path) => path.endsWith('.tsx'));
    expect(components.length).toBeGreaterThan(5);
    expect(components.filter((path) => /platform\/browser|chrome\./.test(read(path)) && !path.endsWith('main.tsx'))).toEqual([]);
  });

  it('hold one component per .tsx file, and main.tsx only mounts', () => {
    for (const path of shipped.filter((file) => file.endsWith('.tsx') && !file.endsWith('main.tsx'))) {
      expect(read(path).match(/^export function [A-Z]/gm), path).toHaveLength(1);
    }
    for (const path of shipped.filter((file) => file.endsWith('main.tsx'))) expect(read(path).match(/render\(/g), path).toHaveLength(1);
  });

  it('never log: a logged error could carry the feed URL and its token', () => {
    expect(shipped.filter((path) => /console\.(log|info|debug|error)\(/.test(read(path)))).toEqual([]);
  });

  it('stay small: one idea per file, about 150 lines at most', () => {
    expect(shipped.filter((path) => read(path).split('\n').length > 160)).toEqual([]);
  });
});
