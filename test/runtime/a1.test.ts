import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { a1Notation, columnLetters, columnNumber, parseA1, quoteSheetName, splitSheetName } from './a1.js';

describe('A1 notation', () => {
  it.each([
    ['B3', { startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 }],
    ['A1:C3', { startRow: 1, startColumn: 1, endRow: 3, endColumn: 3 }],
    ['$A$1:$b$2', { startRow: 1, startColumn: 1, endRow: 2, endColumn: 2 }],
    ['F2:F', { startRow: 2, startColumn: 6, endRow: undefined, endColumn: 6 }],
    ['A:C', { startRow: undefined, startColumn: 1, endRow: undefined, endColumn: 3 }],
    ['2:5', { startRow: 2, startColumn: undefined, endRow: 5, endColumn: undefined }],
    ["'Key Results'!F2:F", { sheetName: 'Key Results', startRow: 2, startColumn: 6, endRow: undefined, endColumn: 6 }],
    ["'It''s'!A1", { sheetName: "It's", startRow: 1, startColumn: 1, endRow: 1, endColumn: 1 }],
    ['Settings!B3', { sheetName: 'Settings', startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 }],
  ])('reads %s', (text, expected) => {
    expect(parseA1(text)).toEqual({ sheetName: undefined, ...expected });
  });

  it.each(['', 'A', '1', 'A0', 'A1:B2:C3', 'A:3', '3:A', 'hello world', 'ABCD1'])('rejects %j', (text) => {
    expect(parseA1(text)).toBeUndefined();
  });

  it.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [703, 'AAA'],
    [18278, 'ZZZ'],
  ])('names column %i %s', (n, letters) => {
    expect(columnLetters(n)).toBe(letters);
    expect(columnNumber(letters.toLowerCase())).toBe(n);
  });

  test.prop([fc.integer({ min: 1, max: 18278 })])('turns column numbers into letters and back', (n) => {
    expect(columnNumber(columnLetters(n))).toBe(n);
  });

  test.prop([fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 50 })])(
    'parses what it writes',
    (row, column, numRows, numColumns) => {
      const parsed = parseA1(a1Notation(row, column, numRows, numColumns));
      expect(parsed).toMatchObject({ startRow: row, startColumn: column, endRow: row + numRows - 1, endColumn: column + numColumns - 1 });
    },
  );

  it('quotes sheet names that need it, and unquotes them again', () => {
    expect(quoteSheetName('Settings')).toBe('Settings');
    expect(quoteSheetName('Key Results')).toBe("'Key Results'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
    expect(splitSheetName(`${quoteSheetName("Bob's")}!A1`)).toEqual({ sheetName: "Bob's", reference: 'A1' });
  });
});
