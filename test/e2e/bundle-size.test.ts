// The popup opens on every click of the toolbar button: its script stays small (≤ 20 KB gzip),
// which rules out big UI libraries. Measured on the built, unminified bundle.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const bundle = (name: string) => readFileSync(new URL(`../../dist/extension/${name}`, import.meta.url));

describe('extension bundle sizes', () => {
  it.each([
    ['popup.js', 20 * 1024],
    ['options.js', 24 * 1024],
    ['background.js', 20 * 1024],
  ])('keeps %s within %i bytes gzipped', (name, limit) => {
    expect(gzipSync(bundle(name)).length).toBeLessThanOrEqual(limit);
  });

  it('ships no test-only code: HyperFormula and the fakes stay out', () => {
    for (const name of ['popup.js', 'options.js', 'background.js']) {
      const text = bundle(name).toString('utf8');
      expect(text).not.toMatch(/hyperformula|createFakeBrowser|fast-check/i);
    }
  });
});
