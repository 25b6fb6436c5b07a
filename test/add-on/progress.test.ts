// Progress over time through the template's own formulas: a quarter of weekly check-ins goes into
// the log in one batch, and the Progress sheet, the Needs / week column and the Dashboard's charts
// must show what the grading and pace rules give, computed here from those rules alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayIn, newTracker, sheetDate, wallTime, type Tracker } from './harness.js';
import { progressLayout, PROGRESS_ROWS } from '../../shared/tracker-layout.js';
import { seriesOf, type FakeEmbeddedChart } from '../runtime/chart.js';

/** Three days before 2026-Q4 ends: 13 weeks have begun, the 14th (Dec 31 alone) has not. */
const LATE = sheetDate(2026, 12, 28, 10, 0);
const WEEKS = 14;
const day = (d: number, hour = 0) => sheetDate(2026, 10, 1 + d, hour);
/** Midnight after the last day of week k (0-based): when the week's values are read. */
const weekEnd = (k: number) => (k === WEEKS - 1 ? sheetDate(2027, 1, 1) : day(7 * (k + 1)));
const weekStart = (k: number) => day(7 * k);
const AS_OF_END = sheetDate(2026, 12, 29);

const T1 = { id: 'T1', start: 0, target: 100, weight: '', grade: (v: number) => Math.min(1, Math.max(0, v / 100)) };
const T2 = { id: 'T2', start: 50, target: 10, weight: 3, grade: (v: number) => Math.min(1, Math.max(0, (50 - v) / 40)) };

/** T1 weekly but for weeks 3 and 7, twice in week 5, once at midnight on a week boundary; T2 every other week. */
function quarterOfCheckIns(): [Date, string, number][] {
  const rows: [Date, string, number][] = [];
  for (let k = 0; k < 13; k++) {
    if (k !== 3 && k !== 7) rows.push([day(7 * k + 1, 12), 'T1', 4 * k + (k % 2)]);
    if (k % 2 === 0) rows.push([day(7 * k + 2, 9), 'T2', 50 - 2 * k]);
  }
  rows.push([day(7 * 5 + 4, 18), 'T1', 19], [day(7), 'T1', 3]);
  // The log is in entry order, not time order.
  return rows.reverse();
}

/** The value at the end of each week by the rules: the latest check-in before then, blank for weeks not begun. */
function expectedValues(id: string, log: [Date, string, number][]): (number | '')[] {
  return Array.from({ length: WEEKS }, (_, k) => {
    if (weekStart(k) >= AS_OF_END) return '';
    const until = Math.min(weekEnd(k).getTime(), AS_OF_END.getTime());
    const before = log.filter(([t, i]) => i === id && t.getTime() < until).sort((a, b) => a[0].getTime() - b[0].getTime());
    return before.length === 0 ? '' : before[before.length - 1][2];
  });
}

function write(tracker: Tracker, sheet: string, items: Record<string, unknown>[]): void {
  const target = tracker.spreadsheet.getSheetByName(sheet)!;
  const headers = target.getRange(1, 1, 1, target.getLastColumn()).getValues()[0].map(String);
  const first = tracker.column(sheet, headers[0]).length + 2;
  target.getRange(first, 1, items.length, headers.length).setValues(items.map((item) => headers.map((h) => item[h] ?? '')));
}

let tracker: Tracker;
let log: [Date, string, number][];
let progress: unknown[][];
const layout = progressLayout(WEEKS);

/** A Progress row by the ID in a block's label column, its week cells only. */
function weeksOf(block: { label: number; firstWeek: number }, id: string): unknown[] {
  const row = progress.find((r, i) => i >= PROGRESS_ROWS.first - 1 && r[block.label - 1] === id);
  if (row === undefined) throw new Error(`no Progress row for ${id}`);
  return row.slice(block.firstWeek - 1, block.firstWeek - 1 + WEEKS);
}

beforeAll(() => {
  tracker = newTracker({ now: LATE, runtime: { maxRows: 150 } }); // a small grid: the rules do not depend on it
  write(tracker, 'Objectives', [{ ID: 'OT', Objective: 'Test weekly progress', Owner: 'Tess' }]);
  write(tracker, 'Key Results', [T1, T2].map((t) => ({ ID: t.id, Objective: 'OT', 'Key result': `Move ${t.id}`, Type: t.start < t.target ? 'increase' : 'decrease', Start: t.start, Target: t.target, Weight: t.weight })));
  log = quarterOfCheckIns();
  write(tracker, 'Check-ins', log.map(([Time, ID, Value], i) => ({ Time, ID, Value, 'Request ID': `quarter-${i}` })));
  tracker.setUp(false); // charts the new objective
  const sheet = tracker.spreadsheet.getSheetByName('Progress')!;
  progress = sheet.getRange(1, 1, 60, layout.width).getValues();
}, 120_000);
afterAll(() => tracker?.runtime.destroy());

