import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';
import { wallClockOf } from './time-zone.js';

function sheet(options = {}) {
  const runtime = useRuntime(options);
  return { runtime, sheet: runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet() };
}

describe('Range values (https://developers.google.com/apps-script/reference/spreadsheet/range)', () => {
  it('is 1-based and gives "" for blank cells', () => {
    const { sheet: s } = sheet();
    s.getRange(1, 1).setValue('a1');
    s.getRange(2, 2).setValue(7);
    expect(s.getRange(1, 1, 2, 2).getValues()).toEqual([
      ['a1', ''],
      ['', 7],
    ]);
    expect(s.getRange('A1').getA1Notation()).toBe('A1');
    expect(s.getRange(2, 2, 3, 4).getA1Notation()).toBe('B2:E4');
    expect(s.getRange(5, 5).getValue()).toBe('');
  });

  it('keeps numbers, booleans and strings, and parses typed text as Sheets does', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:F1').setValues([[1.5, true, 'text', '1,200', '25%', 'TRUE']]);
    expect(s.getRange('A1:F1').getValues()).toEqual([[1.5, true, 'text', 1200, 0.25, true]]);
    expect(s.getRange('E1').getDisplayValue()).toBe('25%');
  });

  it('turns strings starting with = into formulas and reports "" where there is none', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:C1').setValues([[2, '=A1*3', 'plain']]);
    expect(s.getRange('B1').getValue()).toBe(6);
    expect(s.getRange('A1:C1').getFormulas()).toEqual([['', '=A1*3', '']]);
    expect(s.getRange('B1').getFormula()).toBe('=A1*3');
    s.getRange('C1:C2').setFormulas([['=A1+1'], ['=C1*2']]);
    expect(s.getRange('C1:C2').getValues()).toEqual([[3], [6]]);
    s.getRange('B1').setValue('');
    expect(s.getRange('B1').getFormula()).toBe('');
  });

  it.each([
    [[[1], [2]], 'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 1.'],
    [[[1, 2, 3]], 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.'],
    [[], 'The number of rows in the data does not match the number of rows in the range. The data has 0 but the range has 1.'],
    ['oops', "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues."],
    [[1, 2], "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues."],
  ])('rejects %j written to a 1×2 range', (values, message) => {
    const { sheet: s } = sheet();
    expect(() => s.getRange('A1:B1').setValues(values as unknown[][])).toThrow(message);
  });

  it.each([
    [[1, 1, 0, 1], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1000, 1, 2, 1], 'Those rows are out of bounds.'],
    [[1, 26, 1, 2], 'Those columns are out of bounds.'],
    [['1', 1], "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange."],
  ])('getRange(%j) throws %s', (args, message) => {
    const { sheet: s } = sheet();
    expect(() => (s.getRange as (...a: unknown[]) => unknown)(...args)).toThrow(message);
  });

  it('throws Apps Script exceptions named Exception', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(0, 1)).toThrow(expect.objectContaining({ name: 'Exception' }));
    expect(() => s.getRange('not a range')).toThrow('Range not found');
  });

  it('reads open-ended and whole-column A1 ranges to the bottom of the grid', () => {
    const { sheet: s } = sheet({ maxRows: 50 });
    expect(s.getRange('A2:A').getA1Notation()).toBe('A2:A50');
    expect(s.getRange('B:C').getNumRows()).toBe(50);
    expect(s.getRange('3:4').getNumColumns()).toBe(26);
  });

  it('stores Dates as date cells in the spreadsheet zone and reads them back as Dates', () => {
    const { sheet: s } = sheet();
    const when = new Date('2026-03-08T12:34:56.789Z');
    s.getRange('A1').setValue(when);
    const back = s.getRange('A1').getValue();
    expect(back).toBeInstanceOf(Date);
    expect((back as Date).toISOString()).toBe(when.toISOString());
    expect(s.getRange('A1').getNumberFormat()).toBe('M/d/yyyy H:mm:ss');
    expect(s.getRange('A1').getDisplayValue()).toBe('3/8/2026 8:34:56');
  });

  it('round-trips any Date to the millisecond of its wall-clock time', () => {
    const { sheet: s } = sheet();
    fc.assert(
      fc.property(fc.date({ min: new Date('1950-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (when) => {
        s.getRange('A1').setValue(when);
        const back = s.getRange('A1').getValue() as Date;
        // A cell holds wall-clock time, so in the hour a DST change repeats, both instants read back as the first.
        expect(wallClockOf(back.getTime(), 'America/New_York')).toEqual(wallClockOf(when.getTime(), 'America/New_York'));
        expect(Math.abs(back.getTime() - when.getTime()) % 3_600_000).toBe(0);
      }),
    );
  });

  it('gives Dates for date-formatted numbers and numbers again when the format goes', () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setValue(46027);
    s.getRange('A1').setNumberFormat('yyyy-mm-dd');
    expect((s.getRange('A1').getValue() as Date).toISOString()).toBe('2026-01-05T05:00:00.000Z');
    expect(s.getRange('A1').getDisplayValue()).toBe('2026-01-05');
    s.getRange('A1').setNumberFormat('0.00');
    expect(s.getRange('A1').getValue()).toBe(46027);
    expect(s.getRange('A1').getDisplayValue()).toBe('46027.00');
  });

  it('reads dates in a spreadsheet zone other than the process zone', () => {
    const { sheet: s } = sheet({ timeZone: 'Asia/Tokyo' });
    s.getRange('A1').setValue('2026-01-05');
    expect((s.getRange('A1').getValue() as Date).toISOString()).toBe('2026-01-04T15:00:00.000Z');
  });

  it('moves and resizes with offset and getCell', () => {
    const { sheet: s } = sheet();
    const range = s.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.getCell(3, 1)).toThrow('Cell reference out of range');
    expect(range.getSheet().getName()).toBe('Sheet1');
  });

  it('clears contents, formats or both', () => {
    const { sheet: s } = sheet();
    const range = s.getRange('A1');
    range.setValue(5).setBackground('red').setNote('why');
    range.clearContent();
    expect([range.getValue(), range.getBackground(), range.getNote()]).toEqual(['', '#ff0000', 'why']);
    range.setValue(6).clear();
    expect([range.getValue(), range.getBackground()]).toEqual(['', '#ffffff']);
    expect(range.isBlank()).toBe(true);
  });

  it('records styles, notes, wrapping and alignment per cell', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setBackgrounds([['#ABC', null]]).setFontWeight('bold').setFontColor('#112233').setWrap(true).setHorizontalAlignment('center');
    expect(s.getRange('A1:B1').getBackgrounds()).toEqual([['#aabbcc', '#ffffff']]);
    expect(s.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
    expect([s.getRange('B1').getFontColor(), s.getRange('B1').getWrap(), s.getRange('B1').getHorizontalAlignment()]).toEqual(['#112233', true, 'center']);
    s.getRange('A1:A2').setNotes([['one'], ['']]);
    expect(s.getRange('A1:A2').getNotes()).toEqual([['one'], ['']]);
  });
});
