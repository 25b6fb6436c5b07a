// "Set up tracker with examples", then the grades, statuses and due dates that the template's
// own formulas compute in a real formula engine (HyperFormula) calling the built bundle.
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, NOW, type Tracker } from './harness.js';
import { CUSTOM_FUNCTIONS } from '../../shared/functions/functions.js';

let tracker: Tracker | undefined;
/** A small grid: nothing here depends on its size (batching.test.ts covers 5,000 rows), and it recalculates fast. */
const SMALL = { runtime: { maxRows: 150 } };
afterEach(() => tracker?.runtime.destroy());

const SHEET_NAMES = ['Dashboard', 'Settings', 'Objectives', 'Key Results', 'Check-ins', 'KPIs', 'Progress'];
const NEW_COLUMNS = ['Forecast grade', 'Needs / week', 'Progress', 'KPI'];

describe('Set up tracker with examples', () => {
  it('creates every sheet with its headers', () => {
    tracker = newTracker(SMALL);
    const names = tracker.spreadsheet.getSheets().map((s) => s.getName());
    for (const name of SHEET_NAMES) expect(names).toContain(name);
    expect(tracker.spreadsheet.getSheetByName('Key Results')!.getRange(1, 1, 1, 20).getValues()[0]).toEqual([
      'ID', 'Objective', 'Key result', 'Owner', 'Type', 'Start', 'Target', 'Current', 'Unit', 'Weight', 'Cadence', 'Last check-in', 'Next check-in', 'Grade', 'Status', 'Forecast',
      ...NEW_COLUMNS,
    ]);
  });

  it('computes each example key result\'s grade with the template\'s formulas', () => {
    tracker = newTracker(SMALL);
    const ids = tracker.column('Key Results', 'ID');
    const grades = tracker.column('Key Results', 'Grade');
    const byId = Object.fromEntries(ids.map((id, i) => [id, grades[i]]));
    expect(byId.KR1).toBeCloseTo(0.5, 9); // 65% → 75%, now 70%
    expect(byId.KR2).toBeCloseTo(0.6, 9); // 30 → 25 days, now 27
    expect(byId.KR3).toBe(1); // utilisation 75% inside 70–80%
    expect(byId.KR4).toBe(0); // baseline not measured yet
    expect(byId.KR5).toBeCloseTo(0.4, 9); // milestone 40%
    expect(byId.KR6).toBeCloseTo(5 / 12, 9);
  });

  it('writes one array formula per computed column, never one per row, but for the sparklines', () => {
    tracker = newTracker(SMALL);
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    const formulas = sheet.getRange(2, 1, 8, 20).getFormulas();
    const progress = 18; // the SPARKLINE column: Sheets draws one chart per cell
    const row2 = formulas[0].filter((f, i) => f !== '' && i !== progress);
    expect(row2).toHaveLength(8); // Current, Last check-in, Next check-in, Grade, Status, Forecast, Forecast grade, Needs / week
    for (const row of formulas.slice(1)) expect(row.filter((f, i) => f !== '' && i !== progress)).toEqual([]);
    expect(formulas[0][13]).toBe('=OKR_GRADE(F2:F, G2:G, H2:H, E2:E)');
    expect(formulas[0][16]).toBe('=OKR_GRADE(F2:F, G2:G, P2:P, E2:E)');
    expect(formulas[0][17]).toBe('=OKR_PACE(F2:F, G2:G, H2:H, Settings!$B$4, TODAY(), Settings!$B$5, E2:E)');
  });

  it('gives statuses against the expected progress today, and flags due check-ins', () => {
    tracker = newTracker(SMALL);
    const rows = tracker.records('Key Results');
    const status = Object.fromEntries(rows.map((r) => [r.ID, r.Status]));
    // 2026-11-23 is 53 of 91 days into 2026-Q4: expected grade 0.7 × 0.58 ≈ 0.41.
    expect(status.KR1).toBe('On track');
    expect(status.KR3).toBe('Done');
    expect(status.KR4).toBe('Off track');
    const due = Object.fromEntries(rows.map((r) => [r.ID, (r['Next check-in'] as Date).getTime() <= NOW.getTime()]));
    expect(due).toEqual({ KR1: false, KR2: true, KR3: false, KR4: true, KR5: true, KR6: true });
  });

  it('rolls key results up into objectives and objectives into their parent', () => {
    tracker = newTracker(SMALL);
    const grade = Object.fromEntries(tracker.records('Objectives').map((r) => [r.ID, r.Grade]));
    expect(grade.O1).toBeCloseTo((2 * 0.5 + 0.6) / 3, 9); // KR1 weighs 2
    expect(grade.O2).toBeCloseTo(0.5, 9);
    expect(grade.O3).toBeCloseTo((0.4 + 5 / 12) / 2, 9);
    expect(grade.CO1).toBeCloseTo(((2 * 0.5 + 0.6) / 3 + (0.4 + 5 / 12) / 2) / 2, 9);
  });

  it('runs each custom function once per formula naming it when a check-in arrives, however many rows', () => {
    tracker = newTracker(SMALL);
    const formulas = tracker.spreadsheet.getSheets().flatMap((sheet) => sheet.getDataRange().getFormulas().flat().filter((f) => f !== '')).join('\n');
    tracker.runtime.calls.reset();
    const log = tracker.spreadsheet.getSheetByName('Check-ins')!;
    log.getRange(tracker.column('Check-ins', 'Time').length + 2, 1, 1, 3).setValues([[NOW, 'KR6', 6]]);
    expect(tracker.records('Key Results').find((r) => r.ID === 'KR6')?.Current).toBe(6);
    for (const { name } of CUSTOM_FUNCTIONS) {
      const named = formulas.split(`${name}(`).length - 1;
      expect([name, tracker.runtime.calls.count(`customFunction.${name}`)]).toEqual([name, named]);
    }
  });

  it('changes nothing a user wrote when run again', () => {
    tracker = newTracker(SMALL);
    const before = tracker.records('Key Results');
    const report = tracker.setUp(false);
    expect(report.cancelled).toBe(false);
    expect(report.created).toEqual([]);
    expect(tracker.records('Key Results')).toEqual(before);
  });
});

