// The zone abstraction against an independent reading of the same zones: Intl.DateTimeFormat's
// own calendar fields. The process runs in New York; every zone here is passed explicitly, so a
// local-time method left anywhere in the core would show as a wrong date.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, formatLocalDate, midnightOf, startOfDay } from './dates.js';
import { nextPeriod, quarterOf } from './period.js';
import { weeksBetween } from './functions/pace.js';
import { instantOf, UTC, wallOf, zoneNamed } from './zone.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Kiritimati', 'America/St_Johns', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Etc/UTC'];

/** The calendar fields of `time` in `zone`, as Intl reads them (independent of zone.ts). */
function fields(time: number, zone: string): { date: string; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(time)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) % 24, minute: Number(parts.minute) };
}

const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) });
const zoneName = fc.constantFrom(...ZONES);

describe('zoneNamed', () => {
  test.prop([instant, zoneName])('reads the wall clock Intl reads', (time, name) => {
    const wall = new Date(wallOf(time, zoneNamed(name)));
    const expected = fields(time, name);
    expect([wall.toISOString().slice(0, 10), wall.getUTCHours(), wall.getUTCMinutes()]).toEqual([expected.date, expected.hour, expected.minute]);
  });

  test.prop([instant, zoneName])('finds the instant of a wall-clock time again (the first one where it repeats)', (time, name) => {
    const zone = zoneNamed(name);
    const back = instantOf(wallOf(time, zone), zone);
    expect(wallOf(back, zone)).toBe(wallOf(time, zone));
    expect(back).toBeLessThanOrEqual(time);
  });

  it.each([
    ['GMT+4:00', 4 * 60],
    ['GMT-03:30', -(3 * 60 + 30)],
    ['UTC', 0],
  ])('takes Apps Script’s fixed offset %s', (name, minutes) => {
    expect(zoneNamed(name).offsetAt(Date.UTC(2026, 5, 1))).toBe(minutes * 60_000);
  });

  it('refuses a zone Intl does not know, saying what to give', () => {
    expect(() => zoneNamed('Mars/Olympus')).toThrow('unknown time zone "Mars/Olympus": use an IANA name such as Europe/Berlin');
  });

  it.each([
    // 02:30 does not exist on these days: it moves forward by the gap, as new Date(y, m, d, h) does.
    ['America/New_York', Date.UTC(2026, 2, 8, 2, 30), '2026-03-08', 3],
    ['Europe/Berlin', Date.UTC(2026, 2, 29, 2, 30), '2026-03-29', 3],
    ['Australia/Sydney', Date.UTC(2026, 9, 4, 2, 30), '2026-10-04', 3],
  ])('resolves a wall time skipped in %s', (name, wall, date, hour) => {
    const time = instantOf(wall, zoneNamed(name));
    expect(fields(time, name)).toEqual({ date, hour, minute: 30 });
  });
});

describe('calendar arithmetic in a zone', () => {
  test.prop([instant, zoneName, fc.integer({ min: -400, max: 400 })])('adds calendar days keeping the time of day', (time, name, days) => {
    const zone = zoneNamed(name);
    const moved = addCalendarDays(startOfDay(time, zone) + 10 * 3_600_000, days, zone);
    const from = fields(startOfDay(time, zone) + 10 * 3_600_000, name);
    const expectedDate = new Date(Date.parse(`${from.date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    // 10:00 exists every day in these zones (changes happen at night).
    expect(fields(moved, name)).toEqual({ date: expectedDate, hour: from.hour, minute: from.minute });
  });

  test.prop([instant, zoneName])('starts a day at its midnight, on the same calendar day', (time, name) => {
    const zone = zoneNamed(name);
    const start = startOfDay(time, zone);
    expect(fields(start, name)).toEqual({ date: fields(time, name).date, hour: 0, minute: 0 });
    expect(formatLocalDate(start, zone)).toBe(fields(time, name).date);
  });

  test.prop([instant, zoneName])('puts an instant in the quarter of its calendar day there', (time, name) => {
    const zone = zoneNamed(name);
    const { date } = fields(time, name);
    const [year, month] = date.split('-').map(Number);
    const q = quarterOf(time, zone);
    const first = Math.floor((month - 1) / 3) * 3 + 1;
    expect(q.name).toBe(`${year}-Q${(first + 2) / 3}`);
    expect(fields(q.start, name)).toEqual({ date: `${year}-${String(first).padStart(2, '0')}-01`, hour: 0, minute: 0 });
    expect(fields(q.end, name)).toMatchObject({ hour: 0, minute: 0 });
    expect(formatLocalDate(addCalendarDays(q.end, 1, zone), zone)).toBe(formatLocalDate(quarterOf(addCalendarDays(q.end, 1, zone), zone).start, zone));
  });

  it.each(ZONES)('follows 2026-Q4 with 2027-Q1 in %s, at midnight there', (name) => {
    const zone = zoneNamed(name);
    const next = nextPeriod(quarterOf(midnightOf(2026, 11, 23, zone), zone), zone);
    expect([next.name, fields(next.start, name), fields(next.end, name)]).toEqual([
      '2027-Q1',
      { date: '2027-01-01', hour: 0, minute: 0 },
      { date: '2027-03-31', hour: 0, minute: 0 },
    ]);
  });

  it('moves a month on in the zone’s calendar, clamped to the month end', () => {
    const sydney = zoneNamed('Australia/Sydney');
    expect(formatLocalDate(addCalendarMonths(midnightOf(2026, 1, 31, sydney), 1, sydney), sydney)).toBe('2026-02-28');
    expect(fields(addCalendarMonths(midnightOf(2026, 3, 31, sydney) + 9 * 3_600_000, 1, sydney), 'Australia/Sydney')).toEqual({ date: '2026-04-30', hour: 9, minute: 0 });
  });

  it('counts a week across a daylight-saving change as one week', () => {
    const berlin = zoneNamed('Europe/Berlin');
    expect(weeksBetween(midnightOf(2026, 3, 25, berlin), midnightOf(2026, 4, 1, berlin), berlin)).toBe(1);
    expect(weeksBetween(Date.UTC(2026, 2, 25), Date.UTC(2026, 3, 1), UTC)).toBe(1);
  });
});
