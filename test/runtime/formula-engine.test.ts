import { describe, expect, it } from 'vitest';
import { JAN_15, useRuntime } from './fixtures.js';

/** A stand-in for the bundle: grades rows (current − start) / (target − start), "" for blank rows. */
function gradeTable(seen: unknown[][] = []) {
  return {
    OKR_GRADE: (...args: unknown[]) => {
      seen.push(args);
      const [start, target, current] = args as unknown[][][];
      if (!Array.isArray(start)) {
        if (current === ('boom' as unknown)) throw new Error('OKR_GRADE: current "boom" is not a number');
        return ((current as unknown as number) - (start as unknown as number)) / ((target as unknown as number) - (start as unknown as number));
      }
      return start.map((row, i) => (row[0] === '' ? [''] : [((current[i][0] as number) - (row[0] as number)) / ((target[i][0] as number) - (row[0] as number))]));
    },
  };
}

function tracker(options = {}) {
  const runtime = useRuntime({ now: JAN_15, maxRows: 20, ...options });
  const ss = runtime.services.SpreadsheetApp.getActiveSpreadsheet();
  const kr = ss.insertSheet('Key Results');
  kr.getRange('A1:D4').setValues([
    ['Start', 'Target', 'Current', 'Type'],
    [0, 10, 5, ''],
    [30, 25, 27, 'decrease'],
    [0, 4, 4, ''],
  ]);
  return { runtime, ss, kr };
}

