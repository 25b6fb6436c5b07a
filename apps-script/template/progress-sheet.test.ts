import { describe, expect, it } from 'vitest';
import { progressLayout } from '../../shared/tracker-layout.js';
import { zoneNamed } from '../../shared/zone.js';
import { progressCells, QUARTER_WEEKS, reservedWeeks } from './progress-sheet.js';

/** The template's own column order, as a fresh tracker has it. */
const HEADERS: Record<string, string[]> = {
  'Key Results': ['ID', 'Objective', 'Key result', 'Owner', 'Type', 'Start', 'Target', 'Current', 'Unit', 'Weight', 'Cadence', 'Last check-in', 'Next check-in', 'Grade', 'Status', 'Forecast', 'Forecast grade', 'Needs / week', 'Progress', 'KPI'],
  Objectives: ['ID', 'Objective', 'Owner', 'Parent', 'Grade', 'Status'],
  'Check-ins': ['Time', 'ID', 'Value', 'Confidence', 'Note', 'By', 'Request ID'],
};
const columnOf = (sheet: string, header: string) => HEADERS[sheet].indexOf(header) + 1;

describe('reservedWeeks', () => {
  it.each([
    ['a quarter of 92 days', new Date(2026, 9, 1), new Date(2026, 11, 31), 14],
    ['a quarter of 90 days', new Date(2027, 0, 1), new Date(2027, 2, 31), QUARTER_WEEKS],
    ['a half year', new Date(2026, 6, 1), new Date(2026, 11, 31), 27],
    ['period dates that are not dates', 'soon', '', QUARTER_WEEKS],
    ['an end before the start', new Date(2026, 11, 31), new Date(2026, 9, 1), QUARTER_WEEKS],
  ])('lays out %s in %i week columns', (_name, start, end, weeks) => {
    expect(reservedWeeks(start, end, zoneNamed('America/New_York'))).toBe(weeks);
  });
});

describe('progressLayout', () => {
  it.each([1, 14, 27])('puts the four %i-week blocks side by side, each after its label column', (weeks) => {
    const layout = progressLayout(weeks);
    const spans = [layout.grades, layout.rollup, layout.values].map((b) => [b.label, b.firstWeek + weeks - 1]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBe(spans[i - 1][1] + 1);
    expect(layout.own.label).toBe(spans[2][1] + 1);
    expect(layout.width).toBe(layout.own.firstWeek + weeks - 1);
  });
});

describe('progressCells', () => {
  const { layout, cells } = progressCells(columnOf, 14);
  const at = (row: number, column: number) => cells.find((c) => c.row === row && c.column === column)?.content;

  it('calls each custom function once per table, over whole columns of the Progress sheet', () => {
    const formulas = cells.map((c) => c.content).filter((f) => f.startsWith('='));
    const calls = (name: string) => formulas.join('\n').split(`${name}(`).length - 1;
    expect([calls('OKR_WEEKLY'), calls('OKR_GRADE'), calls('OKR_ROLLUP')]).toEqual([1, 1, 2]);
    expect(at(3, layout.values.firstWeek)).toBe("=OKR_WEEKLY(G3:G, 'Check-ins'!B2:B, 'Check-ins'!A2:A, 'Check-ins'!C2:C, Settings!$B$3, Settings!$B$4, TODAY())");
  });

  it('reads the log by the KPI a key result is tied to, else by its own ID', () => {
    expect(at(3, 7)).toBe(`=ARRAYFORMULA(IF('Key Results'!A2:A="", "", IF('Key Results'!T2:T="", 'Key Results'!A2:A, 'Key Results'!T2:T)))`);
  });

  it('dates each week by its last day, the last one cut at period end', () => {
    expect(at(1, layout.grades.firstWeek)).toBe('=IF(Settings!$B$3+7*0>Settings!$B$4, "", MIN(Settings!$B$3+7*1-1, Settings!$B$4))');
    expect(at(1, layout.grades.firstWeek + 13)).toBe('=IF(Settings!$B$3+7*13>Settings!$B$4, "", MIN(Settings!$B$3+7*14-1, Settings!$B$4))');
  });

  it('builds the formulas from where the columns are, not where the template puts them', () => {
    const moved = (sheet: string, header: string) => (sheet === 'Key Results' && header === 'ID' ? 5 : columnOf(sheet, header));
    const copy = progressCells(moved, 14).cells.find((c) => c.row === 3 && c.column === 1)?.content;
    expect(copy).toBe("=ARRAYFORMULA('Key Results'!E2:E)");
  });
});
