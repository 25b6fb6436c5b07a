import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

function spreadsheet(options = {}) {
  const runtime = useRuntime(options);
  return { runtime, ss: runtime.services.SpreadsheetApp.getActiveSpreadsheet(), app: runtime.services.SpreadsheetApp };
}

describe('Spreadsheet and Sheet', () => {
  it('starts like a new file: one empty Sheet1 with a 1000×26 grid', () => {
    const { ss } = spreadsheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    const s = ss.getActiveSheet();
    expect([s.getLastRow(), s.getLastColumn(), s.getMaxRows(), s.getMaxColumns(), s.getSheetId()]).toEqual([0, 0, 1000, 26, 0]);
    expect(s.getDataRange().getA1Notation()).toBe('A1');
    expect(ss.getName()).toBe('OKR tracker');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getSpreadsheetTimeZone()).toBe('America/New_York');
  });

  it('inserts sheets by name and position, activates them, and refuses duplicate names in any case', () => {
    const { ss } = spreadsheet();
    const kr = ss.insertSheet('Key Results');
    expect(ss.getActiveSheet().getName()).toBe('Key Results');
    ss.insertSheet('Settings', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Settings', 'Sheet1', 'Key Results']);
    expect(kr.getIndex()).toBe(3);
    expect(() => ss.insertSheet('key results')).toThrow('A sheet with the name "key results" already exists. Please enter another name.');
    expect(() => kr.setName('Settings')).toThrow('A sheet with the name "Settings" already exists. Please enter another name.');
    expect(ss.insertSheet().getName()).toBe('Sheet4');
    expect(ss.getSheetByName('nope')).toBeNull();
    expect(ss.getSheetById(kr.getSheetId())?.getName()).toBe('Key Results');
  });

  it('deletes sheets but never the last one', () => {
    const { ss } = spreadsheet();
    const other = ss.insertSheet('Other');
    ss.deleteSheet(ss.getSheetByName('Sheet1')!);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Other']);
    expect(() => ss.deleteSheet(other)).toThrow("You can't remove all the sheets in a document.");
  });

  it('reads ranges across sheets in A1 notation and finds named ranges', () => {
    const { ss } = spreadsheet();
    const kr = ss.insertSheet('Key Results');
    kr.getRange('B2').setValue(9);
    expect(ss.getRange("'Key Results'!B2").getValue()).toBe(9);
    expect(() => ss.getRange('Missing!A1')).toThrow('Range not found');
    ss.setNamedRange('Targets', kr.getRange('B2:B3'));
    expect(ss.getRangeByName('Targets')?.getA1Notation()).toBe('B2:B3');
    expect(ss.getRangeByName('Nope')).toBeNull();
    expect(() => ss.setNamedRange('A1', kr.getRange('B2'))).toThrow('Invalid argument: name');
  });

  it('finds the last row and column with content, and the data range', () => {
    const { ss } = spreadsheet();
    const s = ss.getActiveSheet();
    s.getRange('C5').setValue('x');
    s.getRange('B2').setValue(1);
    expect([s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()]).toEqual([5, 3, 'A1:C5']);
    s.getRange('C5').clearContent();
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([2, 2]);
  });

  it('appends after the last row, turns = strings into formulas, and grows a full grid', () => {
    const { ss } = spreadsheet({ maxRows: 2 });
    const s = ss.getActiveSheet();
    s.appendRow(['a', 1]).appendRow(['b', '=B1+1']);
    expect(s.getRange('A1:B2').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    s.appendRow(['c', 3]);
    expect([s.getMaxRows(), s.getLastRow(), s.getRange('A3').getValue()]).toEqual([3, 3, 'c']);
  });

  it('inserts rows and columns, moving cells, formats and formulas', () => {
    const { ss } = spreadsheet({ maxRows: 10 });
    const s = ss.getActiveSheet();
    s.getRange('A1:A3').setValues([[1], [2], [3]]);
    s.getRange('A3').setNumberFormat('0.00');
    s.getRange('B1').setFormula('=SUM(A1:A)');
    s.insertRowsAfter(1, 2);
    expect(s.getMaxRows()).toBe(12);
    expect(s.getRange('A1:A5').getValues()).toEqual([[1], [''], [''], [2], [3]]);
    expect(s.getRange('A5').getNumberFormat()).toBe('0.00');
    expect(s.getRange('B1').getFormula()).toBe('=SUM(A1:A)');
    s.getRange('A12').setValue(10);
    expect(s.getRange('B1').getValue()).toBe(16);
    s.insertColumnsAfter(0 + 1, 1);
    expect(s.getRange('C1').getFormula()).toBe('=SUM(A1:A)');
    expect(() => s.insertRowsAfter(13, 1)).toThrow('Those rows are out of bounds.');
  });

  it('records frozen panes, widths, hidden columns and tab colour', () => {
    const { ss } = spreadsheet();
    const s = ss.getActiveSheet();
    s.setFrozenRows(1).setFrozenColumns(2).setColumnWidth(3, 240).hideColumns(5, 2).setTabColor('#00FF00');
    expect([s.getFrozenRows(), s.getFrozenColumns(), s.getColumnWidth(3), s.getColumnWidth(4)]).toEqual([1, 2, 240, 100]);
    expect([s.isColumnHiddenByUser(6), s.isColumnHiddenByUser(7), s.getTabColor()]).toEqual([true, false, '#00ff00']);
  });

  it('protects sheets (one protection, reused) and ranges (one each)', () => {
    const { ss, app } = spreadsheet();
    const s = ss.getActiveSheet();
    const p = s.protect().setDescription('Formulas').setWarningOnly(true);
    expect(s.protect().getDescription()).toBe('Formulas');
    expect(p.isWarningOnly()).toBe(true);
    s.getRange('A1:B2').protect().setDescription('a');
    s.getRange('C1').protect();
    expect(s.getProtections(app.ProtectionType.RANGE).map((x) => x.getRange().getA1Notation())).toEqual(['A1:B2', 'C1']);
    s.getProtections(app.ProtectionType.RANGE)[0].remove();
    expect(s.getProtections(app.ProtectionType.RANGE)).toHaveLength(1);
    expect(s.getProtections(app.ProtectionType.SHEET)[0].getProtectionType()).toBe('SHEET');
  });

  it('replaces all conditional format rules on every set', () => {
    const { ss, app } = spreadsheet();
    const s = ss.getActiveSheet();
    const red = app.newConditionalFormatRule().whenNumberLessThan(0.3).setBackground('#F4CCCC').setRanges([s.getRange('N2:N')]).build();
    const green = app.newConditionalFormatRule().whenFormulaSatisfied('=$N2>=0.7').setBackground('green').setBold(true).setRanges([s.getRange('A2:P')]).build();
    s.setConditionalFormatRules([red, green]);
    s.setConditionalFormatRules([green]);
    const rules = s.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    const condition = rules[0].getBooleanCondition();
    expect([condition?.getCriteriaType(), condition?.getCriteriaValues(), condition?.getBackground(), condition?.getBold()]).toEqual([
      app.BooleanCriteria.CUSTOM_FORMULA,
      ['=$N2>=0.7'],
      '#008000',
      true,
    ]);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['A2:P1000']);
    expect(() => app.newConditionalFormatRule().setBackground('red').build()).toThrow('You must specify a condition');
  });

  it('records charts built with newChart', () => {
    const { ss } = spreadsheet();
    const s = ss.getActiveSheet();
    const chart = s.newChart().asLineChart().addRange(s.getRange('A1:B10')).setPosition(2, 5, 0, 0).setOption('title', 'Grades').build();
    s.insertChart(chart);
    const [saved] = s.getCharts();
    expect([saved.getRanges()[0].getA1Notation(), saved.getOptions().get('title'), saved.record.type]).toEqual(['A1:B10', 'Grades', 'LINE']);
  });

  it('keeps the active sheet and range, and records toasts', () => {
    const { ss, runtime } = spreadsheet();
    const other = ss.insertSheet('Other');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    other.getRange('B2:C3').activate();
    expect([ss.getActiveSheet().getName(), ss.getActiveRange().getA1Notation()]).toEqual(['Other', 'B2:C3']);
    ss.toast('Saved', 'OKR', 3);
    expect(runtime.toasts).toEqual([{ message: 'Saved', title: 'OKR', seconds: 3 }]);
  });
});
