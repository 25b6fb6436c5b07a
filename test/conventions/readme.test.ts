// The README's function reference is generated from the registry; this fails when someone
// changes one without the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END_MARKER, START_MARKER, extractSection, headingAnchor, renderReference, replaceSection, signature } from '../../scripts/readme-functions.mjs';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README.md function reference', () => {
  it('is what scripts/readme-functions.mjs renders from the registry', () => {
    expect(extractSection(readme), 'README.md is out of date: run `node scripts/readme-functions.mjs`').toBe(renderReference(CUSTOM_FUNCTIONS));
  });

  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const))('documents %s with its signature, examples and errors', (_, spec) => {
    const section = renderReference([spec]);
    expect(section).toContain(`### \`${signature(spec)}\``);
    for (const param of spec.params) expect(section).toContain(`| \`${param.name}\``);
    for (const example of spec.examples) expect(section).toContain(`| \`${example.formula}\` |`);
    for (const message of spec.errors) expect(section).toContain(`- \`${message}\``);
  });
});

describe('scripts/readme-functions.mjs', () => {
  it('writes the signature with optional parameters in brackets', () => {
    expect(signature({ name: 'F', params: [{ name: 'a' }, { name: 'b', optional: true }] } as never)).toBe('F(a, [b])');
  });

  it('links each function the way GitHub anchors its heading', () => {
    expect(headingAnchor('`OKR_GRADE(start, target, current, [type])`')).toBe('okr_gradestart-target-current-type');
  });

  it('replaces only the text between the markers, and keeps the rest', () => {
    const before = `# Title\n\n${START_MARKER}\nold\n${END_MARKER}\n\n## After\n`;
    const after = replaceSection(before, 'new');
    expect(after).toBe(`# Title\n\n${START_MARKER}\nnew\n${END_MARKER}\n\n## After\n`);
    expect(extractSection(after)).toBe('new');
    expect(replaceSection(after, 'new')).toBe(after);
  });

  it('refuses a README without the markers', () => {
    expect(() => extractSection('# Title\n')).toThrow(`README.md needs ${START_MARKER} and then ${END_MARKER}`);
  });

  it('keeps a sentence after a list out of the last list item', () => {
    const spec = { ...CUSTOM_FUNCTIONS[0], description: 'Intro:\n- one;\n- two.\nAfter.' };
    expect(renderReference([spec])).toContain('Intro:\n\n- one;\n- two.\n\nAfter.');
  });
});
