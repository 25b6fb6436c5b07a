import { describe, expect, it } from 'vitest';
import { nextPeriod, quarterOf, startOfDay } from './period.js';
import { formatLocalDate as isoDate } from './dates.js';
import { zoneNamed } from './zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

describe('quarterOf', () => {
  it.each([
    [at(2026, 11, 23, 15), '2026-Q4', '2026-10-01', '2026-12-31'],
    [at(2026, 1, 1), '2026-Q1', '2026-01-01', '2026-03-31'],
    [at(2024, 5, 15), '2024-Q2', '2024-04-01', '2024-06-30'],
    [at(2026, 9, 30, 23), '2026-Q3', '2026-07-01', '2026-09-30'],
  ])('puts %s in %s', (time, name, start, end) => {
    const q = quarterOf(time, NY);
    expect([q.name, isoDate(q.start, NY), isoDate(q.end, NY)]).toEqual([name, start, end]);
  });

  it('ends a quarter whose last day a zone skipped on the day before (Kiritimati, 1994-12-31)', () => {
    const kiritimati = zoneNamed('Pacific/Kiritimati');
    const q = quarterOf(Date.UTC(1994, 10, 15), kiritimati);
    expect([q.name, isoDate(q.start, kiritimati), isoDate(q.end, kiritimati)]).toEqual(['1994-Q4', '1994-10-01', '1994-12-30']);
    expect(isoDate(nextPeriod(q, kiritimati).start, kiritimati)).toBe('1995-01-01');
  });
});

describe('nextPeriod', () => {
  it('follows a quarter with the next quarter, across the year end', () => {
    const next = nextPeriod(quarterOf(at(2026, 11, 1), NY), NY);
    expect([next.name, isoDate(next.start, NY), isoDate(next.end, NY)]).toEqual(['2027-Q1', '2027-01-01', '2027-03-31']);
  });

  it('follows a custom period with one of the same length named after its start', () => {
    const next = nextPeriod({ name: 'Autumn push', start: at(2026, 9, 1), end: at(2026, 10, 31) }, NY);
    expect([next.name, isoDate(next.start, NY), isoDate(next.end, NY)]).toEqual(['2026-11-01', '2026-11-01', '2026-12-31']);
  });
});

describe('startOfDay', () => {
  it('finds local midnight', () => {
    expect(startOfDay(at(2026, 3, 8, 15), NY)).toBe(at(2026, 3, 8));
  });
});
