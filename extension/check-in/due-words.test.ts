import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { compareDue, dueWords, overdueAmount } from './due-words.js';

describe('dueWords', () => {
  // 2026-12-04 is a Friday.
  it.each([
    ['2026-12-04', '2026-12-04', 'due today'],
    ['2026-12-05', '2026-12-04', 'due tomorrow'],
    ['2026-12-07', '2026-12-04', 'due Monday'],
    ['2026-12-10', '2026-12-04', 'due Thursday'],
    ['2026-12-11', '2026-12-04', 'due Dec 11'],
    ['2027-01-20', '2026-12-04', 'due Jan 20, 2027'],
    ['2026-12-03', '2026-12-04', 'overdue 1 day'],
    ['2026-11-21', '2026-12-04', 'overdue 13 days'],
    ['2026-11-20', '2026-12-04', 'overdue 2 weeks'],
    ['2026-10-06', '2026-12-04', 'overdue 8 weeks'],
    ['2026-10-04', '2026-12-04', 'overdue 2 months'],
    ['2025-12-04', '2026-12-04', 'overdue 12 months'],
    ['2024-12-05', '2026-12-04', 'overdue 23 months'],
    ['2020-02-14', '2026-12-04', 'overdue 6 years'],
    [null, '2026-12-04', 'due now'],
    ['soon', '2026-12-04', 'due now'],
  ])('says %s seen on %s is "%s"', (next, today, words) => {
    expect(dueWords(next, today)).toBe(words);
  });

  it('counts across a daylight-saving change in whole calendar days', () => {
    // America/New_York (the test zone) changed its clocks on 2026-11-01.
    expect(dueWords('2026-10-31', '2026-11-02')).toBe('overdue 2 days');
  });

  it('names the days in the locale asked for', () => {
    expect(dueWords('2026-12-07', '2026-12-04', 'de-DE')).toBe('due Montag');
    expect(dueWords('2026-10-04', '2026-12-04', 'fr-FR')).toBe('overdue 2\u00a0mois');
  });
});

describe('overdueAmount', () => {
  const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }).map((t) => new Date(t).toISOString().slice(0, 10));

  test.prop([day, day])('never says less time than has passed, nor a larger unit for a shorter wait', (a, b) => {
    const [from, to] = a <= b ? [a, b] : [b, a];
    const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
    const { amount, unit } = overdueAmount(from, to);
    const size = { day: 1, week: 7, month: 28, year: 365 }[unit];
    expect(amount * size).toBeLessThanOrEqual(days);
    if (days < 14) expect(unit).toBe('day');
    if (unit === 'month') expect(days).toBeGreaterThanOrEqual(59);
  });
});

describe('compareDue', () => {
  it('puts the most overdue first, and an undated due check-in with today', () => {
    const days = ['2026-12-06', null, '2026-10-01', '2026-12-04', '2026-11-30'];
    expect([...days].sort((a, b) => compareDue(a, b, '2026-12-04'))).toEqual(['2026-10-01', '2026-11-30', null, '2026-12-04', '2026-12-06']);
  });
});
