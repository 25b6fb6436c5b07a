import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { headerColumn, isTicked, latestReviewSheet, periodOfReviewSheet, periodSortKey, reviewSheetName, valueOfText } from './cycle-layout.js';

describe('review sheet names', () => {
  test.prop([fc.string({ minLength: 1 }).filter((s) => s.trim() !== '')])('give back the period they were made from', (period) => {
    expect(periodOfReviewSheet(reviewSheetName(period))).toBe(period.trim());
  });

  it.each(['Review', 'Review ', 'Reviews 2026-Q4', '2026-Q4', 'Key Results'])('does not read %j as a review sheet', (name) => {
    expect(periodOfReviewSheet(name)).toBeNull();
  });

  it.each([
    [['Settings', 'Key Results'], null],
    [['Review 2026-Q3', 'Review 2026-Q4', 'Review 2026-Q2'], 'Review 2026-Q4'],
    [['Review 2027-Q1', 'Review 2026-Q4'], 'Review 2027-Q1'],
    [['Review Sprint 7', 'Review 2027-01-01'], 'Review 2027-01-01'],
    [['Review 2026-12-15', 'Review 2027-Q1'], 'Review 2027-Q1'],
    [['Review Sprint 7'], 'Review Sprint 7'],
  ])('picks the newest review among %j', (names, expected) => {
    expect(latestReviewSheet(names)).toBe(expected);
  });

  test.prop([fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 4 })])(
    'orders quarters by time',
    (y1, q1, y2, q2) => {
      const earlier = y1 * 4 + q1 < y2 * 4 + q2;
      expect(periodSortKey(`${y1}-Q${q1}`) < periodSortKey(`${y2}-Q${q2}`)).toBe(earlier);
    },
  );
});

describe('isTicked', () => {
  it.each([
    [true, true],
    ['TRUE', true],
    [' true ', true],
    [false, false],
    ['FALSE', false],
    ['', false],
    [1, false],
    ['yes', false],
  ])('reads %j as ticked: %j', (value, expected) => {
    expect(isTicked(value)).toBe(expected);
  });
});

describe('valueOfText', () => {
  it.each([
    ['0.75', 0.75],
    ['25', 25],
    ['1,200', 1200],
    ['increase', 'increase'],
    [' Increase ', 'Increase'],
  ])('reads %j as %j', (text, expected) => {
    expect(valueOfText(text)).toBe(expected);
  });
});

describe('headerColumn', () => {
  it('finds a header trimmed and case-insensitively, or gives -1', () => {
    expect(headerColumn(['ID', ' carry OVER '], 'Carry over')).toBe(1);
    expect(headerColumn(['ID'], 'Carried to')).toBe(-1);
    expect(headerColumn(undefined, 'ID')).toBe(-1);
  });
});
