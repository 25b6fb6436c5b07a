import { describe, expect, it } from 'vitest';
import { keyResult } from '../test-support/sample-feed.js';
import { inputText } from '../../shared/check-in/value-entry.js';
import { nudge, nudgeStep } from './nudge.js';

const percentFraction = keyResult({ unit: '%', start: 0.2, target: 0.6, current: 0.35 });
const percentWhole = keyResult({ unit: '%', start: 20, target: 60, current: 35 });
const rating = keyResult({ unit: 'stars', start: 3.5, target: 4.2, current: 3.8 });
const revenue = keyResult({ unit: '€', start: 20_000, target: 50_000, current: 31_000 });
const noTarget = keyResult({ target: null });
const milestone = keyResult({ type: 'milestone', unit: null, start: null, target: null, current: 'not done' });

describe('nudgeStep', () => {
  it.each([
    ['points from 30 to 45', keyResult(), 1],
    ['a percent stored as a fraction: one percentage point', percentFraction, 0.01],
    ['a percent typed as whole numbers', percentWhole, 1],
    ['a small range', rating, 0.1],
    ['a big range: a round hundredth of it', revenue, 100],
    ['no target', noTarget, 1],
  ])('is right for %s', (_name, kr, step) => {
    expect(nudgeStep(kr)).toBe(step);
  });
});

describe('nudge', () => {
  it.each([
    ['36', 1, keyResult(), '37'],
    ['36', -1, keyResult(), '35'],
    ['1,200', 1, keyResult(), '1201'],
    ['35', 1, percentFraction, '36'],
    ['35%', -1, percentFraction, '34'],
    ['3.8', 1, rating, '3.9'],
    ['0.2', 1, rating, '0.3'],
    ['31000', 1, revenue, '31100'],
    ['36.4', 1, keyResult(), '37'],
    ['', 1, keyResult(), '37'],
    ['', 1, percentFraction, '36'],
    ['30', 1, keyResult({ start: 30, target: 20, current: 29 }), '29'],
    ['30', -1, keyResult({ start: 30, target: 20, current: 29 }), '31'],
  ] as const)('moves %j by %i step toward the target', (text, direction, kr, expected) => {
    expect(nudge(text, direction === 1 ? 'up' : 'down', kr)).toBe(expected);
  });

  it.each([
    ['a milestone text', 'not done', milestone],
    ['a typo', '3x', keyResult()],
  ])('leaves %s as it is', (_name, text, kr) => {
    expect(nudge(text, 'up', kr)).toBe(text);
  });

  it('comes back to the same value one step up then down', () => {
    for (const kr of [keyResult(), percentFraction, rating, revenue]) {
      const start = inputText(kr, kr.current);
      expect(nudge(nudge(start, 'up', kr), 'down', kr), String(kr.unit)).toBe(start);
    }
  });
});
