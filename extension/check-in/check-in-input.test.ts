import { describe, expect, it } from 'vitest';
import { keyResult } from '../test-support/sample-feed.js';
import { MAX_NOTE_LENGTH, initialInput, parseCheckIn } from './check-in-input.js';

const numeric = keyResult();
const milestone = keyResult({ type: 'milestone', current: 'not done' });
const input = (value: string, confidence = '', note = '') => ({ value, confidence, note });

describe('parseCheckIn', () => {
  it.each([
    ['a number', input('42'), numeric, { value: 42, confidence: null, note: null }],
    ['a number with separators', input('1,200'), numeric, { value: 1200, confidence: null, note: null }],
    ['a percentage', input('25%'), numeric, { value: 0.25, confidence: null, note: null }],
    ['confidence and a note', input(' 40 ', '7', ' good week '), numeric, { value: 40, confidence: 7, note: 'good week' }],
    ['text for a milestone', input('done'), milestone, { value: 'done', confidence: null, note: null }],
  ])('reads %s', (_name, form, kr, values) => {
    expect(parseCheckIn(form, kr)).toEqual({ ok: true, values });
  });

  it.each([
    ['an empty value', input(''), numeric, 'value', 'Enter the new value'],
    ['text for a number', input('lots'), numeric, 'value', 'Enter a number'],
    ['confidence 0', input('1', '0'), numeric, 'confidence', '1 to 10'],
    ['confidence 11', input('1', '11'), numeric, 'confidence', '1 to 10'],
    ['a fractional confidence', input('1', '6.5'), numeric, 'confidence', 'whole number'],
    ['a very long note', input('1', '', 'x'.repeat(MAX_NOTE_LENGTH + 1)), numeric, 'note', 'under 1000'],
    ['a very long milestone text', input('y'.repeat(101)), milestone, 'value', 'under 100'],
  ])('refuses %s, next to the field', (_name, form, kr, field, words) => {
    expect(parseCheckIn(form, kr)).toEqual({ ok: false, problems: { [field]: expect.stringContaining(words) } });
  });

  it('starts from the current value', () => {
    expect(initialInput(numeric).value).toBe('36');
    expect(initialInput(keyResult({ current: null })).value).toBe('');
  });
});
