import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { idKey, isBlank, isDate, parseNumericText, serialToTime, toNumber, toNumberOrBlank, toText, toTime, toTimeOrBlank } from './cell.js';
import { zoneNamed } from '../zone.js';

// The unit tests run in New York (vitest.config.ts); the core is handed that zone explicitly.
const NY = zoneNamed('America/New_York');

describe('isBlank', () => {
  it.each(['', null, undefined, '   ', '\t\n', '\u00a0'])('counts %j as blank', (value) => {
    expect(isBlank(value)).toBe(true);
  });

  it.each([0, false, 'x', ' 0 ', new Date(2026, 0, 1), Number.NaN])('does not count %j as blank', (value) => {
    expect(isBlank(value)).toBe(false);
  });
});

describe('parseNumericText', () => {
  it.each([
    ['7', 7],
    [' 1,200 ', 1200],
    ['$1,200', 1200],
    ['-$1,200.50', -1200.5],
    ['$-5', -5],
    ['+3', 3],
    ['€12', 12],
    ['1,234,567.5', 1234567.5],
    ['25%', 0.25],
    ['-12.5%', -0.125],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['2.5E-2', 0.025],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumericText(text)).toBeCloseTo(value, 12);
  });

  it.each(['', 'abc', '1,2', '12,34,567', '1 200', '--5', '-$-5', '$', '%', '5 %', '1e999', 'Infinity', 'NaN', '0x10', '1/2'])(
    'does not read %j as a number',
    (text) => {
      expect(parseNumericText(text)).toBeUndefined();
    },
  );
});

describe('toNumberOrBlank', () => {
  it.each([
    [3, 3],
    [-0.5, -0.5],
    [' 1,200 ', 1200],
    ['$1,200', 1200],
    ['25%', 0.25],
  ])('reads %j as %d', (value, number) => {
    expect(toNumberOrBlank(value, 'current')).toBe(number);
  });

  it('reads a Date as its time value', () => {
    const date = new Date(2026, 0, 1);
    expect(toNumberOrBlank(date, 'current')).toBe(date.getTime());
  });

  it.each(['', null, undefined, '   '])('reads %j as blank', (value) => {
    expect(toNumberOrBlank(value, 'current')).toBeNull();
  });

  it.each([
    ['abc', 'current "abc" is not a number'],
    [true, 'current true is not a number'],
    [Number.NaN, 'current NaN is not a finite number'],
    [Number.POSITIVE_INFINITY, 'current Infinity is not a finite number'],
    [new Date(Number.NaN), 'current an invalid date is not a number'],
    ['Error: OKR_GRADE: start is blank: enter a number', 'current is an error, fix that first (OKR_GRADE: start is blank: enter a number)'],
    ['x'.repeat(50), `current "${'x'.repeat(37)}..." is not a number`],
  ])('rejects %j with "%s"', (value, message) => {
    expect(() => toNumberOrBlank(value, 'current')).toThrow(expect.objectContaining({ message: message }));
  });

  it('marks an error cell as a reference to a failed formula', () => {
    expect(() => toNumberOrBlank('Error: x', 'grade')).toThrow(expect.objectContaining({ code: 'reference' }));
  });
});

describe('toNumber', () => {
  it('reads numbers like toNumberOrBlank', () => {
    expect(toNumber('$5', 'start')).toBe(5);
  });

  it('rejects a blank', () => {
    expect(() => toNumber('', 'start')).toThrow(expect.objectContaining({ message: 'start is blank: enter a number' }));
  });
});

