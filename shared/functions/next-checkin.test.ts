// Tests run in America/New_York: daylight saving starts on 2026-03-08 and ends on 2026-11-01.
import { describe, expect, it } from 'vitest';
import { OKR_NEXT_CHECKIN, OKR_NEXT_CHECKIN_SPEC, nextCheckinTime, parseCadence } from './next-checkin.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

const at = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('parseCadence', () => {
  it.each([
    ['', { kind: 'days', days: 7 }],
    [undefined, { kind: 'days', days: 7 }],
    ['weekly', { kind: 'days', days: 7 }],
    [' Weekly ', { kind: 'days', days: 7 }],
    ['BIWEEKLY', { kind: 'days', days: 14 }],
    ['fortnightly', { kind: 'days', days: 14 }],
    ['monthly', { kind: 'monthly' }],
    [3, { kind: 'days', days: 3 }],
    ['10', { kind: 'days', days: 10 }],
  ])('reads %j', (value, cadence) => {
    expect(parseCadence(value)).toEqual(cadence);
  });
});

describe('OKR_NEXT_CHECKIN', () => {
  it.each([
    ['weekly', at(2026, 1, 5), at(2026, 1, 12)],
    ['', at(2026, 1, 5), at(2026, 1, 12)],
    ['biweekly', at(2026, 1, 5), at(2026, 1, 19)],
    ['fortnightly', at(2026, 1, 5), at(2026, 1, 19)],
    ['monthly', at(2026, 1, 15), at(2026, 2, 15)],
    ['monthly', at(2026, 1, 31), at(2026, 2, 28)],
    ['monthly', at(2028, 1, 31), at(2028, 2, 29)],
    ['monthly', at(2026, 12, 31), at(2027, 1, 31)],
    [3, at(2026, 1, 30), at(2026, 2, 2)],
  ])('after a %j check-in on %s is due %s', (cadence, last, next) => {
    expect(OKR_NEXT_CHECKIN(NY, last, cadence)).toEqual(next);
  });

  it.each([
    ['March', at(2026, 3, 5, 9, 30), at(2026, 3, 12, 9, 30)],
    ['November', at(2026, 10, 29, 9, 30), at(2026, 11, 5, 9, 30)],
  ])('keeps the time of day across the %s daylight-saving change', (_, last, next) => {
    const due = OKR_NEXT_CHECKIN(NY, last, 'weekly') as Date;
    expect(due).toEqual(next);
    expect(due.getHours()).toBe(9);
    expect(due.getMinutes()).toBe(30);
  });

  it('keeps the time of day over a monthly step across a change', () => {
    expect(OKR_NEXT_CHECKIN(NY, at(2026, 2, 20, 17, 0), 'monthly')).toEqual(at(2026, 3, 20, 17, 0));
  });

  it('is due from the period start when there has been no check-in', () => {
    expect(OKR_NEXT_CHECKIN(NY, '', 'weekly', at(2026, 1, 1))).toEqual(at(2026, 1, 1));
    expect(OKR_NEXT_CHECKIN(NY, '', 'monthly', '2026-04-01')).toEqual(at(2026, 4, 1));
  });

  it('is blank with no check-in and no period start', () => {
    expect(OKR_NEXT_CHECKIN(NY, '', 'weekly')).toBe('');
    expect(OKR_NEXT_CHECKIN(NY, '', 'weekly', '')).toBe('');
  });

  it('reads ISO text and serial days as dates', () => {
    expect(OKR_NEXT_CHECKIN(NY, '2026-01-05', 'weekly')).toEqual(at(2026, 1, 12));
    expect(OKR_NEXT_CHECKIN(NY, 46027, 'weekly')).toEqual(at(2026, 1, 12));
  });

  it('fills a column in one call, with blank rows blank and a bad row an error', () => {
    const last = [[at(2026, 1, 5)], [''], [''], ['soon']];
    const cadence = [['weekly'], ['monthly'], [''], ['weekly']];
    expect(OKR_NEXT_CHECKIN(NY, last, cadence, at(2026, 1, 1))).toEqual([
      [at(2026, 1, 12)],
      [at(2026, 1, 1)],
      [''],
      ['Error: OKR_NEXT_CHECKIN: last_checkin "soon" is not a date: use a date cell or YYYY-MM-DD'],
    ]);
  });
});

describe('nextCheckinTime', () => {
  it('works on plain times for the popup', () => {
    expect(nextCheckinTime(at(2026, 1, 5).getTime(), parseCadence('weekly'), null, NY)).toBe(at(2026, 1, 12).getTime());
    expect(nextCheckinTime(null, parseCadence('weekly'), at(2026, 1, 1).getTime(), NY)).toBe(at(2026, 1, 1).getTime());
    expect(nextCheckinTime(null, parseCadence('weekly'), null, NY)).toBeNull();
  });
});

const BAD_CALLS: readonly (readonly [string, unknown[], string])[] = [
  ['an unknown cadence', [at(2026, 1, 5), 'quarterly'], 'OKR_NEXT_CHECKIN: cadence "quarterly" is unknown: use weekly, biweekly, fortnightly, monthly, or a number of days'],
  ['a cadence of TRUE', [at(2026, 1, 5), true], 'OKR_NEXT_CHECKIN: cadence true is unknown: use weekly, biweekly, fortnightly, monthly, or a number of days'],
  ['a negative number of days', [at(2026, 1, 5), -7], 'OKR_NEXT_CHECKIN: cadence -7 is not a positive whole number of days'],
  ['zero days', [at(2026, 1, 5), 0], 'OKR_NEXT_CHECKIN: cadence 0 is not a positive whole number of days'],
  ['a fraction of a day', [at(2026, 1, 5), '1.5'], 'OKR_NEXT_CHECKIN: cadence "1.5" is not a positive whole number of days'],
  ['a last check-in that is not a date', ['last week', 'weekly'], 'OKR_NEXT_CHECKIN: last_checkin "last week" is not a date: use a date cell or YYYY-MM-DD'],
  ['a period start that is not a date', ['', 'weekly', 'Q1'], 'OKR_NEXT_CHECKIN: period_start "Q1" is not a date: use a date cell or YYYY-MM-DD'],
];

describe('OKR_NEXT_CHECKIN errors', () => {
  it.each(BAD_CALLS)('throws for %s', (_, args, message) => {
    expect(() => OKR_NEXT_CHECKIN(NY, args[0], args[1], args[2])).toThrow(new Error(message));
  });

  it('documents only messages it really gives', () => {
    const given = BAD_CALLS.map(([, , message]) => message);
    for (const message of OKR_NEXT_CHECKIN_SPEC.errors) expect(given).toContain(message);
  });
});
