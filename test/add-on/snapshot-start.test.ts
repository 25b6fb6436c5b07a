// The workbook tests start most trackers from the snapshot of one set up with examples
// (harness.ts). That is only sound if a restored tracker is the tracker Set up made: the same
// sheets, cells, formats, rules, protections, charts and properties, and the same values once the
// formulas are computed again.
import { describe, expect, it } from 'vitest';
import { newTracker, type Tracker } from './harness.js';

const everything = (t: Tracker) => {
  const { spreadsheet, sheets, ...saved } = t.runtime.toJSON() as { spreadsheet: Record<string, unknown>; sheets: Record<string, unknown>[] };
  // Each new spreadsheet and sheet gets its own random id; nothing else may differ.
  const values = t.spreadsheet.getSheets().map((sheet) => [sheet.getName(), sheet.getDataRange().getValues()]);
  return { saved, spreadsheet: { ...spreadsheet, id: '(id)' }, sheets: sheets.map((sheet) => ({ ...sheet, sheetId: '(id)' })), values };
};

describe('a tracker started from the snapshot of a set-up one', { timeout: 120_000 }, () => {
  it('equals a tracker set up for real, values and charts included', () => {
    const fresh = newTracker({ fresh: true });
    newTracker().runtime.destroy(); // makes sure a snapshot of this kind exists
    const restored = newTracker();
    try {
      expect(everything(restored)).toEqual(everything(fresh));
      const charts = (t: Tracker) => t.spreadsheet.getSheetByName('Dashboard')!.getCharts().length;
      expect(charts(restored)).toBeGreaterThan(0);
    } finally {
      fresh.runtime.destroy();
      restored.runtime.destroy();
    }
  });
});
