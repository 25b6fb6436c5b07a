// The Adjustments log through the built bundle: a person's edits of Start, Target, Type and
// Weight, delivered to onEdit(e) as Sheets delivers them (test/runtime/edit-event.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, type Tracker } from './harness.js';
import { editAsUser, type UserEdit } from '../runtime/edit-event.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const SLOW = { timeout: 90_000 };

function letter(t: Tracker, header: string): string {
  const headers = t.spreadsheet.getSheetByName('Key Results')!.getRange(1, 1, 1, 26).getValues()[0];
  return String.fromCharCode(65 + headers.indexOf(header));
}

/** The sheet row of a key result. */
function rowOf(t: Tracker, id: string): number {
  return t.column('Key Results', 'ID').indexOf(id) + 2;
}

function edit(t: Tracker, change: Omit<UserEdit, 'sheet'> & { sheet?: string }): void {
  editAsUser(t.runtime, t.addOn, { sheet: 'Key Results', ...change });
}

const adjustments = (t: Tracker) => (t.spreadsheet.getSheetByName('Adjustments') === null ? [] : t.records('Adjustments'));

describe('onEdit logs adjustments', SLOW, () => {
  it('logs an edit of a target once, with its old and new values, and leaves the reason to fill in', () => {
    tracker = newTracker();
    const t = tracker;
    const old = t.records('Key Results').find((r) => r.ID === 'KR2')!.Target;
    const now = t.runtime.clock.now().getTime();
    edit(t, { range: `${letter(t, 'Target')}${rowOf(t, 'KR2')}`, values: [[24]] });
    edit(t, { range: `${letter(t, 'Key result')}${rowOf(t, 'KR2')}`, values: [['Cut onboarding to 24 days']] });
    const rows = adjustments(t);
    expect(rows).toEqual([{ Time: expect.anything(), ID: 'KR2', Field: 'Target', 'Old value': old, 'New value': 24, By: '', Reason: '' }]);
    const time = (rows[0].Time as Date).getTime();
    // The trigger's Date.now() is the runtime clock.
    expect(time).toBe(now);
  });

  it('names the editor when Google tells the trigger who it was', () => {
    tracker = newTracker();
    edit(tracker, { range: `${letter(tracker, 'Weight')}${rowOf(tracker, 'KR3')}`, values: [[3]], user: 'ben@example.com' });
    expect(adjustments(tracker)).toMatchObject([{ ID: 'KR3', Field: 'Weight', 'Old value': '', 'New value': 3, By: 'ben@example.com' }]);
  });

  it('logs a pasted block with the old values the add-on last recorded (Google gives none for a block)', () => {
    tracker = newTracker();
    const t = tracker;
    const [start, target] = [letter(t, 'Start'), letter(t, 'Target')];
    expect(target.charCodeAt(0)).toBe(start.charCodeAt(0) + 1);
    const before = t.records('Key Results').slice(0, 3).map((r) => [r.Start, r.Target]);
    edit(t, { range: `${start}2:${target}4`, values: [[0.6, 0.8], [31, 24], [0.7, 0.85]] });
    expect(adjustments(t).map((r) => [r.ID, r.Field, r['Old value'], r['New value']])).toEqual([
      ['KR1', 'Start', before[0][0], 0.6],
      ['KR1', 'Target', before[0][1], 0.8],
      ['KR2', 'Start', before[1][0], 31],
      ['KR2', 'Target', before[1][1], 24],
      // KR3's Start was 0.7 already: pasting the same value over it changes nothing.
      ['KR3', 'Target', before[2][1], 0.85],
    ]);
    expect(before[2][0]).toBe(0.7);
  });

  it('logs a pasted block with the old values unknown when nothing was recorded yet', () => {
    tracker = newTracker();
    const t = tracker;
    t.spreadsheet.deleteSheet(t.spreadsheet.getSheetByName('Recorded fields')!);
    const [start, target] = [letter(t, 'Start'), letter(t, 'Target')];
    edit(t, { range: `${start}2:${target}3`, values: [[0.6, 0.8], [31, 24]] });
    expect(adjustments(t).map((r) => [r.ID, r.Field, r['Old value'], r['New value']])).toEqual([
      ['KR1', 'Start', '(unknown)', 0.6],
      ['KR1', 'Target', '(unknown)', 0.8],
      ['KR2', 'Start', '(unknown)', 31],
      ['KR2', 'Target', '(unknown)', 24],
    ]);
  });

  it('never rewrites past check-ins when a target changes: the grade follows from the same log', () => {
    tracker = newTracker();
    const t = tracker;
    const log = t.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues();
    const kr = t.records('Key Results').find((r) => r.ID === 'KR6')!;
    edit(t, { range: `${letter(t, 'Target')}${rowOf(t, 'KR6')}`, values: [[20]] });
    expect(t.spreadsheet.getSheetByName('Check-ins')!.getDataRange().getValues()).toEqual(log);
    const after = t.records('Key Results').find((r) => r.ID === 'KR6')!;
    expect(after.Current).toBe(kr.Current);
    expect(after.Grade).toBeCloseTo((Number(kr.Current) - Number(kr.Start)) / (20 - Number(kr.Start)), 9);
    expect(adjustments(t)).toHaveLength(1);
  });

  it.each([
    ['a check-in typed into the log', { sheet: 'Check-ins', range: 'C2', values: [[0.66]] }],
    ['a key result title', { range: 'C2', values: [['A better title']] }],
    ['the header row', { range: 'G1', values: [['Target']] }],
    ['a target retyped unchanged', { range: 'G3', values: [[25]] }],
    ['a row with no ID yet', { range: 'F40:G40', values: [[1, 2]] }],
  ])('logs nothing for %s, and makes no Adjustments sheet', (_, change) => {
    tracker = newTracker();
    expect(letter(tracker, 'Target')).toBe('G');
    edit(tracker, change);
    expect(tracker.spreadsheet.getSheetByName('Adjustments')).toBeNull();
  });

  it('keeps the user on their sheet when it creates the Adjustments sheet, and still marks the feed stale', () => {
    tracker = newTracker();
    const t = tracker;
    const properties = (t.runtime.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties();
    const revision = Number(properties.getProperty('okrSheets.revision') ?? '0');
    t.spreadsheet.setActiveSheet(t.spreadsheet.getSheetByName('Key Results')!);
    edit(t, { range: `${letter(t, 'Type')}${rowOf(t, 'KR1')}`, values: [['threshold']] });
    expect(t.spreadsheet.getActiveSheet().getName()).toBe('Key Results');
    expect(adjustments(t)).toMatchObject([{ ID: 'KR1', Field: 'Type', 'Old value': 'increase', 'New value': 'threshold' }]);
    expect(Number(properties.getProperty('okrSheets.revision'))).toBe(revision + 1);
  });

  it('finds Start, Target and ID by header after the user reorders the columns', () => {
    tracker = newTracker({ examples: false });
    const t = tracker;
    t.setUp(false);
    t.spreadsheet.getSheetByName('Key Results')!.getRange(1, 1, 1, 7).setValues([['Target', 'Key result', 'Start', 'ID', 'Type', 'Owner', 'Objective']]);
    t.setUp(true);
    const row = rowOf(t, 'KR2');
    edit(t, { range: `A${row}`, values: [[26]] });
    expect(adjustments(t)).toMatchObject([{ ID: 'KR2', Field: 'Target', 'Old value': 25, 'New value': 26 }]);
  });

  it('still logs, within the 30 s a simple trigger has, while an action holds the lock', () => {
    tracker = newTracker();
    tracker.runtime.locks.holdScriptLock();
    edit(tracker, { range: `${letter(tracker, 'Target')}${rowOf(tracker, 'KR1')}`, values: [[0.8]] });
    expect(adjustments(tracker)).toHaveLength(1);
  });

  it('appends below earlier adjustments and restores a deleted header', () => {
    tracker = newTracker();
    const t = tracker;
    edit(t, { range: `${letter(t, 'Target')}${rowOf(t, 'KR1')}`, values: [[0.8]] });
    t.spreadsheet.getSheetByName('Adjustments')!.getRange('G1').setValue('');
    edit(t, { range: `${letter(t, 'Target')}${rowOf(t, 'KR1')}`, values: [[0.85]] });
    expect(t.spreadsheet.getSheetByName('Adjustments')!.getRange('G1').getValue()).toBe('Reason');
    expect(adjustments(t).map((r) => [r['Old value'], r['New value']])).toEqual([
      [0.75, 0.8],
      [0.8, 0.85],
    ]);
  });
});
