// Dates belong to the spreadsheet's zone, whatever the manifest says. The bundle runs with the
// shipped manifest's script zone (Etc/UTC: the workbook tests' process zone) against
// spreadsheets in five zones, at 23:30 there, half an hour before a local midnight that is
// hours away from UTC's. Every date written or served must be the calendar date a person in that
// zone expects, at midnight exactly where it is a day; the expected values are read with Intl in
// that zone (wallTime, dayIn), not with the add-on's own date code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantOf, zoneNamed } from '../../shared/zone.js';
import { progressLayout, PROGRESS_ROWS } from '../../shared/tracker-layout.js';
import { editAsUser } from '../runtime/edit-event.js';
import { isDate } from '../runtime/realm.js';
import { dayIn, get, newTracker, publish, wallTime, type Tracker } from './harness.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Pacific/Kiritimati', 'America/St_Johns'];
const MIDNIGHT = '00:00:00';

/** The instant of a wall-clock time in `zone`, from Date.UTC fields (month 1–12). */
const at = (zone: string, y: number, m: number, d: number, h = 0, min = 0) => new Date(instantOf(Date.UTC(y, m - 1, d, h, min), zoneNamed(zone)));
const plusDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.each(ZONES)('a spreadsheet in %s, the script in Etc/UTC', { timeout: 120_000 }, (zone) => {
  let t: Tracker;
  let token: string;
  const now = at(zone, 2026, 11, 23, 23, 30);
  const sheet = (name: string) => t.spreadsheet.getSheetByName(name)!;
  const settings = () => sheet('Settings').getRange('B2:B4').getValues().map((row) => row[0]);

  beforeAll(() => {
    t = newTracker({ runtime: { timeZone: zone }, now });
    token = publish(t);
  }, 120_000);
  afterAll(() => t?.runtime.destroy());

  it('runs where Google would: script zone Etc/UTC, the spreadsheet in its own', () => {
    const services = t.runtime.globals as { Session: GoogleAppsScript.Base.Session };
    expect([services.Session.getScriptTimeZone(), t.spreadsheet.getSpreadsheetTimeZone()]).toEqual(['Etc/UTC', zone]);
  });

  it('sets up the quarter of the local day, from its first midnight to its last', () => {
    const [name, start, end] = settings();
    expect([name, wallTime(start as Date, zone), wallTime(end as Date, zone)]).toEqual(['2026-Q4', `2026-10-01 ${MIDNIGHT}`, `2026-12-31 ${MIDNIGHT}`]);
  });

  it('dates the examples’ check-ins at the local time of day, whole days back', () => {
    const times = t.records('Check-ins').map((r) => wallTime(r.Time as Date, zone));
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time.slice(11)).toBe('23:30:00');
  });

  it('dues the next check-in one cadence after the last, at the same local time', () => {
    const rows = t.records('Key Results').filter((r) => r['Last check-in'] !== '');
    expect(rows.length).toBeGreaterThan(0);
    for (const kr of rows) {
      const last = kr['Last check-in'] as Date;
      const next = kr['Next check-in'] as Date;
      const days = kr.Cadence === 'biweekly' ? 14 : 7;
      expect(wallTime(next, zone)).toBe(`${plusDays(dayIn(last, zone), days)} ${wallTime(last, zone).slice(11)}`);
    }
  });

  it('heads the weekly columns with each week’s last local day, at midnight', () => {
    const layout = progressLayout(14);
    const row = sheet('Progress').getRange(PROGRESS_ROWS.weekEnds, 1, 1, layout.width).getValues()[0];
    const weekEnds = row.slice(layout.grades.firstWeek - 1, layout.grades.firstWeek - 1 + 14);
    const expected = Array.from({ length: 14 }, (_, k) => (k === 13 ? '2026-12-31' : plusDays('2026-10-01', 7 * k + 6)));
    expect(weekEnds.map((d) => wallTime(d as Date, zone))).toEqual(expected.map((day) => `${day} ${MIDNIGHT}`));
  });

  it('computes custom functions on the local calendar: dates typed, DATE(), and text', () => {
    const scratch = t.spreadsheet.insertSheet('Scratch');
    scratch.getRange('A1:D1').setFormulas([['=OKR_NEXT_CHECKIN(DATE(2026,3,7), "weekly")', '=OKR_NEXT_CHECKIN("2026-10-31", "monthly")', '=OKR_PACE(0, 100, 40, DATE(2026,3,31), DATE(2026,3,3))', '=OKR_STATUS(0.5, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))']]);
    const [nextWeek, nextMonth, pace, status] = scratch.getRange('A1:D1').getValues()[0];
    expect([wallTime(nextWeek as Date, zone), wallTime(nextMonth as Date, zone), pace, status]).toEqual([`2026-03-14 ${MIDNIGHT}`, `2026-11-30 ${MIDNIGHT}`, 7.5, 'On track']);
    t.spreadsheet.deleteSheet(scratch);
  });

  it('serves the period, its weeks and today as the local calendar has them, and turns the day at local midnight', () => {
    const feed = get(t, { token });
    expect([feed.period.name, feed.period.start, feed.period.end, feed.period.weeks[0], feed.period.weeks.at(-1)]).toEqual(['2026-Q4', '2026-10-01', '2026-12-31', '2026-10-07', '2026-12-31']);
    expect(feed.revision).toMatch(/\.2026-11-23\./);
    const sheetNext = new Map(t.records('Key Results').map((r) => [r.ID, r['Next check-in']]));
    for (const kr of feed.keyResults) {
      const cell = sheetNext.get(kr.id);
      expect(kr.nextCheckIn).toBe(isDate(cell) ? dayIn(cell, zone) : null);
      expect(kr.due).toBe(kr.nextCheckIn !== null && kr.nextCheckIn <= '2026-11-23');
    }
    // An hour later it is the 24th there, though UTC may still be on the 23rd or already on the 24th.
    t.runtime.clock.advance(3_600_000);
    const later = get(t, { token });
    expect(later.revision).toMatch(/\.2026-11-24\./);
    for (const kr of later.keyResults) expect(kr.due).toBe(kr.nextCheckIn !== null && kr.nextCheckIn <= '2026-11-24');
  });

  it('closes the quarter into the next local quarter, and records carried key results at the local time', () => {
    const bundle = t.addOn.okrSheets;
    const closed = bundle.closeQuarter(t.spreadsheet, bundle.silentDialogs(true));
    expect(closed.next).toEqual({ name: '2027-Q1', start: '2027-01-01', end: '2027-03-31' });
    const [name, start, end] = settings();
    expect([name, wallTime(start as Date, zone), wallTime(end as Date, zone)]).toEqual(['2027-Q1', `2027-01-01 ${MIDNIGHT}`, `2027-03-31 ${MIDNIGHT}`]);

    const review = sheet('Review 2026-Q4').getDataRange().getValues();
    const row = review.findIndex((r) => r[review[0].indexOf('ID')] === 'KR1') + 1;
    const column = review[0].indexOf('Carry over') + 1;
    editAsUser(t.runtime, t.addOn, { sheet: 'Review 2026-Q4', range: `${String.fromCharCode(64 + column)}${row}`, values: [[true]] });
    const when = t.runtime.clock.now();
    bundle.startNextPeriod(t.spreadsheet, bundle.silentDialogs(true), when.getTime());
    const adjustment = t.records('Adjustments').find((r) => r.ID === 'KR1-2027-Q1');
    expect(wallTime(adjustment!.Time as Date, zone)).toBe(wallTime(when, zone));
  });
});