describe('formula engine', () => {
  it('evaluates a custom function over open-ended ranges with one call for the whole column', () => {
    const { runtime, kr } = tracker();
    const seen: unknown[][] = [];
    runtime.useFunctions(gradeTable(seen));
    kr.getRange('E2').setFormula('=OKR_GRADE(A2:A, B2:B, C2:C, D2:D)');
    expect(kr.getRange('E2:E6').getValues()).toEqual([[0.5], [0.6], [1], [''], ['']]);
    expect(kr.getRange('E2').getFormula()).toBe('=OKR_GRADE(A2:A, B2:B, C2:C, D2:D)');
    expect(runtime.calls.count('customFunction.OKR_GRADE')).toBe(1);
    // Sheets passes 2-D arrays with "" for blanks, down to the bottom of the grid (https://developers.google.com/apps-script/guides/sheets/functions#arguments; the grid's bottom is a guess).
    expect((seen[0][0] as unknown[][]).length).toBe(19);
    expect((seen[0][3] as unknown[][]).slice(0, 4)).toEqual([[''], ['decrease'], [''], ['']]);
  });

  it('recalculates when an argument changes, and grows with the grid', () => {
    const { runtime, kr } = tracker();
    runtime.useFunctions(gradeTable());
    kr.getRange('E2').setFormula('=OKR_GRADE(A2:A, B2:B, C2:C)');
    kr.getRange('C2').setValue(10);
    expect(kr.getRange('E2').getValue()).toBe(1);
    kr.insertRowsAfter(kr.getMaxRows(), 5);
    kr.getRange('A25:C25').setValues([[0, 2, 1]]);
    expect(kr.getRange('E25').getValue()).toBe(0.5);
  });

  it('recomputes every formula that names one range when any cell of it changes (range-reuse.ts links them without walking the range)', () => {
    const { kr } = tracker();
    kr.getRange('A2:A4').setValues([[1], [2], [3]]);
    // A2:C4 is [1, 10, 5], [2, 25, 27], [3, 4, 4]: the sum is 81.
    kr.getRange('F2:F4').setFormulas([2, 3, 4].map((row) => [`=INDEX($A$2:$C$4, ${row - 1}, 1) + SUM($A$2:$C$4)`]));
    const shown = () => kr.getRange('F2:F4').getValues().map(([value]) => value);
    expect(shown()).toEqual([82, 83, 84]);
    kr.getRange('B3').setValue(100);
    expect(shown()).toEqual([157, 158, 159]);
    kr.getRange('C2:C4').clearContent();
    kr.getRange('C2').setFormula('=ARRAYFORMULA(A2:A4 * 0 + 1)');
    expect(shown()).toEqual([124, 125, 126]);
  });

  it('shows a thrown error as #ERROR! in the calling cell, with the message as its note', () => {
    const { runtime, kr } = tracker();
    runtime.useFunctions(gradeTable());
    kr.getRange('F1').setFormula('=OKR_GRADE(0, 10, "boom")');
    expect(kr.getRange('F1').getValue()).toBe('#ERROR!');
    expect(runtime.cellError("'Key Results'!F1")).toEqual({ type: '#ERROR!', message: 'OKR_GRADE: current "boom" is not a number' });
  });

  it('shows #NAME? until the bundle provides the function, then evaluates', () => {
    const { runtime, kr } = tracker();
    kr.getRange('F1').setFormula('=OKR_GRADE(0, 10, 5)');
    expect(kr.getRange('F1').getValue()).toBe('#NAME?');
    runtime.useFunctions(gradeTable());
    expect(kr.getRange('F1').getValue()).toBe(0.5);
  });

  it('passes dates as Dates in the spreadsheet zone, percents as fractions, single cells as values', () => {
    const { runtime, kr } = tracker();
    const seen: unknown[][] = [];
    runtime.useFunctions({ OKR_GRADE: (...args: unknown[]) => (seen.push(args), 1) });
    kr.getRange('G1:H1').setValues([['2026-01-05', '40%']]);
    kr.getRange('H2').setValue(46030);
    kr.getRange('H2').setNumberFormat('yyyy-mm-dd');
    kr.getRange('F5').setFormula('=OKR_GRADE(G1, H1, H2:H2, G1:H1)');
    kr.getRange('F5').getValue();
    const [date, percent, formatted, row] = seen[0] as [Date, number, Date, unknown[][]];
    expect([date instanceof Date, date.toISOString(), percent, formatted.toISOString()]).toEqual([true, '2026-01-05T05:00:00.000Z', 0.4, '2026-01-08T05:00:00.000Z']);
    expect(row).toEqual([[date, 0.4]]);
    kr.getRange('F6').setFormula('=OKR_GRADE(G1)');
    kr.getRange('F6').getValue();
    expect(seen[1]).toHaveLength(1);
  });

  it('returns Dates from custom functions as date cells', () => {
    const { runtime, kr } = tracker();
    runtime.useFunctions({ OKR_GRADE: () => [[new Date('2026-02-01T05:00:00Z')], ['']] });
    kr.getRange('F1').setFormula('=OKR_GRADE(A1:A2)');
    const [[first], [second]] = kr.getRange('F1:F2').getValues();
    expect([(first as Date).toISOString(), second]).toEqual(['2026-02-01T05:00:00.000Z', '']);
  });

  it('pads short results and cuts long ones to the declared size instead of crashing', () => {
    const { runtime, kr } = tracker();
    runtime.useFunctions({ OKR_GRADE: (a: unknown) => ((a as unknown[]).length > 3 ? Array.from({ length: 50 }, () => [1]) : [[2]]) });
    kr.getRange('F1').setFormula('=OKR_GRADE(A1:A3)');
    kr.getRange('G1').setFormula('=OKR_GRADE(A1:A4)');
    expect(kr.getRange('F1:G5').getValues()).toEqual([
      [2, 1],
      ['', 1],
      ['', 1],
      ['', 1],
      ['', ''],
    ]);
  });

  it('counts a spilled result as content for getLastRow, as Sheets does for array formulas', () => {
    const { runtime, kr } = tracker();
    runtime.useFunctions(gradeTable());
    kr.getRange('E2').setFormula('=OKR_GRADE(A2:A, B2:B, C2:C)');
    expect(kr.getLastRow()).toBe(20);
  });

  it('shows #REF! when a result cannot spill, and recovers once the way is clear', () => {
    const { runtime, kr } = tracker();
    runtime.useFunctions(gradeTable());
    kr.getRange('E3').setValue('in the way');
    kr.getRange('E2').setFormula('=OKR_GRADE(A2:A4, B2:B4, C2:C4)');
    expect(kr.getRange('E2').getValue()).toBe('#REF!');
    kr.getRange('E3').clearContent();
    expect(kr.getRange('E2:E4').getValues()).toEqual([[0.5], [0.6], [1]]);
  });

  it('spills ARRAYFORMULA of a bare range, and refuses to spill past the grid until rows are added', () => {
    const { kr } = tracker();
    kr.getRange('G2').setFormula('=ARRAYFORMULA(D1:D4)');
    expect(kr.getRange('G2:G5').getValues()).toEqual([['Type'], [''], ['decrease'], ['']]);
    kr.getRange('H10').setFormula('=ARRAYFORMULA(A1:A15)');
    expect(kr.getRange('H10').getValue()).toBe('#REF!');
    expect(kr.getLastRow()).toBe(10);
    kr.insertRowsAfter(kr.getMaxRows(), 9);
    expect(kr.getRange('H10:H12').getValues()).toEqual([['Start'], [0], [30]]);
    expect(kr.getLastRow()).toBe(24);
  });

  it('gives custom functions a read-only spreadsheet and no user', () => {
    const { runtime, ss, kr } = tracker();
    const app = runtime.services.SpreadsheetApp;
    const seen: string[] = [];
    runtime.useFunctions({
      OKR_GRADE: () => {
        seen.push(runtime.services.Session.getActiveUser().getEmail(), app.getActiveRange().getA1Notation(), String(ss.getSheetByName('Key Results')?.getRange('A2').getValue()));
        ss.getActiveSheet().getRange('Z1').setValue('side effect');
        return 1;
      },
    });
    kr.getRange('F3').setFormula('=OKR_GRADE(1)');
    expect(kr.getRange('F3').getValue()).toBe('#ERROR!');
    expect(runtime.cellError("'Key Results'!F3")?.message).toBe('You do not have permission to call setValue');
    expect(seen).toEqual(['', 'F3', '0']);
    expect(runtime.services.Session.getActiveUser().getEmail()).toBe('owner@example.com');
  });

  it('takes TODAY() and NOW() from the runtime clock in the spreadsheet zone', () => {
    let now = new Date('2026-01-15T04:30:00Z');
    const { kr } = tracker({ now: () => now, timeZone: 'America/New_York' });
    kr.getRange('F1:G1').setFormulas([['=TODAY()', '=NOW()']]);
    expect(kr.getRange('F1:G1').getDisplayValues()).toEqual([['1/14/2026', '1/14/2026 23:30:00']]);
    now = new Date('2026-01-15T05:30:00Z');
    kr.getRange('A1').setValue('Start');
    expect(kr.getRange('F1').getDisplayValue()).toBe('1/15/2026');
    expect((kr.getRange('F1').getValue() as Date).toISOString()).toBe('2026-01-15T05:00:00.000Z');
  });

  it('evaluates the Sheets functions the tracker uses, across sheets with quoted names', () => {
    const { runtime, ss, kr } = tracker();
    runtime.useFunctions(gradeTable());
    kr.getRange('E2').setFormula('=OKR_GRADE(A2:A, B2:B, C2:C)');
    const settings = ss.insertSheet('Settings');
    settings.getRange('B3').setValue(0.7);
    const dash = ss.insertSheet('Dashboard');
    dash.getRange('A1:A6').setFormulas([
      ["=COUNTIF('Key Results'!E2:E, \">=\"&Settings!B3)"],
      ["=ARRAYFORMULA(IF('Key Results'!A2:A4=\"\", \"\", 'Key Results'!B2:B4*2))"],
      [''],
      [''],
      ['=SPARKLINE(\'Key Results\'!E2:E4, {"charttype","bar";"max",1})'],
      ['=IF(TRUE, "yes", "no")'],
    ]);
    expect(dash.getRange('A1:A6').getValues()).toEqual([[1], [20], [50], [8], [''], ['yes']]);
  });

  it('treats blank referenced cells as 0 in arithmetic, like Sheets', () => {
    const { kr } = tracker();
    kr.getRange('F1').setFormula('=Z9+1');
    expect(kr.getRange('F1').getValue()).toBe(1);
  });

  it('keeps runtimes independent: each engine calls its own table', () => {
    const a = tracker();
    const b = tracker();
    a.runtime.useFunctions({ OKR_GRADE: () => 'a' });
    b.runtime.useFunctions({ OKR_GRADE: () => 'b' });
    a.kr.getRange('F1').setFormula('=OKR_GRADE(1)');
    b.kr.getRange('F1').setFormula('=OKR_GRADE(1)');
    expect([a.kr.getRange('F1').getValue(), b.kr.getRange('F1').getValue()]).toEqual(['a', 'b']);
  });

  it.each([
    [null, 'runtime.useFunctions: expected an object of functions'],
    [{ OKR_GRADE: 5 }, 'runtime.useFunctions: OKR_GRADE is number, not a function'],
  ])('rejects a bad function table %j', (table, message) => {
    const { runtime } = tracker();
    expect(() => runtime.useFunctions(table as never)).toThrow(message);
  });
});