/** The template's older formulas, as trackers made with it hold them (git 5dd8332). */
const OLD_FORMULAS: Record<string, string> = {
  Current: "=OKR_LATEST(A2:A, 'Check-ins'!B2:B, 'Check-ins'!A2:A, 'Check-ins'!C2:C)",
  'Last check-in': "=OKR_LATEST(A2:A, 'Check-ins'!B2:B, 'Check-ins'!A2:A, 'Check-ins'!A2:A)",
  Forecast: "=OKR_FORECAST(A2:A, 'Check-ins'!B2:B, 'Check-ins'!A2:A, 'Check-ins'!C2:C, Settings!$B$4)",
};

/** Turns a tracker back into one the old template made: 16 Key Results columns, then the user's own. */
function asOldTracker(t: Tracker): void {
  const sheet = t.spreadsheet.getSheetByName('Key Results')!;
  sheet.getRange(1, 17, sheet.getMaxRows(), 4).clear();
  sheet.getRange(1, 17).setValue('My notes');
  sheet.getRange(3, 17).setValue('ask Ben');
  const headers = sheet.getRange(1, 1, 1, 16).getValues()[0];
  for (const [header, formula] of Object.entries(OLD_FORMULAS)) sheet.getRange(2, headers.indexOf(header) + 1).setFormula(formula);
  const dashboard = t.spreadsheet.getSheetByName('Dashboard')!;
  for (const chart of dashboard.getCharts()) dashboard.removeChart(chart);
  // Renamed, not deleted: HyperFormula cannot remove a sheet that array formulas read (runtime gap).
  t.spreadsheet.getSheetByName('Progress')!.setName('Old copy');
}

describe('Set up tracker on a tracker made by the old template', () => {
  it('adds the new columns, the Progress sheet and the charts without asking, and touches no data', () => {
    tracker = newTracker(SMALL);
    asOldTracker(tracker);
    const keyResults = tracker.records('Key Results');
    const log = tracker.records('Check-ins');
    const report = tracker.setUp(false, false);
    expect(report.cancelled).toBe(false);
    expect(report.addedHeaders).toEqual(NEW_COLUMNS.map((h) => `Key Results › ${h}`));
    const after = tracker.records('Key Results');
    const headers = tracker.spreadsheet.getSheetByName('Key Results')!.getRange(1, 1, 1, 21).getValues()[0];
    expect(headers.slice(16)).toEqual(['My notes', ...NEW_COLUMNS]);
    for (const [i, row] of keyResults.entries()) for (const [header, value] of Object.entries(row)) expect([header, after[i][header]]).toEqual([header, value]);
    expect(tracker.records('Check-ins')).toEqual(log);
    expect(after.find((r) => r.ID === 'KR1')?.['Needs / week']).toEqual(expect.any(Number));
    expect(report.charts).toBe(4);
    expect(tracker.spreadsheet.getSheetByName('Progress')).not.toBeNull();
  });

  it('points the new formulas at the columns where the repair put them', () => {
    tracker = newTracker(SMALL);
    asOldTracker(tracker);
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    const report = tracker.setUp(false, false);
    expect(report.cancelled).toBe(false);
    expect(sheet.getRange('H2').getFormula()).toContain("IF(A2:A=\"\", \"\", IF(U2:U=\"\", A2:A, U2:U))");
  });
});

describe('Set up tracker asks before replacing what a user made', () => {
  it('asks before replacing a Progress sheet of their own, and keeps it on no', () => {
    tracker = newTracker({ ...SMALL, examples: false });
    const own = tracker.spreadsheet.insertSheet('Progress');
    own.getRange('A1:B2').setValues([['Week', 'Done'], ['W1', 'lots']]);
    const messages: string[] = [];
    const bundle = tracker.addOn.okrSheets;
    const report = bundle.setUpTracker(tracker.spreadsheet, bundle.silentDialogs(false, messages), NOW.getTime(), false);
    expect(report.cancelled).toBe(true);
    expect(messages.join()).toContain('Progress: this sheet was not made by okr-sheets');
    expect(own.getRange('A1:B2').getValues()).toEqual([['Week', 'Done'], ['W1', 'lots']]);
  });

  it('asks before replacing a value typed into the Progress column', () => {
    tracker = newTracker(SMALL);
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    sheet.getRange(3, 19).setValue('going well');
    const messages: string[] = [];
    const bundle = tracker.addOn.okrSheets;
    expect(bundle.setUpTracker(tracker.spreadsheet, bundle.silentDialogs(false, messages), NOW.getTime(), false).cancelled).toBe(true);
    expect(messages.join()).toContain('Key Results › Progress: 1 typed value(s) will be replaced');
    expect(sheet.getRange(3, 19).getValue()).toBe('going well');
  });
});
