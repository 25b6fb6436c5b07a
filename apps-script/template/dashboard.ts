/**
 * The Dashboard sheet: formulas only, so it follows the tracker without any script running.
 * Objectives block (A–D), key-results block (F–L) with a SPARKLINE progress bar, and the counts
 * of due check-ins and KPIs in breach.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { columnLetter, quoteSheet } from './a1.js';
import type { ColumnOf } from './formulas.js';
import { SETTINGS_CELLS } from './settings.js';

export const DASHBOARD_FIRST_ROW = 4;

export interface DashboardLayout {
  /** Formulas of row 1 (the counts) and of the first data row, by column number. */
  cells: { row: number; column: number; formula: string }[];
  headers: { row: number; column: number; text: string }[];
  /** One SPARKLINE bar formula per key-result row, from DASHBOARD_FIRST_ROW down, in column H. */
  progressBars: string[];
  progressColumn: number;
  statusColumns: number[];
}

export function dashboardLayout(columnOf: ColumnOf, keyResultRows: number): DashboardLayout {
  const ref = (sheet: string, header: string) => {
    const letter = columnLetter(columnOf(sheet, header));
    return `${quoteSheet(sheet)}!${letter}2:${letter}`;
  };
  const cell = (sheet: string, header: string, row: number) => `${quoteSheet(sheet)}!${columnLetter(columnOf(sheet, header))}${row}`;
  const kr = (h: string) => ref(SHEETS.keyResults, h);
  const obj = (h: string) => ref(SHEETS.objectives, h);
  const first = DASHBOARD_FIRST_ROW;

  const headers = [
    { row: 1, column: 1, text: 'Period' },
    { row: 1, column: 3, text: 'Check-ins due' },
    { row: 1, column: 6, text: 'KPIs in breach' },
    ...['Objective ID', 'Objective', 'Grade', 'Status'].map((text, i) => ({ row: first - 1, column: 1 + i, text })),
    ...['Key result ID', 'Key result', 'Progress', 'Grade', 'Status', 'Owner', 'Due'].map((text, i) => ({ row: first - 1, column: 6 + i, text })),
  ];
  const cells = [
    { row: 1, column: 2, formula: `=${quoteSheet(SHEETS.settings)}!${SETTINGS_CELLS.periodName}` },
    { row: 1, column: 4, formula: `=COUNTIFS(${kr('ID')}, "<>", ${kr('Next check-in')}, "<="&TODAY())` },
    { row: 1, column: 7, formula: `=COUNTIF(${ref(SHEETS.kpis, 'Status')}, "Breach")` },
    { row: first, column: 1, formula: `=ARRAYFORMULA(${obj('ID')})` },
    { row: first, column: 2, formula: `=ARRAYFORMULA(${obj('Objective')})` },
    { row: first, column: 3, formula: `=ARRAYFORMULA(${obj('Grade')})` },
    { row: first, column: 4, formula: `=ARRAYFORMULA(${obj('Status')})` },
    { row: first, column: 6, formula: `=ARRAYFORMULA(${kr('ID')})` },
    { row: first, column: 7, formula: `=ARRAYFORMULA(${kr('Key result')})` },
    { row: first, column: 9, formula: `=ARRAYFORMULA(${kr('Grade')})` },
    { row: first, column: 10, formula: `=ARRAYFORMULA(${kr('Status')})` },
    { row: first, column: 11, formula: `=ARRAYFORMULA(${kr('Owner')})` },
    { row: first, column: 12, formula: `=ARRAYFORMULA(IF(${kr('ID')}="", "", IF(${kr('Next check-in')}<=TODAY(), "Due", "")))` },
  ];
  // SPARKLINE is not an array function in Sheets, so the bars are one formula per row; it is a
  // built-in, so the rows cost no custom-function calls.
  const progressBars: string[] = [];
  for (let i = 0; i < keyResultRows; i++) {
    const grade = cell(SHEETS.keyResults, 'Grade', 2 + i);
    progressBars.push(`=IF(ISNUMBER(${grade}), SPARKLINE(${grade}, {"charttype","bar";"max",1;"color1","#1a73e8"}), "")`);
  }
  return { cells, headers, progressBars, progressColumn: 8, statusColumns: [4, 10] };
}
