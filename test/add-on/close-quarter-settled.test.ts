// Close quarter copies computed cells for good, so it must not copy a "Loading..." or #ERROR!
// that Sheets shows while a custom function is still recalculating
// (https://developers.google.com/apps-script/guides/sheets/functions). The runtime shows a cell
// as loading for a number of reads (runtime.presentLoading).
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, NOW, type Tracker } from './harness.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const SLOW = { timeout: 90_000 };

function a1(t: Tracker, sheet: string, id: string, header: string): string {
  const values = t.spreadsheet.getSheetByName(sheet)!.getDataRange().getValues();
  const column = values[0].indexOf(header);
  const row = values.findIndex((r) => r[0] === id);
  return `'${sheet}'!${String.fromCharCode(65 + column)}${row + 1}`;
}

const close = (t: Tracker) => t.addOn.okrSheets.closeQuarter(t.spreadsheet, t.addOn.okrSheets.silentDialogs(true), NOW.getTime());

describe('Close quarter reads settled values', SLOW, () => {
  it('waits out a cell that is still loading at the first read under the lock, and archives its value', () => {
    tracker = newTracker();
    const t = tracker;
    const grade = t.records('Key Results').find((r) => r.ID === 'KR3')!.Grade;
    // Read 1 is the check before the question, read 2 the first under the lock; read 3 is settled.
    t.runtime.presentLoading(a1(t, 'Key Results', 'KR3', 'Grade'), 2);
    const done = close(t);
    expect(done.archive).toBe('2026-Q4');
    const archived = t.spreadsheet.getSheetByName('2026-Q4')!.getDataRange().getValues();
    expect(archived.flat()).not.toContain('Loading...');
    expect(archived.flat()).toContain(grade);
    expect(t.runtime.calls.count('SpreadsheetApp.flush')).toBeGreaterThanOrEqual(2);
  });

  it('refuses to archive while a computed cell stays loading, naming it, and changes nothing', () => {
    tracker = newTracker();
    const t = tracker;
    const sheets = t.spreadsheet.getSheets().map((s) => s.getName());
    t.runtime.presentLoading(a1(t, 'Key Results', 'KR3', 'Grade'), 10);
    t.runtime.presentLoading(a1(t, 'Objectives', 'O2', 'Status'), 10);
    let message = '';
    try {
      close(t);
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toContain('nothing was archived');
    expect(message).toMatch(/Objectives › Status, row \d+ \(Loading\.\.\.\)/);
    expect(message).toMatch(/Key Results › Grade, row \d+ \(Loading\.\.\.\)/);
    expect(() => close(t)).toThrow(/Wait a moment and run Close quarter… again/);
    expect(t.spreadsheet.getSheets().map((s) => s.getName())).toEqual(sheets);
    expect(t.spreadsheet.getSheetByName('Settings')!.getRange('B2').getValue()).toBe('2026-Q4');
  });

  it('refuses a computed cell showing #ERROR!', () => {
    tracker = newTracker();
    const t = tracker;
    const bundle = t.addOn.okrSheets;
    const sources = { objectives: [['ID', 'Grade', 'Status'], ['O1', '#ERROR!', 'On track']], keyResults: [['ID', 'Grade'], ['KR1', 0.5], ['', '#REF!']], log: [] };
    expect(bundle.unsettledCells(sources)).toEqual(['Objectives › Grade, row 2 (#ERROR!)']);
  });
});
