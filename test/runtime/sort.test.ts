import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';
import { shiftRowReferences } from './sort.js';

describe('sorting', () => {
  it('moves relative row references of a moved formula as a copy does, and leaves $rows, open ends and quoted text', () => {
    expect(shiftRowReferences(`=OKR_GRADE(F2:F, G2:G, 'Check-ins'!B2:B, Settings!$B$4, "A2")`, 5)).toBe(`=OKR_GRADE(F7:F, G7:G, 'Check-ins'!B7:B, Settings!$B$4, "A2")`);
    expect(shiftRowReferences('=IF($A3="", "", LOG10(B3))', -1)).toBe('=IF($A2="", "", LOG10(B2))');
    expect(shiftRowReferences('=A2', -3)).toBe('=#REF!');
  });

  it('sorts rows by a column, numbers before text, blanks last, moving formulas with their rows', () => {
    const { services } = useRuntime();
    const sheet = services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('A1:B5').setValues([['Name', 'Score'], ['b', 3], ['', 1], ['a', 2], [10, '']]);
    sheet.getRange('C2').setFormula('=B2*10');
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getRange('A1:C5').getValues()).toEqual([['Name', 'Score', ''], [10, '', ''], ['a', 2, ''], ['b', 3, 30], ['', 1, '']]);
    expect(sheet.getRange('C4').getFormula()).toBe('=B4*10');
    sheet.getRange('A2:C5').sort({ column: 2, ascending: false });
    expect(sheet.getRange('A2:B5').getValues()).toEqual([['b', 3], ['a', 2], ['', 1], [10, '']]);
  });

  it('moves an array formula from row 2, which then spills from where it landed', () => {
    const runtime = useRuntime({ maxRows: 10 });
    const sheet = runtime.spreadsheet.getActiveSheet();
    sheet.getRange('A1:A4').setValues([['ID'], ['K2'], ['K3'], ['K1']]);
    sheet.getRange('B2').setFormula('=ARRAYFORMULA(IF(A2:A="", "", A2:A&"!"))');
    sheet.setFrozenRows(1);
    sheet.sort(1);
    expect(sheet.getRange('B2:B4').getFormulas().map((r) => r[0])).toEqual(['', '=ARRAYFORMULA(IF(A3:A="", "", A3:A&"!"))', '']);
    expect(sheet.getRange('B2:B5').getValues().map((r) => r[0])).toEqual(['', 'K2!', 'K3!', '']);
    runtime.destroy();
  });
});
