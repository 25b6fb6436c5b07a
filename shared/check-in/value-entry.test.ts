import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ValueScale } from './value-entry.js';
import { displayValue, inPercent, inputText, inputUnit, nudgeStep, parseValue, towardTarget } from './value-entry.js';

const scale = (overrides: Partial<ValueScale> = {}): ValueScale => ({ unit: null, type: 'increase', start: 30, target: 45, current: 36, ...overrides });
/** The tracker template's KR1: customer satisfaction from 65% to 75%, 70% now. */
const satisfaction = scale({ unit: '%', start: 0.65, target: 0.75, current: 0.7 });
const wholePercent = scale({ unit: '%', start: 20, target: 60, current: 35 });
const milestone = scale({ type: 'milestone', unit: null, start: null, target: null, current: 0.4 });

describe('a percent key result stored as fractions', () => {
  it('is shown, prefilled and stepped in percent points', () => {
    expect(inPercent(satisfaction)).toBe(true);
    expect(displayValue(satisfaction, 0.7)).toBe('70%');
    expect(inputText(satisfaction, 0.7)).toBe('70');
    expect(inputUnit(satisfaction)).toBe('%');
    expect(nudgeStep(satisfaction)).toBe(0.01);
  });

  it.each([
    ['72', 0.72],
    ['72%', 0.72],
    [' 72.5 ', 0.725],
    ['0.5', 0.005],
    ['-3', -0.03],
    ['100', 1],
  ])('reads %j as %d', (text, value) => {
    expect(parseValue(satisfaction, text)).toEqual({ ok: true, value });
  });

  it('stays in percent after one wrong check-in of 72 (start and target decide)', () => {
    expect(inPercent({ ...satisfaction, current: 72 })).toBe(true);
  });

  test.prop([fc.integer({ min: -1_000_000, max: 1_000_000 })])('gives back what it prefilled, exactly (points with up to 4 decimals)', (n) => {
    const value = n / 10_000 / 100;
    expect(parseValue(satisfaction, inputText(satisfaction, value))).toEqual({ ok: true, value });
  });

  test.prop([fc.double({ min: -10, max: 10, noNaN: true })])('gives back any fraction to 12 significant digits', (value) => {
    const back = parseValue(satisfaction, inputText(satisfaction, value));
    expect(back.ok && typeof back.value === 'number' && Math.abs(back.value - value)).toBeLessThanOrEqual(Math.abs(value) * 1e-11 + 1e-300);
  });
});

describe('other key results', () => {
  it.each([
    ['points', scale(), '36', 36],
    ['a percent typed as whole numbers', wholePercent, '35', 35],
    ['thousands separators', scale(), '1,200', 1200],
    ['a percent sign on a plain key result', scale(), '25%', 0.25],
    ['a milestone fraction', milestone, '40%', 0.4],
  ])('reads %s as the sheet does', (_name, s, text, value) => {
    expect(parseValue(s, text)).toEqual({ ok: true, value });
  });

  it('prefills a milestone fraction with its percent sign, and plain numbers without separators', () => {
    expect(inputText(milestone, 0.4)).toBe('40%');
    expect(inputText(scale(), 1200.5)).toBe('1200.5');
    expect(displayValue(scale(), 1200.5)).toBe('1,200.5');
    expect(displayValue(milestone, 0.4)).toBe('40%');
    expect(displayValue(scale(), 'done')).toBe('done');
    expect(inputText(scale(), null)).toBe('');
  });

  test.prop([fc.double({ min: -1e9, max: 1e9, noNaN: true })])('gives back any plain number exactly', (value) => {
    expect(parseValue(scale(), inputText(scale(), value))).toEqual({ ok: true, value: value === 0 ? 0 : value });
  });

  it.each([
    ['', 'empty'],
    ['lots', 'not-a-number'],
    ['72,5', 'decimal-comma'],
    ['1,25%', 'decimal-comma'],
  ])('refuses %j (%s): a comma separates thousands, as in the sheet', (text, reason) => {
    expect(parseValue(satisfaction, text)).toEqual({ ok: false, reason });
  });

  it('moves "up" toward the target, down for a decrease key result', () => {
    expect(towardTarget(scale())).toBe(1);
    expect(towardTarget(scale({ start: 30, target: 25 }))).toBe(-1);
    expect(towardTarget(scale({ target: null }))).toBe(1);
  });
});
