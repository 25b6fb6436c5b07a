import { describe, expect, it } from 'vitest';
import { REVIEW_COLUMNS } from './cycle-layout.js';
import { countToReview, reviewState } from './review-state.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

type Row = Partial<Record<(typeof REVIEW_COLUMNS)[number], unknown>>;
const sheet = (...rows: Row[]) => [[...REVIEW_COLUMNS], ...rows.map((row) => REVIEW_COLUMNS.map((h) => row[h] ?? ''))];
const kr = (ID: string, extra: Row = {}): Row => ({ Kind: 'Key result', ID, 'Carry over': false, ...extra });

describe('countToReview', () => {
  it.each([
    ['an untouched key result', [kr('KR1')], 1],
    ['a key result with what went well', [kr('KR1', { 'What went well': 'Shipped early' })], 0],
    ['a key result with what we learned', [kr('KR1', { 'What we learned': 'Ask sooner' })], 0],
    ['a ticked carry-over', [kr('KR1', { 'Carry over': true })], 0],
    ['a carry-over ticked as text', [kr('KR1', { 'Carry over': 'TRUE' })], 0],
    ['white space only', [kr('KR1', { 'What went well': '  ' })], 1],
    ['an objective', [{ Kind: 'Objective', ID: 'O1' }], 0],
    ['a row without ID', [kr('')], 0],
    ['a mix', [{ Kind: 'Objective', ID: 'O1' }, kr('KR1'), kr('KR2', { 'What we learned': 'x' }), kr('KR3')], 2],
  ])('counts %s', (_, rows, expected) => {
    expect(countToReview(sheet(...rows))).toBe(expected);
  });

  it('finds its columns by header after the user reorders them', () => {
    const values = sheet(kr('KR1'), kr('KR2', { 'What went well': 'x' }));
    const reordered = values.map((row) => [...row].reverse());
    expect(countToReview(reordered)).toBe(1);
  });

  it('counts every row with an ID when the Kind column is gone', () => {
    const values = sheet({ Kind: 'Objective', ID: 'O1' }, kr('KR1')).map((row) => row.slice(1));
    expect(countToReview(values)).toBe(2);
  });

  it('counts nothing in an empty sheet', () => {
    expect(countToReview([])).toBe(0);
  });
});

describe('reviewState', () => {
  const end = new Date(2026, 11, 31).getTime();
  const period = { name: '2026-Q4', end };
  const lastMinute = new Date(2026, 11, 31, 23, 59).getTime();
  const newYear = new Date(2027, 0, 1).getTime();
  const previous = { sheet: 'Review 2026-Q3', values: sheet(kr('KR1'), kr('KR2'), kr('KR3', { 'Carry over': true })) };
  const own = { sheet: 'Review 2026-Q4', values: sheet(kr('KR1')) };

  it.each([
    ['during the period, with nothing reviewed before', lastMinute, null, { ended: false, toReview: 0, reviewSheet: null, reviewPeriod: null }],
    ['once the last day is over, before Close quarter', newYear, null, { ended: true, toReview: 6, reviewSheet: null, reviewPeriod: '2026-Q4' }],
    ['during the period, with the last one closed and half reviewed', lastMinute, previous, { ended: false, toReview: 2, reviewSheet: 'Review 2026-Q3', reviewPeriod: '2026-Q3' }],
    ['once it is over, while an older review is still open', newYear, previous, { ended: true, toReview: 6, reviewSheet: null, reviewPeriod: '2026-Q4' }],
    ['once it is over and its own review exists', newYear, own, { ended: true, toReview: 1, reviewSheet: 'Review 2026-Q4', reviewPeriod: '2026-Q4' }],
  ])('reports %s', (_, now, review, expected) => {
    expect(reviewState({ period, now, zone: NY, keyResults: 6, review })).toEqual(expected);
  });

  it('never ends a period without an end date', () => {
    expect(reviewState({ period: { name: 'x', end: null }, now: newYear, zone: NY, keyResults: 3, review: null }).ended).toBe(false);
  });
});
