import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cellContent, copiedContent, mayRunAsFormula, personText, type CellKind } from './cell-text.js';

/** What Sheets stores for a string: a plain-text cell keeps it; another cell consumes one leading "'" (and parses the rest, which the guard never leaves to it). */
function stored(content: unknown, kind: CellKind): unknown {
  if (typeof content !== 'string' || content === '' || kind === 'plain-text') return content;
  if (!content.startsWith("'")) throw new Error(`would be parsed: ${content}`);
  return content.slice(1);
}

const kinds: CellKind[] = ['plain-text', 'automatic'];

describe('cellContent and personText', () => {
  it.each([
    ['=IMPORTXML("http://x","//a")', true],
    ['+1', true],
    ['-5', true],
    ['@SUM(A1)', true],
    ['\t=1', true],
    ['\tplain', true],
    ['\rplain', true],
    [' =1', true],
    ['\n=1', true],
    ["'=1", true],
    ['50%', false],
    ["'quoted", false],
    ['a=b', false],
    ['', false],
  ])('says whether %j may run as a formula (%s)', (text, expected) => {
    expect(mayRunAsFormula(text)).toBe(expected);
  });

  it.each([
    ['=1', 'plain-text', "'=1"],
    ['=1', 'automatic', "''=1"],
    ['0012', 'plain-text', '0012'],
    ['0012', 'automatic', "'0012"],
    ["'quoted", 'plain-text', "'quoted"],
    ["'quoted", 'automatic', "''quoted"],
    ['', 'automatic', ''],
    [-5, 'automatic', -5],
    [true, 'plain-text', true],
  ] as const)('writes %j to a %s cell as %j', (value, kind, content) => {
    expect(cellContent(value, kind)).toEqual(content);
  });

  test.prop([fc.string({ unit: 'binary' }), fc.constantFrom(...kinds)])('reads back every string byte for byte, and stores nothing that may run as a formula unguarded', (text, kind) => {
    const cell = stored(cellContent(text, kind), kind) as string;
    expect(personText(cell)).toBe(text);
    if (cell !== '' && mayRunAsFormula(cell)) expect(cell.startsWith("'")).toBe(true);
  });

  test.prop([fc.string({ unit: 'binary' }), fc.constantFrom(...kinds), fc.constantFrom(...kinds)])('copies a stored string to another sheet unchanged as text', (text, from, to) => {
    const first = stored(cellContent(text, from), from);
    expect(personText(stored(copiedContent(first, to), to))).toBe(text);
  });
});
