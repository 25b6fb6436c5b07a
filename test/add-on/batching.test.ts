// The number of Spreadsheet service calls of each action must not grow with the rows: every
// sheet is read with one getValues and written with one setValues per block. Two trackers, of
// 10 and of 5,000 key results (with 10 and 50,000 check-ins), must cost the same calls. So must
// a recalculation cost the same custom-function calls: one per formula, each over whole columns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get, newTracker, NOW, post, publish, type Tracker } from './harness.js';

function grow(tracker: Tracker, keyResults: number, checkIns: number): void {
  const kr = tracker.spreadsheet.getSheetByName('Key Results')!;
  const rows = Array.from({ length: keyResults }, (_, i) => [`K${i}`, 'O1', `Key result ${i}`, i % 2 ? 'Ana' : 'Ben', 'increase', 0, 100]);
  // Both grids grow, as appends grow them, so set-up has the same new rows to lay out in both.
  kr.insertRowsAfter(kr.getMaxRows(), Math.max(keyResults + 1 - kr.getMaxRows(), 0) + 100);
  kr.getRange(2, 1, keyResults, 7).setValues(rows);
  const log = tracker.spreadsheet.getSheetByName('Check-ins')!;
  const entries = Array.from({ length: checkIns }, (_, i) => [new Date(NOW.getTime() - (checkIns - i) * 60_000), `K${i % keyResults}`, i % 100, 7, '', 'a@example.com', `bulk-${i}`]);
  if (checkIns + 1 > log.getMaxRows()) log.insertRowsAfter(log.getMaxRows(), checkIns + 1 - log.getMaxRows());
  log.getRange(2, 1, checkIns, 7).setValues(entries);
  const obj = tracker.spreadsheet.getSheetByName('Objectives')!;
  obj.getRange(2, 1, 1, 3).setValues([['O1', 'Everything', 'Ana']]);
}

type Calls = Record<string, number>;
interface Costs {
  setUp: Calls;
  feed: Calls;
  checkIn: Calls;
  closeQuarter: Calls;
  /** Custom-function calls of one recalculation after a check-in lands in the log. */
  recalculation: Calls;
}

/** Calls that resize the grid when data reaches its end: a constant few, whatever the rows. */
const GRID_GROWTH = /^Sheet\.(getMaxRows|getMaxColumns|insertRowsAfter|insertColumnsAfter)$/;

function spreadsheetCalls(tracker: Tracker): Calls {
  return Object.fromEntries(Object.entries(tracker.runtime.calls.snapshot()).filter(([key]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(key)));
}

const without = (calls: Calls, pattern: RegExp) => Object.fromEntries(Object.entries(calls).filter(([key]) => !pattern.test(key)));
const sum = (calls: Calls, pattern: RegExp) => Object.entries(calls).reduce((n, [key, count]) => n + (pattern.test(key) ? count : 0), 0);

function measure(keyResults: number, checkIns: number): Costs {
  const tracker = newTracker({ examples: false });
  try {
    tracker.setUp(false);
    grow(tracker, keyResults, checkIns);
    const token = publish(tracker);
    const bundle = tracker.addOn.okrSheets;
    const cost = (action: () => void) => {
      tracker.runtime.calls.reset();
      action();
      return spreadsheetCalls(tracker);
    };
    const recalculation = () => {
      tracker.column('Key Results', 'ID');
      tracker.runtime.calls.reset();
      tracker.spreadsheet.getSheetByName('Check-ins')!.appendRow([NOW, 'K2', 50]);
      expect(tracker.records('Key Results').find((r) => r.ID === 'K2')?.Current).toBe(50);
      return Object.fromEntries(Object.entries(tracker.runtime.calls.snapshot()).filter(([key]) => key.startsWith('customFunction.')));
    };
    return {
      setUp: cost(() => tracker.setUp(false)),
      recalculation: recalculation(),
      feed: cost(() => get(tracker, { token, fresh: String(Math.random()) })),
      checkIn: cost(() => expect(post(tracker, { token, id: 'K1', value: 5, requestId: `measure-${keyResults}` }).ok).toBe(true)),
      closeQuarter: cost(() => bundle.closeQuarter(tracker.spreadsheet, bundle.silentDialogs(true))),
    };
  } finally {
    tracker.runtime.destroy();
  }
}

describe('Spreadsheet calls per action', () => {
  let small: Costs;
  let large: Costs;
  beforeAll(() => {
    small = measure(10, 10);
    large = measure(5_000, 50_000);
  }, 300_000);
  afterAll(() => undefined);

  it.each(['setUp', 'feed', 'checkIn', 'closeQuarter'] as const)('%s costs the same at 10 and at 5,000 key results', (action) => {
    expect(small[action]['Range.getValues'] ?? 0).toBeGreaterThan(0);
    expect(without(large[action], GRID_GROWTH)).toEqual(without(small[action], GRID_GROWTH));
    expect(sum(large[action], GRID_GROWTH)).toBeLessThanOrEqual(sum(small[action], GRID_GROWTH) + 3);
  });

  it('runs the same custom-function calls to recalculate at 10 and at 5,000 key results', () => {
    expect(small.recalculation['customFunction.OKR_WEEKLY']).toBe(1);
    expect(large.recalculation).toEqual(small.recalculation);
  });

  it('reads each sheet once to serve the feed', () => {
    // Settings, Objectives, Key Results, Check-ins, KPIs, and the record of Key Results' fields
    // the Adjustments reconciliation compares with (apps-script/recorded-fields.ts).
    expect(large.feed['Range.getValues']).toBe(6);
    expect(large.feed['Range.setValues'] ?? 0).toBe(0);
  });

  it('writes a check-in with one call', () => {
    expect(large.checkIn['Range.setValues']).toBe(1);
  });
});
