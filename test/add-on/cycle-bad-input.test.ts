// Close quarter… and Start next period… on a damaged or reordered tracker: a clear message and
// no change at all, or the same result as on a tidy tracker.
import { describe, expect, it } from 'vitest';
import { NOW, trackersPerTest, type Tracker, sheetDate } from './harness.js';

const tracker = trackersPerTest();

const REVIEW = 'Review 2026-Q4';
const SLOW = { timeout: 120_000 };
const say = (t: Tracker, messages: string[] = []) => t.addOn.okrSheets.silentDialogs(true, messages);
const close = (t: Tracker, messages: string[] = []) => t.addOn.okrSheets.closeQuarter(t.spreadsheet, say(t, messages));
const startNext = (t: Tracker, messages: string[] = []) => t.addOn.okrSheets.startNextPeriod(t.spreadsheet, say(t, messages), NOW.getTime());

/** Every sheet's values, by name: what "changes nothing" compares. */
function snapshot(t: Tracker): Record<string, unknown[][]> {
  return Object.fromEntries(t.spreadsheet.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()]));
}

function sheet(t: Tracker, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  return t.spreadsheet.getSheetByName(name)!;
}

/** Sets the header `from` of a sheet to `to` ('' deletes it). */
function renameHeader(t: Tracker, name: string, from: string, to: string): void {
  const s = sheet(t, name);
  const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];
  s.getRange(1, headers.indexOf(from) + 1).setValue(to);
}

/** Ticks Carry over on the review row of `id`. */
function tick(t: Tracker, id: string): void {
  const values = sheet(t, REVIEW).getDataRange().getValues();
  const row = values.findIndex((r) => r[values[0].indexOf('ID')] === id) + 1;
  sheet(t, REVIEW).getRange(row, values[0].indexOf('Carry over') + 1).setValue(true);
}

describe('Close quarter… on a damaged tracker', SLOW, () => {
  // Renamed rather than deleted: the local formula engine cannot recalculate array formulas
  // whose sheet was deleted; to the add-on both leave no sheet of that name.
  it.each([
    ['the Check-ins sheet is gone', (t: Tracker) => sheet(t, 'Check-ins').setName('Old check-ins'), /no "Check-ins" sheet/],
    ['the Objectives sheet is gone', (t: Tracker) => sheet(t, 'Objectives').setName('Old objectives'), /no "Objectives" sheet/],
    ['the Grade header of Key Results is gone', (t: Tracker) => renameHeader(t, 'Key Results', 'Grade', ''), /"Key Results" sheet has no "Grade" column/],
    ['Settings has no Period end', (t: Tracker) => sheet(t, 'Settings').getRange('B4').setValue(''), /Period end/],
    ['the period ends before it starts', (t: Tracker) => sheet(t, 'Settings').getRange('B4').setValue(sheetDate(2026, 9, 1)), /Period end is not after Period start/],
  ])('says what to fix and changes nothing when %s', (_, damage, message) => {
    const t = tracker();
    damage(t);
    const before = snapshot(t);
    expect(() => close(t)).toThrow(message);
    expect(snapshot(t)).toEqual(before);
  });

  it('refuses when the review sheet of the period exists already', () => {
    const t = tracker();
    t.spreadsheet.insertSheet(REVIEW);
    const before = snapshot(t);
    const messages: string[] = [];
    expect(close(t, messages)).toBeNull();
    expect(messages.join()).toContain(`"${REVIEW}" already exists`);
    expect(snapshot(t)).toEqual(before);
  });
});

describe('Start next period… on a damaged tracker', SLOW, () => {
  it.each([
    ['the ticked key result was deleted', (t: Tracker) => sheet(t, 'Key Results').getRange('A7').setValue(''), /Key Results has no key result KR6 any more/],
    ['the review lost its Carried to column', (t: Tracker) => renameHeader(t, REVIEW, 'Carried to', ''), /"Review 2026-Q4" sheet has no "Carried to" column/],
    ['Key Results lost its Target column', (t: Tracker) => renameHeader(t, 'Key Results', 'Target', 'Goal'), /"Key Results" sheet has no "Target" column/],
    ['Settings was set back to the reviewed period', (t: Tracker) => sheet(t, 'Settings').getRange('B2').setValue('2026-Q4'), /Settings still runs 2026-Q4/],
  ])('says what to fix and changes nothing when %s', (_, damage, message) => {
    const t = tracker();
    close(t);
    tick(t, 'KR1');
    tick(t, 'KR6');
    damage(t);
    const before = snapshot(t);
    expect(() => startNext(t)).toThrow(message);
    expect(snapshot(t)).toEqual(before);
  });

  it('asks for Close quarter… first when the review sheet is gone', () => {
    const t = tracker();
    close(t);
    t.spreadsheet.deleteSheet(sheet(t, REVIEW));
    const before = snapshot(t);
    const messages: string[] = [];
    expect(startNext(t, messages)).toBeNull();
    expect(messages.join()).toContain('run Close quarter… first');
    expect(snapshot(t)).toEqual(before);
  });
});

describe('the end of the cycle on a reordered tracker', SLOW, () => {
  it('reviews and carries over exactly as on the tidy tracker', () => {
    const tidy = tracker();
    const reordered = tracker({ examples: false });
    reordered.setUp(false);
    // A user's own layout: the first seven columns shuffled, Owner's place taken by a column of
    // their own (Set up adds Owner back at the end).
    sheet(reordered, 'Key Results').getRange(1, 1, 1, 7).setValues([['Key result', 'ID', 'Target', 'Start', 'My notes', 'Type', 'Objective']]);
    reordered.setUp(true);
    for (const t of [tidy, reordered]) {
      close(t);
      tick(t, 'KR2');
      startNext(t);
    }
    expect(reordered.records(REVIEW)).toEqual(tidy.records(REVIEW));
    const carried = (t: Tracker) => {
      const { 'My notes': _notes, ...rest } = t.records('Key Results').find((r) => r.ID === 'KR2-2027-Q1')!;
      return rest;
    };
    expect(carried(reordered)).toEqual(carried(tidy));
    expect(carried(tidy)).toMatchObject({ Objective: 'O1', Type: 'decrease', Target: 25 });
  });
});
