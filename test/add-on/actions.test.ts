// The menu actions through the built bundle: promote a KPI, close a quarter, publish, and the
// repair path of set-up on a damaged or reordered tracker.
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, NOW, type Tracker } from './harness.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const bundle = () => tracker!.addOn.okrSheets;
const say = (answer: boolean, messages: string[] = []) => bundle().silentDialogs(answer, messages);

describe('Promote KPI to OKR', () => {
  it('turns the KPI in breach into an objective and a key result back to its band', () => {
    tracker = newTracker();
    const done = bundle().promoteKpi(tracker.spreadsheet, say(true), NOW.getTime());
    expect(done).toEqual({ kpi: 'KPI3', objective: 'O-KPI3', keyResult: 'KR-KPI3' });
    const kr = tracker.records('Key Results').find((r) => r.ID === 'KR-KPI3')!;
    expect(kr).toMatchObject({ Objective: 'O-KPI3', Type: 'decrease', Start: 6, Target: 4, Current: 6, Grade: 0 });
    expect(tracker.records('Objectives').find((r) => r.ID === 'O-KPI3')).toBeDefined();
    // Right below the examples, not below the array formulas' blank spill at the grid's end.
    expect(tracker.column('Key Results', 'ID').indexOf('KR-KPI3')).toBe(6);
    expect(tracker.column('Objectives', 'ID').indexOf('O-KPI3')).toBe(4);
  });

  it('creates nothing twice', () => {
    tracker = newTracker();
    bundle().promoteKpi(tracker.spreadsheet, say(true), NOW.getTime());
    const rows = tracker.records('Key Results').length;
    const messages: string[] = [];
    expect(bundle().promoteKpi(tracker.spreadsheet, say(true, messages), NOW.getTime())).toBeNull();
    expect(messages.join()).toContain('Already promoted');
    expect(tracker.records('Key Results')).toHaveLength(rows);
  });

  it('changes nothing when the user says no', () => {
    tracker = newTracker();
    const rows = tracker.records('Key Results').length;
    expect(bundle().promoteKpi(tracker.spreadsheet, say(false), NOW.getTime())).toBeNull();
    expect(tracker.records('Key Results')).toHaveLength(rows);
  });

  it('refuses a KPI that is not in breach, naming those that are', () => {
    tracker = newTracker();
    const messages: string[] = [];
    expect(bundle().promoteKpi(tracker.spreadsheet, say(true, messages), NOW.getTime(), 'KPI1')).toBeNull();
    expect(messages.join()).toContain('In breach: KPI3');
  });
});

describe('Close quarter', () => {
  it('archives the period as values and moves Settings on to the next quarter', () => {
    tracker = newTracker();
    const logRows = tracker.records('Check-ins').length;
    const done = bundle().closeQuarter(tracker.spreadsheet, say(true));
    expect(done.archive).toBe('2026-Q4');
    expect(done.next).toEqual({ name: '2027-Q1', start: '2027-01-01', end: '2027-03-31' });
    expect(done.rows).toEqual({ objectives: 4, keyResults: 6, checkIns: logRows });
    const archive = tracker.spreadsheet.getSheetByName('2026-Q4')!;
    expect(archive.getDataRange().getFormulas().flat().every((f) => f === '')).toBe(true);
    const values = archive.getDataRange().getValues();
    expect(values.some((row) => row[0] === 'KR1')).toBe(true);
    const settings = tracker.spreadsheet.getSheetByName('Settings')!.getRange('B2:B4').getValues().flat();
    expect(settings[0]).toBe('2027-Q1');
    expect(tracker.records('Check-ins')).toHaveLength(logRows); // nothing deleted
  });

  it('refuses to close the same period twice', () => {
    tracker = newTracker();
    bundle().closeQuarter(tracker.spreadsheet, say(true));
    const sheet = tracker.spreadsheet.getSheetByName('Settings')!;
    sheet.getRange('B2').setValue('2026-Q4');
    const messages: string[] = [];
    expect(bundle().closeQuarter(tracker.spreadsheet, say(true, messages))).toBeNull();
    expect(messages.join()).toContain('already exists');
  });
});

