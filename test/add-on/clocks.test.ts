// The workbook tests pass on any day because the runtime owns every clock the add-on can read.
// Here the same checks run at several clocks around the example tracker's period (2026-Q4, in
// New York): at its start, across the end of daylight saving (November 1), mid-period, after its
// end and a year later. At each: the due count of "Check-ins due" is the key results whose Next
// check-in falls on or before today (read from the sheet, in the sheet's zone), the feed agrees
// with the grades and statuses the sheet computes, and Check OKRs finds what the feed finds.
import { afterEach, describe, expect, it } from 'vitest';
import { dayIn, get, newTracker, publish, sheetDate, type Tracker } from './harness.js';
import { isDate } from '../runtime/realm.js';
import { MENU, MENU_NAME } from '../../shared/menu-path.js';

const CLOCKS = [
  ['at the period’s start', sheetDate(2026, 10, 1, 8), sheetDate(2026, 10, 1, 8)],
  ['across a daylight-saving change', sheetDate(2026, 10, 28, 10), sheetDate(2026, 11, 4, 10)],
  ['mid-period', sheetDate(2026, 11, 23, 10), sheetDate(2026, 11, 23, 10)],
  ['after the period’s end', sheetDate(2026, 11, 23, 10), sheetDate(2027, 1, 5, 10)],
  ['a year later', sheetDate(2026, 11, 23, 10), sheetDate(2027, 11, 23, 10)],
] as const;

let made: Tracker | undefined;
afterEach(() => made?.runtime.destroy());

/** Sets up the examples at `setUpAt`, then moves the clock to `clockAt` and lets the sheet recalculate, as an edit would. */
function trackerAt(setUpAt: Date, clockAt: Date): Tracker {
  let clock = setUpAt;
  const t = newTracker({ runtime: { now: () => clock, maxRows: 200 } });
  made = t;
  clock = clockAt;
  const scratch = t.spreadsheet.insertSheet('Clock moved');
  scratch.getRange('A1').setValue(1); // any change recalculates TODAY()
  t.spreadsheet.deleteSheet(scratch);
  return t;
}

describe.each(CLOCKS)('%s', { timeout: 120_000 }, (_, setUpAt, clockAt) => {
  it('counts the due check-ins, and the feed and Check OKRs agree with the sheet', () => {
    const t = trackerAt(setUpAt, clockAt);
    const today = dayIn(clockAt);
    const keyResults = t.records('Key Results');
    const dueInSheet = keyResults.filter((kr) => isDate(kr['Next check-in']) && dayIn(kr['Next check-in']) <= today).map((kr) => kr.ID);

    // From the menu, as Sheets runs it: the add-on reads the time with its own Date.now().
    t.addOn.onOpen();
    t.addOn[t.runtime.ui.functionFor(MENU_NAME, MENU.checkInsDue)]();
    expect(t.runtime.ui.dialogs.at(-1)?.title).toBe(`Check-ins due (${dueInSheet.length})`);

    const feed = get(t, { token: publish(t) });
    expect(feed.keyResults.filter((kr: { due: boolean }) => kr.due).map((kr: { id: string }) => kr.id).sort()).toEqual([...dueInSheet].sort());
    const sheet = new Map(keyResults.map((r) => [r.ID, r]));
    for (const kr of feed.keyResults) {
      const row = sheet.get(kr.id)!;
      // A key result without a check-in yet has no grade and no status, in the sheet (blank) and the feed (null).
      if (row.Grade === '') expect([kr.grade, kr.status, row.Status]).toEqual([null, null, '']);
      else {
        expect(kr.grade).toBeCloseTo(row.Grade as number, 12);
        expect(kr.status).toBe(String(row.Status).toLowerCase().replace(' ', '-'));
      }
    }
    const objectives = new Map(t.records('Objectives').map((r) => [r.ID, r]));
    for (const o of feed.objectives) expect(o.status ?? '').toBe(String(objectives.get(o.id)!.Status).toLowerCase().replace(' ', '-'));
    expect(feed.period.ended).toBe(today > '2026-12-31');

    const findings = t.addOn.okrSheets.checkTracker(t.spreadsheet, clockAt.getTime());
    expect(findings.map((f: { kind: string; id: string }) => `${f.kind} ${f.id}`)).toEqual(feed.findings.map((f: { kind: string; id: string }) => `${f.kind} ${f.id}`));
    const stale = feed.findings.filter((f: { kind: string }) => f.kind === 'stale-key-result').length;
    // A year on, no key result has had a check-in for two of its cadences; on the first day, none can have missed one.
    if (today >= '2027-11-01') expect(stale).toBe(keyResults.length);
    if (today === '2026-10-01') expect(stale).toBe(0);
  });
});
