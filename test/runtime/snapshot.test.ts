import { describe, expect, it } from 'vitest';
import { JAN_15, useRuntime } from './fixtures.js';

describe('runtime snapshots (toJSON / createRuntime(options, snapshot))', () => {
  it('restores values, formulas, formats, rules and properties through JSON', () => {
    const first = useRuntime({ now: JAN_15 });
    const { SpreadsheetApp: app, PropertiesService } = first.services;
    const ss = app.getActiveSpreadsheet();
    const kr = ss.insertSheet('Key Results');
    kr.insertRowsAfter(kr.getMaxRows(), 10);
    kr.getRange('A1:D3').setValues([
      ['ID', 'Start', 'When', 'Done'],
      ['KR1', 0.5, new Date('2026-02-01T15:00:00Z'), true],
      ['KR2', '1,200', '', false],
    ]);
    kr.getRange('E2').setFormula('=SUM(B2:B)');
    kr.getRange('B2:B3').setNumberFormat('0.00').setBackground('#FFEEDD');
    kr.getRange('F2').setValue("'007").setNote('kept as text');
    kr.getRange('D2:D3').setDataValidation(app.newDataValidation().requireValueInRange(kr.getRange('A2:A'), false).setAllowInvalid(false).build());
    kr.setConditionalFormatRules([app.newConditionalFormatRule().whenNumberLessThan(1).setBackground('red').setRanges([kr.getRange('B2:B')]).build()]);
    kr.protect().setDescription('locked').setWarningOnly(true);
    kr.setFrozenRows(1);
    ss.setNamedRange('Ids', kr.getRange('A2:A3'));
    PropertiesService.getScriptProperties().setProperty('okrSheets.feedToken', 'abc');
    PropertiesService.getUserProperties().setProperty('pref', 'x');

    const saved = JSON.parse(JSON.stringify(first.toJSON()));
    const second = useRuntime({ now: JAN_15 }, saved);
    const ss2 = second.services.SpreadsheetApp.getActiveSpreadsheet();
    const kr2 = ss2.getSheetByName('Key Results')!;
    expect([ss2.getId(), ss2.getActiveSheet().getName(), kr2.getSheetId(), kr2.getMaxRows(), kr2.getFrozenRows()]).toEqual([ss.getId(), 'Key Results', kr.getSheetId(), 1010, 1]);
    expect(kr2.getRange('A1:F3').getValues()).toEqual(kr.getRange('A1:F3').getValues());
    expect(kr2.getRange('A1:F3').getDisplayValues()).toEqual(kr.getRange('A1:F3').getDisplayValues());
    expect(kr2.getRange('E2').getFormula()).toBe('=SUM(B2:B)');
    expect([kr2.getRange('B3').getBackground(), kr2.getRange('F2').getNote()]).toEqual(['#ffeedd', 'kept as text']);
    expect(kr2.getRange('D2').getDataValidation()?.getAllowInvalid()).toBe(false);
    expect((kr2.getRange('D2').getDataValidation()?.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation()).toBe('A2:A1010');
    expect(kr2.getConditionalFormatRules()[0].getBooleanCondition()?.getBackground()).toBe('#ff0000');
    expect(kr2.getProtections(second.services.SpreadsheetApp.ProtectionType.SHEET)[0].getDescription()).toBe('locked');
    expect(ss2.getRangeByName('Ids')?.getValues()).toEqual([['KR1'], ['KR2']]);
    expect(second.services.PropertiesService.getScriptProperties().getProperty('okrSheets.feedToken')).toBe('abc');
    expect(second.services.PropertiesService.getUserProperties().getProperty('pref')).toBe('x');
  });

  it.each([
    [null, 'createRuntime: snapshot  must be an object from runtime.toJSON()'],
    [{ version: 2 }, 'createRuntime: snapshot .version must be 1, got 2'],
    [{ version: 1, spreadsheet: { id: 'x', name: 'n', timeZone: 'UTC', activeSheet: 'S' }, sheets: [] }, 'createRuntime: snapshot .sheets must be a non-empty array'],
    [{ version: 1, spreadsheet: { id: 'x', name: 'n', timeZone: 'UTC', activeSheet: 'S' }, sheets: [{ name: 'S' }] }, 'createRuntime: snapshot .sheets[0] needs name, maxRows, maxColumns and cells'],
  ])('rejects a malformed snapshot (%#)', (snapshot, message) => {
    expect(() => useRuntime({}, snapshot)).toThrow(message);
  });
});