describe('Publish for the browser extension', () => {
  it('makes a long random token once, and rotates it only when asked', () => {
    tracker = newTracker();
    const first = bundle().publishToken(say(true));
    expect(first.token).toMatch(/^[0-9a-f]{64}$/);
    expect(bundle().publishToken(say(false)).token).toBe(first.token);
    expect(bundle().publishToken(say(true)).token).not.toBe(first.token);
  });
});

describe('Set up tracker on a damaged tracker', () => {
  it('adds a deleted column back without touching the data', () => {
    tracker = newTracker();
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    sheet.getRange(1, 9).setValue(''); // the Unit header is gone
    const report = tracker.setUp(false);
    expect(report.addedHeaders).toEqual(['Key Results › Unit']);
    expect(tracker.column('Key Results', 'ID').slice(0, 6)).toEqual(['KR1', 'KR2', 'KR3', 'KR4', 'KR5', 'KR6']);
  });

  it('asks before replacing values typed into a computed column, and keeps them in the log', () => {
    tracker = newTracker({ examples: false });
    tracker.setUp(false);
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    sheet.getRange(2, 8).setFormula('');
    sheet.getRange(2, 1, 2, 8).setValues([
      ['A1', '', 'Typed current', '', 'increase', 0, 10, 4],
      ['A2', '', 'Another', '', 'increase', 0, 10, 6],
    ]);
    const refused = tracker.setUp(false, false);
    expect(refused.cancelled).toBe(true);
    const report = tracker.setUp(false, true);
    expect(report.movedToLog).toBe(2);
    const grades = Object.fromEntries(tracker.records('Key Results').map((r) => [r.ID, r.Grade]));
    expect(grades).toEqual({ A1: 0.4, A2: 0.6 });
  });

  it('reads columns by header after the user reorders them', () => {
    tracker = newTracker({ examples: false });
    tracker.setUp(false);
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    // A user's own layout: Target before Start, and an extra column of their own.
    sheet.getRange(1, 1, 1, 5).setValues([['Key result', 'ID', 'Target', 'Start', 'My notes']]);
    const report = tracker.setUp(false);
    expect(report.cancelled).toBe(false);
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    expect(headers.slice(0, 5)).toEqual(['Key result', 'ID', 'Target', 'Start', 'My notes']);
    expect(headers).toContain('Grade');
    sheet.getRange(2, 1, 1, 4).setValues([['Ship it', 'R1', 10, 0]]);
    const log = tracker.spreadsheet.getSheetByName('Check-ins')!;
    log.getRange(2, 1, 1, 3).setValues([[NOW, 'R1', 5]]);
    expect(tracker.records('Key Results').find((r) => r.ID === 'R1')?.Grade).toBe(0.5);
  });
});

describe('writes under the script lock', () => {
  it('promotes nothing while another execution holds the lock', () => {
    tracker = newTracker();
    const rows = tracker.records('Key Results').length;
    const log = tracker.records('Check-ins').length;
    tracker.runtime.locks.holdScriptLock();
    expect(() => bundle().promoteKpi(tracker!.spreadsheet, say(true), NOW.getTime())).toThrow(/Lock timeout/);
    expect(tracker.records('Key Results')).toHaveLength(rows);
    expect(tracker.records('Check-ins')).toHaveLength(log);
  });

  it('archives nothing while another execution holds the lock', () => {
    tracker = newTracker();
    tracker.runtime.locks.holdScriptLock();
    expect(() => bundle().closeQuarter(tracker!.spreadsheet, say(true))).toThrow(/Lock timeout/);
    expect(tracker.spreadsheet.getSheetByName('2026-Q4')).toBeNull();
  });
});
