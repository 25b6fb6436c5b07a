// The built artefact, run as Apps Script runs it: dist/apps-script/Code.js in a bare V8
// context with no Node globals. `npm test` builds before it tests.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContext } from '../../scripts/load-bundle.mjs';
import { CUSTOM_FUNCTIONS } from '../../shared/functions.js';

const code = readFileSync(new URL('../../dist/apps-script/Code.js', import.meta.url), 'utf8');

function jsdocOf(name: string): string {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(`).exec(code);
  return match?.[1] ?? '';
}

describe('dist/apps-script/Code.js', () => {
  it('loads in a bare context without Node globals', () => {
    const context = loadContext(code);
    expect(typeof context.okrSheets).toBe('object');
    expect(context.require).toBeUndefined();
    expect(context.process).toBeUndefined();
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('exposes %s as a top-level function with @customfunction help', (name, spec) => {
    const context = loadContext(code);
    expect(typeof context[name]).toBe('function');
    const doc = jsdocOf(name);
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(spec.summary);
    for (const param of spec.params) expect(doc).toMatch(new RegExp(`@param \\{\\*\\} \\[?${param.name}\\]? \\S`));
    const declared = new RegExp(`function ${name}\\(([^)]*)\\)`).exec(code)?.[1];
    expect(declared).toBe(spec.params.map((p) => p.name).join(', '));
  });

  it('grades through the top-level stub as a sheet would call it', () => {
    const context = loadContext(code);
    expect(context.OKR_GRADE(0.65, 0.75, 0.7)).toBeCloseTo(0.5, 12);
    expect(context.OKR_GRADE([[30], [0]], [[25], [10]], [[27], ['']])).toEqual([[expect.closeTo(0.6, 12)], ['']]);
  });

  it('throws a message that names the function for a bad single value', () => {
    const context = loadContext(code);
    expect(() => context.OKR_GRADE(1, 2, 'abc')).toThrow('OKR_GRADE: current "abc" is not a number');
  });
});