describe('the Progress sheet', () => {
  it('dates each column by the last day of its week, the last week cut at period end', () => {
    const dates = progress[PROGRESS_ROWS.weekEnds - 1].slice(layout.grades.firstWeek - 1, layout.grades.firstWeek - 1 + WEEKS);
    const expected = Array.from({ length: WEEKS }, (_, k) => new Date(Math.min(weekEnd(k).getTime() - 1, sheetDate(2026, 12, 31).getTime())));
    expect(dates.map((d) => wallTime(d as Date))).toEqual(expected.map((d) => `${dayIn(d)} 00:00:00`));
  });

  it.each([T1, T2])('carries $id forward week by week, blank before its first check-in and after today', ({ id }) => {
    expect(weeksOf(layout.values, id)).toEqual(expectedValues(id, log));
  });

  it.each([T1, T2])('grades $id for every week that has begun', (t) => {
    const grades = weeksOf(layout.grades, t.id);
    const expected = expectedValues(t.id, log).map((v) => (v === '' ? '' : t.grade(v)));
    grades.forEach((g, k) => (expected[k] === '' ? expect(g).toBe('') : expect(g).toBeCloseTo(expected[k] as number, 12)));
  });

  it('rolls the key results up into their objective, weighted, a missing grade counting 0', () => {
    const rollup = weeksOf(layout.rollup, 'OT');
    const [v1, v2] = [expectedValues('T1', log), expectedValues('T2', log)];
    rollup.forEach((g, k) => {
      if (weekStart(k) >= AS_OF_END) return expect(g).toBe('');
      const g1 = v1[k] === '' ? 0 : T1.grade(v1[k] as number);
      const g2 = v2[k] === '' ? 0 : T2.grade(v2[k] as number);
      expect(g).toBeCloseTo((g1 + 3 * g2) / 4, 12);
    });
  });

  it('draws the expected grade: 0.7 times the part of the period gone at each week end', () => {
    const expected = progress[PROGRESS_ROWS.expected - 1].slice(layout.grades.firstWeek - 1, layout.grades.firstWeek - 1 + WEEKS);
    // In calendar days, as the sheet counts them: Oct 1 to Dec 31 is 91 days.
    expected.forEach((e, k) => expect(e).toBeCloseTo(0.7 * Math.min(1, (7 * (k + 1)) / 91), 12));
  });
});

describe('Key Results', () => {
  it.each([T1, T2])('gives $id the change per week still needed to grade 0.7 at period end', (t) => {
    const row = tracker.records('Key Results').find((r) => r.ID === t.id)!;
    const current = log.filter(([, id]) => id === t.id).sort((a, b) => b[0].getTime() - a[0].getTime())[0][2];
    const weeksLeft = (sheetDate(2026, 12, 31).getTime() - sheetDate(2026, 12, 28).getTime()) / (7 * 86_400_000);
    const atSuccess = t.start + 0.7 * (t.target - t.start);
    expect(row.Current).toBe(current);
    expect(row['Needs / week'] as number).toBeCloseTo((atSuccess - current) / weeksLeft, 9);
  });

  it("draws each key result's own row of weekly grades in its Progress cell", () => {
    const sheet = tracker.spreadsheet.getSheetByName('Key Results')!;
    const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const ids = tracker.column('Key Results', 'ID');
    const formulas = sheet.getRange(2, headers.indexOf('Progress') + 1, sheet.getMaxRows() - 1, 1).getFormulas().map((r) => r[0]);
    expect(formulas.every((f) => f.includes('SPARKLINE('))).toBe(true);
    ids.forEach((id, i) => {
      const [, range, offset] = /INDEX\(Progress!(\$[A-Z]+\$\d+:\$[A-Z]+\$\d+), ROW\(\)-(\d+)\)/.exec(formulas[i]) ?? [];
      const progressRows = tracker.spreadsheet.getSheetByName('Progress')!.getMaxRows();
      expect(range).toBe(`$I$${PROGRESS_ROWS.first}:$V$${progressRows}`);
      const progressRow = PROGRESS_ROWS.first + (i + 2) - Number(offset) - 1;
      expect(progress[progressRow - 1][layout.grades.label - 1]).toBe(id);
    });
  });
});

describe('the Dashboard', () => {
  const charts = () => tracker.spreadsheet.getSheetByName('Dashboard')!.getCharts() as unknown as FakeEmbeddedChart[];
  const objectives = () => tracker.records('Objectives').map((o) => String(o.ID));

  it('has one line chart per objective: a line per key result or child objective, and the expected line', () => {
    const lines: Record<string, number> = { CO1: 2, O1: 2, O2: 2, O3: 2, OT: 2 };
    expect(charts().map((c) => String(c.getOptions().get('title')).split(' · ')[1].split(':')[0])).toEqual(objectives());
    for (const chart of charts()) {
      const objective = String(chart.getOptions().get('title')).split(' · ')[1].split(':')[0];
      expect(chart.record.type).toBe('LINE');
      expect(seriesOf(chart.record)).toEqual({ series: lines[objective] + 1, points: WEEKS, mismatch: null });
      expect(chart.getRanges().every((r) => r.getSheet().getName() === 'Progress')).toBe(true);
      expect((chart.getOptions().get('series') as Record<number, { lineDashStyle?: number[] }>)[lines[objective]].lineDashStyle).toEqual([6, 4]);
    }
  });

  it("replaces its own charts when set up runs again, and keeps the user's", () => {
    const dashboard = tracker.spreadsheet.getSheetByName('Dashboard')!;
    dashboard.insertChart(dashboard.newChart().asLineChart().addRange(dashboard.getRange('A1:B5')).setOption('title', 'My chart').build());
    tracker.runtime.calls.reset();
    tracker.setUp(false);
    expect(tracker.runtime.calls.count('Sheet.insertChart')).toBe(objectives().length);
    expect(charts().map((c) => c.getOptions().get('title')).filter((t) => !String(t).startsWith('Weekly progress'))).toEqual(['My chart']);
    expect(charts()).toHaveLength(objectives().length + 1);
  });
});
