import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { keyResult } from '../test-support/sample-feed.js';
import { formatGrade, formatNumber, formatProgress, progressFraction, statusLabel } from './format.js';
import { daysBetween } from './local-date.js';
import { timeAgo } from './time-ago.js';

describe('timeAgo', () => {
  const now = Date.UTC(2025, 2, 10, 12);
  it.each([
    [0, 'just now'],
    [59_000, 'just now'],
    [5 * 60_000, '5 min ago'],
    [2 * 3_600_000 + 1, '2 h ago'],
    [86_400_000, '1 day ago'],
    [3 * 86_400_000, '3 days ago'],
    [-60_000, 'just now'],
  ])('says %i ms ago is "%s"', (elapsed, text) => expect(timeAgo(now - elapsed, now)).toBe(text));
});

describe('formatting', () => {
  it.each([
    [0.7, '0.70'],
    [1, '1.00'],
    [0, '0.00'],
    [0.456, '0.46'],
    [null, '–'],
  ])('shows grade %s as %s', (grade, text) => expect(formatGrade(grade)).toBe(text));

  it.each([
    [keyResult({ current: 36, target: 45, unit: 'points' }), '36 / 45 points'],
    [keyResult({ current: 1200, target: 5000, unit: null }), '1,200 / 5,000'],
    [keyResult({ current: 'done', target: null, unit: null }), 'done'],
    [keyResult({ current: null, target: 10, unit: '%' }), '– / 10 %'],
    [keyResult({ start: 65, current: 70, target: 75, unit: '%' }), '70 / 75 %'],
    [keyResult({ start: 0.65, current: 0.7, target: 0.75, unit: '%' }), '70% / 75%'],
    [keyResult({ type: 'threshold', start: 0.7, current: 0.755, target: 0.8, unit: '%' }), '75.5% (keep 70%–80%)'],
    [keyResult({ type: 'threshold', start: 80, current: 75, target: 70, unit: 'ms' }), '75 (keep 70–80) ms'],
    [keyResult({ type: 'milestone', current: 0.4, start: null, target: null, unit: null }), '40%'],
    [keyResult({ type: 'milestone', current: 'done', start: null, target: null, unit: null }), 'done'],
  ])('shows current and target', (kr, text) => expect(formatProgress(kr)).toBe(text));

  // The shared formatter must read exactly as toLocaleString did for integers and fractions.
  test.prop([fc.oneof(fc.integer(), fc.double({ noNaN: true }))])('formats numbers as toLocaleString does', (value) => {
    const expected = Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
    expect(formatNumber(value)).toBe(expected);
  });

  test.prop([fc.double({ min: -10, max: 10, noNaN: true })])('shows milestone fractions in percent as before', (value) => {
    const expected = `${Number((value * 100).toFixed(2)).toLocaleString('en-US')}%`;
    expect(formatProgress(keyResult({ type: 'milestone', current: value, start: null, target: null, unit: null }))).toBe(expected);
  });

  it('fills the bar from the grade, within 0–1', () => {
    expect([progressFraction(null), progressFraction(0.5), progressFraction(1.2)]).toEqual([0, 0.5, 1]);
    expect(statusLabel('off-track')).toBe('off track');
  });
});

describe('local dates', () => {
  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
  });
});
