// Strings written by a script are parsed as typed unless the cell is plain text ("@"):
// https://developers.google.com/apps-script/reference/spreadsheet/range#setnumberformatnumberformat
import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

function sheet() {
  return useRuntime({}).services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
}

const at = (iso: string) => new Date(iso);

describe('strings written to a cell with the automatic format', () => {
  it.each([
    ['12345678', 12345678],
    ['00000042', 42],
    ['0012', 12],
    ['1e5', 100000],
    ['1,200', 1200],
    ['50%', 0.5],
    ['-5', -5],
    ['+1', 1],
    [' 42 ', 42],
    ['TRUE', true],
    ['true', true],
    ['2026-11-23', at('2026-11-23T05:00:00Z')],
    ['12:30:45', at('1899-12-30T17:30:45Z')],
    ["'quoted", 'quoted'],
    ["'0012", '0012'],
    ["''=1", "'=1"],
    ['@SUM(A1)', '@SUM(A1)'],
    [' =1', ' =1'],
    ['plain text', 'plain text'],
  ])('parses %j as typed, reading back %j', (text, value) => {
    const s = sheet();
    s.getRange('A1').setValue(text);
    expect(s.getRange('A1').getValue()).toEqual(value);
  });

  it('makes a formula of "=…"', () => {
    const s = sheet();
    s.getRange('A1').setValue('=1+1');
    expect([s.getRange('A1').getValue(), s.getRange('A1').getFormula()]).toEqual([2, '=1+1']);
  });
});

describe('strings written to a plain-text ("@") cell', () => {
  it.each(['12345678', '00000042', '2026-11-23', '12:30:45', '50%', 'TRUE', '1,200', '0012', '1e5', "'quoted", '=1+1', ' 42 ', '\u202Eevil', 'a\u0000b', '\ud800', 'x'.repeat(8192)])(
    'keeps %j byte for byte, as text, with no formula',
    (text) => {
      const s = sheet();
      s.getRange('A1:A2').setNumberFormat('@');
      s.getRange('A1').setValue(text);
      s.getRange('A2').setValues([[text]]);
      expect(s.getRange('A1:A2').getValues()).toEqual([[text], [text]]);
      expect(s.getRange('A1:A2').getFormulas()).toEqual([[''], ['']]);
    },
  );

  it('keeps numbers written as numbers', () => {
    const s = sheet();
    s.getRange('A1').setNumberFormat('@').setValue(-5);
    expect(s.getRange('A1').getValue()).toBe(-5);
  });
});
