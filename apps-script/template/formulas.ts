/**
 * The computed columns of the tracker: one array formula in row 2 of each, never one formula
 * per row, so a column costs one custom-function call however long it is
 * (https://developers.google.com/apps-script/guides/sheets/functions#optimization). Formulas are built from the columns' actual positions, so a
 * tracker whose columns were reordered is repaired with formulas that still point right.
 */
import { SETTINGS_CELLS } from './settings.js';
import { SHEETS } from '../../shared/tracker-layout.js';
import { columnLetter, quoteSheet } from './a1.js';

/** 1-based column of a header on a sheet, as laid out now. */
export type ColumnOf = (sheet: string, header: string) => number;

export interface ComputedColumn {
  sheet: string;
  header: string;
  formula: string;
  /** Formulas earlier templates wrote here: set-up replaces them without asking, as its own. */
  replaces?: string[];
}

/** An open-ended column range from row 2: `'Check-ins'!B2:B`, or `B2:B` on the sheet itself. */
export function columnRange(columnOf: ColumnOf, sheet: string, header: string, local = false): string {
  const letter = columnLetter(columnOf(sheet, header));
  return `${local ? '' : `${quoteSheet(sheet)}!`}${letter}2:${letter}`;
}

/**
 * The ID whose check-ins a key result reads: the KPI it is tied to, else its own; blank rows
 * stay blank. One array expression, so the columns that use it stay one call each.
 */
export function loggedIdExpression(columnOf: ColumnOf, local: boolean): string {
  const kr = (h: string) => columnRange(columnOf, SHEETS.keyResults, h, local);
  return `ARRAYFORMULA(IF(${kr('ID')}="", "", IF(${kr('KPI')}="", ${kr('ID')}, ${kr('KPI')})))`;
}

export function computedColumns(columnOf: ColumnOf): ComputedColumn[] {
  const col = (sheet: string, header: string, local = false) => columnRange(columnOf, sheet, header, local);
  const setting = (key: keyof typeof SETTINGS_CELLS) => `${quoteSheet(SHEETS.settings)}!${SETTINGS_CELLS[key]}`;

  const kr = (h: string) => col(SHEETS.keyResults, h, true);
  const obj = (h: string) => col(SHEETS.objectives, h, true);
  const kpi = (h: string) => col(SHEETS.kpis, h, true);
  const log = (h: string) => col(SHEETS.checkIns, h);
  const krFrom = (h: string) => col(SHEETS.keyResults, h);
  const start = setting('periodStart');
  const end = setting('periodEnd');
  const success = setting('success');

  const logged = loggedIdExpression(columnOf, true);
  // Before key results could follow a KPI, the log was read by the key result's own ID.
  const before = (value: string) => `=OKR_LATEST(${kr('ID')}, ${log('ID')}, ${log('Time')}, ${log(value)})`;

  // The rollup of an objective's own key results; an objective with none (a parent objective)
  // takes the rollup of its child objectives' key-result grades instead.
  const ownGrade = `OKR_ROLLUP(${obj('ID')}, ${krFrom('Objective')}, ${krFrom('Grade')}, ${krFrom('Weight')})`;
  const childGrade = `OKR_ROLLUP(${obj('ID')}, ${obj('Parent')}, ${ownGrade})`;

  return [
    { sheet: SHEETS.keyResults, header: 'Current', formula: `=OKR_LATEST(${logged}, ${log('ID')}, ${log('Time')}, ${log('Value')})`, replaces: [before('Value')] },
    { sheet: SHEETS.keyResults, header: 'Last check-in', formula: `=OKR_LATEST(${logged}, ${log('ID')}, ${log('Time')}, ${log('Time')})`, replaces: [before('Time')] },
    {
      sheet: SHEETS.keyResults,
      header: 'Next check-in',
      // A key result with no cadence takes the default; the IF keeps rows without an ID blank.
      formula: `=OKR_NEXT_CHECKIN(${kr('Last check-in')}, ARRAYFORMULA(IF(${kr('ID')}="", "", IF(${kr('Cadence')}="", ${setting('cadence')}, ${kr('Cadence')}))), ${start})`,
    },
    { sheet: SHEETS.keyResults, header: 'Grade', formula: `=OKR_GRADE(${kr('Start')}, ${kr('Target')}, ${kr('Current')}, ${kr('Type')})` },
    { sheet: SHEETS.keyResults, header: 'Status', formula: `=OKR_STATUS(${kr('Grade')}, ${start}, ${end}, TODAY(), ${success})` },
    {
      sheet: SHEETS.keyResults,
      header: 'Forecast',
      formula: `=OKR_FORECAST(${logged}, ${log('ID')}, ${log('Time')}, ${log('Value')}, ${end})`,
      replaces: [`=OKR_FORECAST(${kr('ID')}, ${log('ID')}, ${log('Time')}, ${log('Value')}, ${end})`],
    },
    { sheet: SHEETS.keyResults, header: 'Forecast grade', formula: `=OKR_GRADE(${kr('Start')}, ${kr('Target')}, ${kr('Forecast')}, ${kr('Type')})` },
    {
      sheet: SHEETS.keyResults,
      header: 'Needs / week',
      formula: `=OKR_PACE(${kr('Start')}, ${kr('Target')}, ${kr('Current')}, ${end}, TODAY(), ${success}, ${kr('Type')})`,
    },
    { sheet: SHEETS.objectives, header: 'Grade', formula: `=ARRAYFORMULA(IF(${obj('ID')}="", "", IF(${ownGrade}<>"", ${ownGrade}, ${childGrade})))` },
    { sheet: SHEETS.objectives, header: 'Status', formula: `=OKR_STATUS(${obj('Grade')}, ${start}, ${end}, TODAY(), ${success})` },
    { sheet: SHEETS.kpis, header: 'Value', formula: `=OKR_LATEST(${kpi('ID')}, ${log('ID')}, ${log('Time')}, ${log('Value')})` },
    { sheet: SHEETS.kpis, header: 'Updated', formula: `=OKR_LATEST(${kpi('ID')}, ${log('ID')}, ${log('Time')}, ${log('Time')})` },
    { sheet: SHEETS.kpis, header: 'Status', formula: `=KPI_STATUS(${kpi('Value')}, ${kpi('Low')}, ${kpi('High')})` },
  ];
}
