// Tests run in America/New_York (vitest.config.ts): in 2026 daylight saving starts on
// Sunday March 8 and ends on Sunday November 1.
import { describe, expect, it } from 'vitest';
import { MS_PER_DAY, addCalendarDays, addCalendarMonths, daysInMonth, formatLocalDate } from './dates.js';
import { zoneNamed } from './zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();

describe('daysInMonth', () => {
  it.each([
    [2026, 0, 31],
    [2026, 1, 28],
    [2028, 1, 29],
    [2100, 1, 28],
    [2000, 1, 29],
    [2026, 3, 30],
  ])('%d month %d has %d days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['the March change', at(2026, 3, 5, 9, 30), at(2026, 3, 12, 9, 30)],
    ['the November change', at(2026, 10, 29, 9, 30), at(2026, 11, 5, 9, 30)],
    ['no change', at(2026, 1, 5, 9, 30), at(2026, 1, 12, 9, 30)],
  ])('keeps the wall-clock time across %s', (_, from, to) => {
    expect(addCalendarDays(from, 7, NY)).toBe(to);
  });

  it('makes a week across a daylight-saving change an hour shorter or longer than 7 × 24 h', () => {
    expect(addCalendarDays(at(2026, 3, 5), 7, NY) - at(2026, 3, 5)).toBe(7 * MS_PER_DAY - 3_600_000);
    expect(addCalendarDays(at(2026, 10, 29), 7, NY) - at(2026, 10, 29)).toBe(7 * MS_PER_DAY + 3_600_000);
  });

  it('crosses month and year ends', () => {
    expect(addCalendarDays(at(2026, 12, 28), 7, NY)).toBe(at(2027, 1, 4));
  });
});

describe('addCalendarMonths', () => {
  // "YYYY-MM-DD HH:MM" as local time.
  const local = (text: string) => {
    const [y, m, d, h, min] = text.split(/[- :]/).map(Number);
    return at(y, m, d, h, min);
  };

  it.each([
    ['2026-01-15 00:00', '2026-02-15 00:00'],
    ['2026-01-31 00:00', '2026-02-28 00:00'],
    ['2028-01-31 00:00', '2028-02-29 00:00'],
    ['2026-03-31 00:00', '2026-04-30 00:00'],
    ['2026-12-31 00:00', '2027-01-31 00:00'],
    ['2026-02-28 08:15', '2026-03-28 08:15'],
    ['2026-10-15 09:30', '2026-11-15 09:30'],
  ])('moves %s one month to %s, clamped to the month end', (from, to) => {
    expect(addCalendarMonths(local(from), 1, NY)).toBe(local(to));
  });
});

describe('formatLocalDate', () => {
  it('writes the local date, not the UTC one', () => {
    expect(formatLocalDate(at(2026, 3, 31, 23, 30), NY)).toBe('2026-03-31');
    expect(formatLocalDate(at(2026, 1, 1), NY)).toBe('2026-01-01');
  });
});