describe('toTimeOrBlank', () => {
  it('reads a Date as its time value', () => {
    const date = new Date(2026, 2, 8, 9, 30);
    expect(toTimeOrBlank(date, 'as_of', NY)).toBe(date.getTime());
  });

  it.each([
    ['2026-10-01', new Date(2026, 9, 1)],
    [' 2026-02-28 ', new Date(2026, 1, 28)],
    ['2026-03-08T09:30', new Date(2026, 2, 8, 9, 30)],
    ['2026-03-08 09:30:15', new Date(2026, 2, 8, 9, 30, 15)],
  ])('reads the ISO text %j as local time', (text, date) => {
    expect(toTimeOrBlank(text, 'as_of', NY)).toBe(date.getTime());
  });

  it.each([
    [1, new Date(1899, 11, 31)],
    [46023, new Date(2026, 0, 1)],
    [46023.75, new Date(2026, 0, 1, 18)],
  ])('reads the serial day %d as a Sheets date', (serial, date) => {
    expect(toTimeOrBlank(serial, 'as_of', NY)).toBe(date.getTime());
  });

  it('reads a large number as a time value in ms', () => {
    const time = new Date(2026, 0, 1).getTime();
    expect(toTimeOrBlank(time, 'as_of', NY)).toBe(time);
  });

  it.each(['', null, undefined, '  '])('reads %j as blank', (value) => {
    expect(toTimeOrBlank(value, 'as_of', NY)).toBeNull();
  });

  it.each([
    ['soon', 'as_of "soon" is not a date: use a date cell or YYYY-MM-DD'],
    ['2026-02-30', 'as_of "2026-02-30" is not a date: use a date cell or YYYY-MM-DD'],
    ['2026-13-01', 'as_of "2026-13-01" is not a date: use a date cell or YYYY-MM-DD'],
    ['01/10/2026', 'as_of "01/10/2026" is not a date: use a date cell or YYYY-MM-DD'],
    [new Date(Number.NaN), 'as_of is an invalid date'],
    [true, 'as_of true is not a number'],
    ['Error: OKR_LATEST: boom', 'as_of is an error, fix that first (OKR_LATEST: boom)'],
  ])('rejects %j with "%s"', (value, message) => {
    expect(() => toTimeOrBlank(value, 'as_of', NY)).toThrow(expect.objectContaining({ message: message }));
  });
});

describe('toTime', () => {
  it('rejects a blank', () => {
    expect(() => toTime('', 'period_start', NY)).toThrow(expect.objectContaining({ message: 'period_start is blank: enter a date' }));
  });
});

describe('serialToTime', () => {
  // 2026-03-08 and 2026-11-01 are the days daylight saving starts and ends in New York.
  it.each([
    [46089.5, new Date(2026, 2, 8, 12)],
    [46327.5, new Date(2026, 10, 1, 12)],
    [46089.75, new Date(2026, 2, 8, 18)],
  ])('keeps the time of day of serial %d on a daylight-saving day', (serial, date) => {
    expect(new Date(serialToTime(serial, NY))).toEqual(date);
  });
});

describe('toText and idKey', () => {
  it.each([
    [' KR1 ', 'KR1'],
    [12, '12'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ])('shows %j as %j', (value, text) => {
    expect(toText(value)).toBe(text);
  });

  it('compares IDs trimmed and case-insensitively', () => {
    expect(idKey(' kr1 ')).toBe(idKey('KR1'));
    expect(idKey('KR1')).not.toBe(idKey('KR2'));
  });
});

describe('Dates from another realm', () => {
  // A local runtime runs Code.js in a node:vm context and hands it Dates made outside.
  const foreign = runInNewContext('new Date(2026, 0, 5, 9, 30)') as Date;

  it('is not an instance of this realm’s Date, which is why isDate exists', () => {
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
  });

  it.each([[{}], ['2026-01-05'], [46027], [null]])('does not take %j for a Date', (value) => {
    expect(isDate(value)).toBe(false);
  });

  it('reads a foreign Date as a time and a number', () => {
    expect(toTimeOrBlank(foreign, 'as_of', NY)).toBe(foreign.getTime());
    expect(toNumberOrBlank(foreign, 'current')).toBe(foreign.getTime());
    expect(toText(foreign)).toBe(foreign.toISOString());
  });
});
