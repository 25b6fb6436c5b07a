// Formulas that survive people: a value typed into a computed column stops its array formula
// for every row (#REF! in row 2), and sorting the sheet moves the row-2 formula. The computed
// ranges carry a warning-only protection; Check OKRs… and Set up find a broken spill and repair
// it, copying typed Current values into the log first.
import { afterEach, describe, expect, it } from 'vitest';
import { newTracker, NOW, type Tracker } from './harness.js';
import { editAsUser } from '../runtime/edit-event.js';

let tracker: Tracker | undefined;
afterEach(() => tracker?.runtime.destroy());

const SLOW = { timeout: 120_000 };
const sheet = (t: Tracker, name: string) => t.spreadsheet.getSheetByName(name)!;
// The fake's enums are their own names (test/runtime/enums.ts).
const RANGE = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
const SHEET = 'SHEET' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;

function letterOf(t: Tracker, name: string, header: string): string {
  const headers = sheet(t, name).getRange(1, 1, 1, sheet(t, name).getLastColumn()).getValues()[0];
  const index = headers.indexOf(header);
  if (index < 0) throw new Error(`no ${header}`);
  return String.fromCharCode(65 + index);
}

function rowOf(t: Tracker, id: string): number {
  return t.column('Key Results', 'ID').indexOf(id) + 2;
}

function columnFormulas(t: Tracker, header: string): string[] {
  const letter = letterOf(t, 'Key Results', header);
  return sheet(t, 'Key Results').getRange(`${letter}2:${letter}8`).getFormulas().map((r) => r[0]);
}

function click(t: Tracker, caption: string): void {
  t.addOn.onOpen();
  t.addOn[t.runtime.ui.functionFor('OKR', caption)]();
}

describe('computed columns', SLOW, () => {
  it('carry a warning-only protection over rows 2 and below, like the header row', () => {
    tracker = newTracker();
    const t = tracker;
    const kr = sheet(t, 'Key Results');
    const protections = kr.getProtections(RANGE);
    const grade = protections.find((p) => p.getDescription().startsWith('okr-sheets: computed column Grade'))!;
    expect(grade.isWarningOnly()).toBe(true);
    expect(grade.getRange().getA1Notation()).toBe(`${letterOf(t, 'Key Results', 'Grade')}2:${letterOf(t, 'Key Results', 'Grade')}${kr.getMaxRows()}`);
    const computed = protections.filter((p) => p.getDescription().startsWith('okr-sheets: computed column')).map((p) => p.getDescription().split(':')[1].replace(' computed column ', ''));
    expect(computed).toEqual(['Current', 'Last check-in', 'Next check-in', 'Grade', 'Status', 'Forecast', 'Forecast grade', 'Needs / week', 'Progress']);
    expect(sheet(t, 'Objectives').getProtections(RANGE).filter((p) => p.getDescription().includes('computed column')).every((p) => p.isWarningOnly())).toBe(true);
    expect(sheet(t, 'Progress').getProtections(SHEET)[0].isWarningOnly()).toBe(true);
    // A second set up replaces its protections, never piles them up.
    t.setUp(false);
    expect(kr.getProtections(RANGE).filter((p) => p.getDescription().includes('computed column'))).toHaveLength(9);
  });

  it('show #REF! with Google\'s note in row 2 once a value is typed into their range, and every row goes blank', () => {
    tracker = newTracker();
    const t = tracker;
    const grade = letterOf(t, 'Key Results', 'Grade');
    editAsUser(t.runtime, t.addOn, { sheet: 'Key Results', range: `${grade}5`, values: [[0.9]] });
    expect(sheet(t, 'Key Results').getRange(`${grade}2`).getValue()).toBe('#REF!');
    expect(t.runtime.cellError(`'Key Results'!${grade}2`)).toEqual({ type: '#REF!', message: `Array result was not expanded because it would overwrite data in ${grade}5.` });
    expect(t.column('Key Results', 'Grade')).toEqual(['#REF!', '', '', 0.9]);
  });

  it('are repaired by Check OKRs…, typed Current values copied into the log first', () => {
    tracker = newTracker();
    const t = tracker;
    const current = letterOf(t, 'Key Results', 'Current');
    const row = rowOf(t, 'KR3');
    const logRows = t.records('Check-ins').length;
    editAsUser(t.runtime, t.addOn, { sheet: 'Key Results', range: `${current}${row}`, values: [[123]] });
    expect(sheet(t, 'Key Results').getRange(`${current}2`).getValue()).toBe('#REF!');
    t.runtime.ui.answerNext('YES');
    click(t, 'Check OKRs…');
    const question = t.runtime.ui.alerts.find((a) => a.title === 'Repair computed columns?')!;
    expect(question.prompt).toContain('Key Results › Current: 1 typed value(s) stop its results (row 2 shows #REF!) will be replaced by its results (each is first copied into the Check-ins log)');
    expect(t.runtime.ui.dialogs.at(-1)!.html).toContain('Repaired computed columns');
    const log = t.records('Check-ins');
    expect(log).toHaveLength(logRows + 1);
    expect(log.at(-1)).toMatchObject({ ID: 'KR3', Value: 123 });
    expect(columnFormulas(t, 'Current')[0]).toMatch(/^=OKR_LATEST\(/);
    expect(t.records('Key Results').find((r) => r.ID === 'KR3')!.Current).toBe(123);
    expect(t.column('Key Results', 'Grade').every((g) => typeof g === 'number')).toBe(true);
  });

  it('changes nothing when the repair is declined, and says so', () => {
    tracker = newTracker();
    const t = tracker;
    const grade = letterOf(t, 'Key Results', 'Grade');
    editAsUser(t.runtime, t.addOn, { sheet: 'Key Results', range: `${grade}4`, values: [['x']] });
    t.runtime.ui.answerNext('NO');
    click(t, 'Check OKRs…');
    expect(t.runtime.ui.dialogs.at(-1)!.html).toContain('Computed columns need repair');
    expect(sheet(t, 'Key Results').getRange(`${grade}4`).getValue()).toBe('x');
  });

  it('are repaired by Set up after a sort moved their row-2 formulas', () => {
    tracker = newTracker();
    const t = tracker;
    const kr = sheet(t, 'Key Results');
    const grades = Object.fromEntries(t.records('Key Results').map((r) => [r.ID, r.Grade]));
    kr.sort(1, false); // by ID, Z to A: KR1's row (and row 2's formulas) goes to the bottom
    expect(t.column('Key Results', 'ID')).toEqual(['KR6', 'KR5', 'KR4', 'KR3', 'KR2', 'KR1']);
    const moved = columnFormulas(t, 'Grade');
    expect(moved[0]).toBe('');
    expect(moved[5]).toMatch(/^=OKR_GRADE\(F7:F, G7:G, /);
    const report = t.setUp(false, true);
    expect(report.cancelled).toBe(false);
    expect(columnFormulas(t, 'Grade').map((f) => f !== '')).toEqual([true, false, false, false, false, false, false]);
    const after = Object.fromEntries(t.records('Key Results').map((r) => [r.ID, r.Grade]));
    expect(after).toEqual(grades);
  });

  it('are left alone by Check OKRs… when whole', () => {
    tracker = newTracker();
    const t = tracker;
    click(t, 'Check OKRs…');
    expect(t.runtime.ui.alerts.filter((a) => a.title === 'Repair computed columns?')).toEqual([]);
    expect(t.addOn.okrSheets.setUpTracker(t.spreadsheet, t.addOn.okrSheets.silentDialogs(false), NOW.getTime(), false).cancelled).toBe(false);
  });
});
