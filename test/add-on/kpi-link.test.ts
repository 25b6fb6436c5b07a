// Key results tied to KPIs: the KPI column of Key Results names a KPI, and the key
// result's Current then follows that KPI's check-ins, so one measurement updates both.
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, NOW, post, publish, type Tracker } from './harness.js';
import { progressLayout, PROGRESS_ROWS } from '../../shared/tracker-layout.js';

let tracker: Tracker | undefined;
/** A small grid: linking does not depend on it, and the engine recalculates it faster. */
const SMALL = { runtime: { maxRows: 150 } };
afterEach(() => tracker?.runtime.destroy());

const keyResult = (id: string) => tracker!.records('Key Results').find((r) => r.ID === id)!;
const kpi = (id: string) => tracker!.records('KPIs').find((r) => r.ID === id)!;

function tie(id: string, kpiId: string): void {
  const sheet = tracker!.spreadsheet.getSheetByName('Key Results')!;
  const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const row = tracker!.column('Key Results', 'ID').indexOf(id) + 2;
  sheet.getRange(row, headers.indexOf('KPI') + 1).setValue(kpiId);
}

describe('a key result tied to a KPI', () => {
  it("takes the KPI's latest value and time as its own", () => {
    tracker = newTracker(SMALL);
    tie('KR1', 'KPI1');
    const kr1 = keyResult('KR1');
    expect(kr1.Current).toBe(kpi('KPI1').Value);
    expect((kr1['Last check-in'] as Date).getTime()).toBe((kpi('KPI1').Updated as Date).getTime());
    expect(kr1.Grade as number).toBeCloseTo(((kr1.Current as number) - 0.65) / 0.1, 12);
  });

  it('moves with one check-in naming the KPI, and so does the KPI', () => {
    tracker = newTracker(SMALL);
    tie('KR1', 'KPI1');
    const answer = post(tracker, { token: publish(tracker), id: 'KPI1', value: 0.74, requestId: 'kpi-link-1' });
    expect(answer.ok).toBe(true);
    expect(kpi('KPI1').Value).toBe(0.74);
    expect(keyResult('KR1').Current).toBe(0.74);
    expect(keyResult('KR1').Grade as number).toBeCloseTo(0.9, 12);
    // Its weekly history reads the KPI's log too: this week (the 8th of 2026-Q4) shows the new value.
    const layout = progressLayout(14);
    const row = tracker.spreadsheet.getSheetByName('Progress')!.getRange(PROGRESS_ROWS.first, 1, 1, layout.width).getValues()[0];
    expect([row[0], row[6], row[layout.values.firstWeek - 1 + 7], row[layout.grades.firstWeek - 1 + 7]]).toEqual(['KR1', 'KPI1', 0.74, expect.closeTo(0.9, 12)]);
  });

  it('logs a check-in sent for the tied key result under the KPI, so both move and the answer says so', () => {
    tracker = newTracker(SMALL);
    tie('KR1', 'KPI1');
    const token = publish(tracker);
    const answer = post(tracker, { token, id: 'KR1', value: 0.73, requestId: 'kpi-link-kr' });
    expect(answer.checkIn).toMatchObject({ id: 'KPI1', value: 0.73 });
    expect(answer.keyResult).toMatchObject({ id: 'KR1', kpi: 'KPI1', current: 0.73 });
    expect(tracker.records('Check-ins').at(-1)).toMatchObject({ ID: 'KPI1', Value: 0.73, 'Request ID': 'kpi-link-kr' });
    expect([keyResult('KR1').Current, kpi('KPI1').Value]).toEqual([0.73, 0.73]);
    // A retry is the same check-in: nothing written, the same key result answered.
    const retry = post(tracker, { token, id: 'KR1', value: 0.73, requestId: 'kpi-link-kr' });
    expect(retry).toMatchObject({ duplicate: true, keyResult: { id: 'KR1', current: 0.73 } });
  });

  it('refuses a check-in for a key result whose KPI cell names no KPI, and writes nothing', () => {
    tracker = newTracker(SMALL);
    tie('KR1', 'KPI404');
    const rows = tracker.records('Check-ins').length;
    const answer = post(tracker, { token: publish(tracker), id: 'KR1', value: 0.73, requestId: 'kpi-link-missing' });
    expect(answer.error).toMatchObject({ code: 'not-found' });
    expect(answer.error.message).toContain('KPI404');
    expect(tracker.records('Check-ins')).toHaveLength(rows);
  });

  it("ignores check-ins under the key result's own ID while tied, and follows them again once untied", () => {
    tracker = newTracker(SMALL);
    tie('KR1', 'KPI1');
    const log = tracker.spreadsheet.getSheetByName('Check-ins')!;
    log.getRange(tracker.column('Check-ins', 'Time').length + 2, 1, 1, 3).setValues([[NOW, 'KR1', 0.6]]);
    expect(keyResult('KR1').Current).toBe(kpi('KPI1').Value);
    tie('KR1', '');
    expect(keyResult('KR1').Current).toBe(0.6);
  });

  it('offers the KPIs sheet\'s IDs in the KPI column', () => {
    tracker = newTracker(SMALL);
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const rule = sheet.getRange(2, headers.indexOf('KPI') + 1).getDataValidation()!;
    const [range, dropdown] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range, boolean];
    expect([range.getSheet().getName(), range.getA1Notation().replace(/\d+$/, ''), dropdown, rule.getAllowInvalid()]).toEqual(['KPIs', 'A2:A', true, true]);
  });
});

describe('Promote KPI to OKR', () => {
  it('ties the new key result to the KPI, so the KPI\'s next check-in moves it', () => {
    tracker = newTracker(SMALL);
    const bundle = tracker.addOn.okrSheets;
    const logged = tracker.records('Check-ins').length;
    bundle.promoteKpi(tracker.spreadsheet, bundle.silentDialogs(true), NOW.getTime());
    expect(keyResult('KR-KPI3')).toMatchObject({ KPI: 'KPI3', Current: 6, Grade: 0 });
    expect(tracker.records('Check-ins')).toHaveLength(logged); // the KPI's own log is the key result's
    post(tracker, { token: publish(tracker), id: 'KPI3', value: 5, requestId: 'kpi-link-2' });
    expect(keyResult('KR-KPI3')).toMatchObject({ Current: 5, Grade: 0.5 });
  });
});
