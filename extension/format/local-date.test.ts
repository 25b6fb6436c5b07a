import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isLocalDate, localDateOf, zonedMoment } from './local-date.js';

describe('zonedMoment', () => {
  it.each([
    // One instant, three zones: the date, weekday and time of day each zone's clock shows.
    ['2025-03-10T03:30:00Z', 'America/New_York', { date: '2025-03-09', weekday: 0, minutes: 23 * 60 + 30 }],
    ['2025-03-10T03:30:00Z', 'Europe/Berlin', { date: '2025-03-10', weekday: 1, minutes: 4 * 60 + 30 }],
    ['2025-03-10T03:30:00Z', 'Asia/Kolkata', { date: '2025-03-10', weekday: 1, minutes: 9 * 60 }],
    // Either side of New York's spring-forward (2025-03-09 02:00 → 03:00).
    ['2025-03-09T06:59:00Z', 'America/New_York', { date: '2025-03-09', weekday: 0, minutes: 60 + 59 }],
    ['2025-03-09T07:00:00Z', 'America/New_York', { date: '2025-03-09', weekday: 0, minutes: 3 * 60 }],
    // Berlin's fall-back (2025-10-26 03:00 → 02:00): the same wall time twice, an hour apart.
    ['2025-10-26T00:30:00Z', 'Europe/Berlin', { date: '2025-10-26', weekday: 0, minutes: 2 * 60 + 30 }],
    ['2025-10-26T01:30:00Z', 'Europe/Berlin', { date: '2025-10-26', weekday: 0, minutes: 2 * 60 + 30 }],
    // Midnight reads as 0 minutes, not 24:00.
    ['2025-03-10T23:00:00Z', 'Europe/London', { date: '2025-03-10', weekday: 1, minutes: 23 * 60 }],
    ['2025-03-11T00:00:00Z', 'UTC', { date: '2025-03-11', weekday: 2, minutes: 0 }],
  ])('reads %s in %s', (iso, zone, moment) => {
    expect(zonedMoment(Date.parse(iso), zone)).toEqual(moment);
  });

  test.prop([fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })])('agrees with the process clock in the test zone', (time) => {
    const local = new Date(time);
    const moment = zonedMoment(time, 'America/New_York');
    expect(moment.weekday).toBe(local.getDay());
    expect(moment.minutes).toBe(local.getHours() * 60 + local.getMinutes());
    expect(moment.date).toBe(`${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`);
  });

  it.each([
    ['an unknown zone', 0, 'Mars/Olympus', 'unknown time zone "Mars/Olympus"'],
    ['a time that is not a number', Number.NaN, 'UTC', 'time NaN is not a moment'],
    ['an infinite time', Number.POSITIVE_INFINITY, 'UTC', 'time Infinity is not a moment'],
  ])('refuses %s with a clear message', (_name, time, zone, message) => {
    expect(() => zonedMoment(time, zone)).toThrow(message);
  });
});

describe('localDateOf', () => {
  it.each([
    ['2025-03-10', 'Asia/Tokyo', '2025-03-10'],
    ['2025-03-10T02:00:00.000Z', 'America/Los_Angeles', '2025-03-09'],
    ['2025-03-10T02:00:00.000Z', 'Asia/Tokyo', '2025-03-10'],
    ['yesterday', 'UTC', null],
    [null, 'UTC', null],
  ])('reads %j in %s as %j', (value, zone, date) => {
    expect(localDateOf(value, zone)).toBe(date);
  });
});

describe('isLocalDate', () => {
  it.each([
    ['2025-02-28', true],
    ['2025-13-01', false],
    ['2025-02-30', false],
    ['2024-02-29', true],
    ['2025-3-1', false],
    ['', false],
    [20250301, false],
  ])('%j → %s', (value, ok) => expect(isLocalDate(value)).toBe(ok));
});
