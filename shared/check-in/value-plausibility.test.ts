import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ValueScale } from './value-entry.js';
import { MAX_SPANS_AWAY, plausibility } from './value-plausibility.js';

const scale = (overrides: Partial<ValueScale> = {}): ValueScale => ({ unit: null, type: 'increase', start: 30, target: 45, current: 36, ...overrides });
const satisfaction = scale({ unit: '%', start: 0.65, target: 0.75, current: 0.7 });

describe('plausibility', () => {
  it.each([
    ['7,200% on a 65%→75% key result', satisfaction, 72, 0.72, 'Did you mean 72%? 7,200% is far outside'],
    ['a rating typed without its point', scale({ unit: 'stars', start: 3.5, target: 4.2 }), 42, 4.2, 'Did you mean 4.2?'],
    ['points typed with two zeros too many', scale(), 3600, 36, 'Did you mean 36?'],
    ['a milestone at 40 instead of 40%', scale({ type: 'milestone', start: null, target: null }), 40, 0.4, 'Did you mean 40%?'],
    ['a percent above 1,000% without a target', scale({ unit: '%', start: 0.2, target: null }), 12, 0.12, 'Did you mean 12%?'],
  ])('asks about %s', (_name, s, value, suggestion, words) => {
    const verdict = plausibility(s, value);
    expect(verdict).toMatchObject({ plausible: false, suggestion });
    expect(verdict.plausible === false && verdict.message).toContain(words);
  });

  it('names the range and offers nothing when no slip explains the value', () => {
    expect(plausibility(scale(), -1e9)).toEqual({ plausible: false, suggestion: null, message: "-1,000,000,000 is far outside this key result's range (30 to 45). Check the value before saving it." });
  });

  it.each([
    ['inside the span', scale(), 40],
    ['past the target by a few spans', scale(), 45 + 15 * MAX_SPANS_AWAY],
    ['text', scale({ type: 'milestone' }), 'done'],
    ['no start or target to judge by', scale({ start: null, target: null }), 1e12],
    ['a whole-number percent key result', scale({ unit: '%', start: 20, target: 60 }), 72],
  ])('lets %s through', (_name, s, value) => {
    expect(plausibility(s, value)).toEqual({ plausible: true });
  });

  test.prop([fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0.001, max: 1e6, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true })])(
    'every suggestion is itself plausible',
    (start, span, value) => {
      const s = scale({ start, target: start + span });
      const verdict = plausibility(s, value);
      if (!verdict.plausible && verdict.suggestion !== null) expect(plausibility(s, verdict.suggestion)).toEqual({ plausible: true });
    },
  );
});
