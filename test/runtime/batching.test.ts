import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

/** Reads a whole sheet the batched way, and returns what it cost. */
function readCost(rows: number): { calls: Record<string, number>; values: number } {
  const runtime = useRuntime({ maxRows: Math.max(1000, rows + 1) });
  const sheet = runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
  sheet.getRange(1, 1, rows, 3).setValues(Array.from({ length: rows }, (_, i) => [`KR-${i}`, i, i % 2 === 0]));
  runtime.calls.reset();
  const values = runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getDataRange().getValues();
  return { calls: runtime.calls.snapshot(), values: values.length };
}

describe('call counting', () => {
  it('costs the same calls to read 10 rows and 5,000 rows with getDataRange().getValues()', () => {
    const small = readCost(10);
    const large = readCost(5000);
    expect([small.values, large.values]).toEqual([10, 5000]);
    expect(large.calls).toEqual(small.calls);
    expect(large.calls).toEqual({ 'Range.getValues': 1, 'Sheet.getDataRange': 1, 'Spreadsheet.getActiveSheet': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1 });
  });

  it('shows the cost of reading cell by cell', () => {
    const runtime = useRuntime();
    const sheet = runtime.services.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    runtime.calls.reset();
    for (let row = 1; row <= 20; row++) sheet.getRange(row, 1).getValue();
    expect(runtime.calls.count('Range.getValue')).toBe(20);
    expect(runtime.calls.byService('Sheet')).toBe(20);
    expect(runtime.calls.total()).toBe(40);
  });

  it('counts every service, not only the spreadsheet', () => {
    const runtime = useRuntime();
    const { PropertiesService, CacheService, Utilities, Logger } = runtime.services;
    PropertiesService.getScriptProperties().setProperty('a', '1');
    CacheService.getScriptCache().put('k', 'v');
    Utilities.getUuid();
    Logger.log('hi');
    expect(runtime.calls.snapshot()).toEqual({
      'Cache.put': 1,
      'CacheService.getScriptCache': 1,
      'Logger.log': 1,
      'Properties.setProperty': 1,
      'PropertiesService.getScriptProperties': 1,
      'Utilities.getUuid': 1,
    });
  });
});
