import { describe, expect, it } from 'vitest';
import { displayText, formatGeneral, isDateFormat } from './number-format.js';

describe('number formats', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['M/d/yyyy H:mm:ss', true],
    ['h:mm AM/PM', true],
    ['[h]:mm', true],
    ['0.00', false],
    ['#,##0', false],
    ['0%', false],
    ['0.00" days"', false],
    ['@', false],
    ['General', false],
    ['0.00E+00', false],
  ])('%s is a date format: %s', (pattern, expected) => {
    expect(isDateFormat(pattern)).toBe(expected);
  });

  it.each([
    [0.6, '0.6'],
    [1 / 3, '0.3333333333'],
    [2 / 3, '0.6666666667'],
    [123456.789, '123456.789'],
    [42, '42'],
    [-7.5, '-7.5'],
    [1e20, '1E+20'],
  ])('shows %d as %s by default', (value, text) => {
    expect(formatGeneral(value)).toBe(text);
  });

  it.each([
    [0.256, '0%', '26%'],
    [0.256, '0.0%', '25.6%'],
    [1234.5, '#,##0.00', '1,234.50'],
    [1234.5, '$#,##0.00', '$1,234.50'],
    [-1234.5, '$#,##0.00', '-$1,234.50'],
    [0.7, '0.00', '0.70'],
    [3, '0.00" days"', '3.00 days'],
    [46027, 'yyyy-mm-dd', '2026-01-05'],
    [46027.5625, 'M/d/yyyy H:mm:ss', '1/5/2026 13:30:00'],
    [46027.5625, 'h:mm am/pm', '1:30 PM'],
    [46027, 'ddd, mmm d', 'Mon, Jan 5'],
    [46027, 'mmmm yyyy', 'January 2026'],
    [true, undefined, 'TRUE'],
    ['text', '0.00', 'text'],
    ['', '0.00', ''],
  ])('shows %j under %s as %s', (value, pattern, text) => {
    expect(displayText(value, pattern)).toBe(text);
  });
});
