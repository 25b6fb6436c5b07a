// "Set up tracker with examples", then the grades, statuses and due dates that the template's
// own formulas compute in a real formula engine (HyperFormula) calling the built bundle.
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, NOW, type Tracker } from './harness.js';
import { CUSTOM_FUNCTIONS } from '../../shared/functions.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const SHEET_NAMES = ['Dashboard', 'Settings', 'Objectives', 'Key Results', 'Check-ins', 'KPIs'];

describe('Set up tracker with examples', () => {
  it('creates every sheet with its headers', () => {
    tracker = newTracker();
    const names = tracker.spreadsheet.getSheets().map((s) => s.getName());
    for (const name of SHEET_NAMES) expect(names).toContain(name);
    expect(tracker.spreadsheet.getSheetByName('Key Results')!.getRange(1, 1, 1, 16).getValues()[0]).toEqual([
      'ID', 'Objective', 'Key result', 'Owner', 'Type', 'Start', 'Target', 'Current', 'Unit', 'Weight', 'Cadence', 'Last check-in', 'Next check-in', 'Grade', 'Status', 'Forecast',
    ]);
  });

  it('computes each example key result\'s grade with the template\'s formulas', () => {
    tracker = newTracker();
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

  it('writes one array formula per computed column, never one per row', () => {
    tracker = newTracker();
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    const formulas = sheet.getRange(2, 1, 8, 16).getFormulas();
    const row2 = formulas[0].filter((f) => f !== '');
    expect(row2).toHaveLength(6); // Current, Last check-in, Next check-in, Grade, Status, Forecast
    for (const row of formulas.slice(1)) expect(row.every((f) => f === '')).toBe(true);
    expect(formulas[0][13]).toBe('=OKR_GRADE(F2:F, G2:G, H2:H, E2:E)');
  });

  it('gives statuses against the expected progress today, and flags due check-ins', () => {
    tracker = newTracker();
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
    tracker = newTracker();
    const grade = Object.fromEntries(tracker.records('Objectives').map((r) => [r.ID, r.Grade]));
    expect(grade.O1).toBeCloseTo((2 * 0.5 + 0.6) / 3, 9); // KR1 weighs 2
    expect(grade.O2).toBeCloseTo(0.5, 9);
    expect(grade.O3).toBeCloseTo((0.4 + 5 / 12) / 2, 9);
    expect(grade.CO1).toBeCloseTo(((2 * 0.5 + 0.6) / 3 + (0.4 + 5 / 12) / 2) / 2, 9);
  });

  it('costs one custom-function call per column, however many rows', () => {
    tracker = newTracker();
    const counts = CUSTOM_FUNCTIONS.map((f) => tracker!.runtime.calls.count(`customFunction.${f.name}`));
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    const grade = tracker.runtime.calls.count('customFunction.OKR_GRADE');
    expect(grade).toBeLessThanOrEqual(3);
  });

  it('changes nothing a user wrote when run again', () => {
    tracker = newTracker();
    const before = tracker.records('Key Results');
    const report = tracker.setUp(false);
    expect(report.cancelled).toBe(false);
    expect(report.created).toEqual([]);
    expect(tracker.records('Key Results')).toEqual(before);
  });
});
