import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { instantOf, wallClockOf } from './time-zone.js';
import { instantToSerial, serialToInstant, SerialDate } from './serial.js';

describe('time zones and serial numbers', () => {
  it.each([
    ['2026-01-05T05:00:00Z', 'America/New_York', 46027],
    ['2026-01-05T00:00:00Z', 'UTC', 46027],
    ['2026-01-04T15:00:00Z', 'Asia/Tokyo', 46027],
    ['2026-07-01T04:00:00Z', 'America/New_York', 46204],
    ['2026-01-05T01:00:00Z', 'GMT-4:00', 46026.875],
  ])('stores %s in %s as serial %d', (iso, zone, serial) => {
    expect(instantToSerial(Date.parse(iso), zone)).toBeCloseTo(serial, 9);
    expect(new Date(serialToInstant(serial, zone)).toISOString()).toBe(new Date(iso).toISOString());
  });

  test.prop([fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 0, 1) }), fc.constantFrom('America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC')])(
    'turns an instant into wall-clock time and back (outside repeated DST hours)',
    (ms, zone) => {
      const w = wallClockOf(ms, zone);
      const back = instantOf(w, zone);
      // In the hour a DST change repeats, one wall time has two instants; both must show it.
      expect(wallClockOf(back, zone)).toEqual(w);
    },
  );

  it('moves a wall time that DST skips forward, like new Date(y, m, d, h) does', () => {
    const skipped = { year: 2026, month: 3, day: 8, hour: 2, minute: 30, second: 0, ms: 0 };
    expect(new Date(instantOf(skipped, 'America/New_York')).toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(new Date(instantOf(skipped, 'America/Chicago')).toISOString()).toBe('2026-03-08T08:30:00.000Z');
  });

  it('gives the formula engine dates whose local fields are the serial wall clock', () => {
    const d = new SerialDate(46027.75);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 0, 5, 18, 0]);
  });
});
