/**
 * The Progress sheet's formulas: week-end dates, the expected grade per week, and the weekly
 * tables (values, grades, objective rollups). Custom functions appear once per table, each over
 * whole columns, so a recalculation costs the same few calls for 10 key results or 5,000
 * (https://developers.google.com/apps-script/guides/sheets/functions#optimization); the rest are built-ins.
 *
 * Every table reads columns of this sheet only (copies of Key Results and Objectives in its own
 * first columns): OKR_GRADE and OKR_ROLLUP need arguments of the same height, and open-ended
 * ranges of one sheet all end at that sheet's last row.
 */
import { SETTINGS_CELLS } from './settings.js';
import { PROGRESS_KEY_RESULT_COLUMNS, PROGRESS_ROWS, SHEETS, progressLayout, type ProgressBlock, type ProgressLayout } from '../../shared/tracker-layout.js';
import { toTime } from '../../shared/cells/cell.js';
import { weekEnds } from '../../shared/progress.js';
import { columnLetter, quoteSheet } from './a1.js';
import { columnRange, loggedIdExpression, type ColumnOf } from './formulas.js';
import type { Zone } from '../../shared/zone.js';

/** A quarter has at most 14 weeks: columns for them all, so Close quarter… needs no rebuild. */
export const QUARTER_WEEKS = 14;

/** Week columns to lay out: the current period's weeks, and never fewer than a quarter's. */
export function reservedWeeks(periodStart: unknown, periodEnd: unknown, zone: Zone): number {
  try {
    return Math.max(QUARTER_WEEKS, weekEnds(toTime(periodStart, 'period start', zone), toTime(periodEnd, 'period end', zone), zone).length);
  } catch {
    // Broken period dates show as errors in the sheet's own cells; the layout still stands.
    return QUARTER_WEEKS;
  }
}

export interface ProgressCell {
  row: number;
  column: number;
  /** A formula (`=…`) or a label. */
  content: string;
}

/** Open-ended range of `count` columns from `column`, from row 3 down: `I3:V`. */
function weeksRange(column: number, count: number): string {
  return `${columnLetter(column)}${PROGRESS_ROWS.first}:${columnLetter(column + count - 1)}`;
}

const down = (column: number) => `${columnLetter(column)}${PROGRESS_ROWS.first}:${columnLetter(column)}`;

export function progressCells(columnOf: ColumnOf, weeks: number): { layout: ProgressLayout; cells: ProgressCell[] } {
  const layout = progressLayout(weeks);
  const setting = (key: keyof typeof SETTINGS_CELLS) => `${quoteSheet(SHEETS.settings)}!${SETTINGS_CELLS[key]}`;
  const [start, end, success] = [setting('periodStart'), setting('periodEnd'), setting('success')];
  const log = (h: string) => columnRange(columnOf, SHEETS.checkIns, h);
  const cells: ProgressCell[] = [];
  const put = (row: number, column: number, content: string) => cells.push({ row, column, content });
  const local = (header: (typeof PROGRESS_KEY_RESULT_COLUMNS)[number]) => down(PROGRESS_KEY_RESULT_COLUMNS.indexOf(header) + 1);

  const sources: Record<string, string> = { 'Key result': 'ID', Objective: 'Objective', Type: 'Type', Start: 'Start', Target: 'Target', Weight: 'Weight' };
  PROGRESS_KEY_RESULT_COLUMNS.forEach((header, i) => {
    put(PROGRESS_ROWS.weekEnds, i + 1, header);
    const source = sources[header];
    put(PROGRESS_ROWS.first, i + 1, source === undefined ? `=${loggedIdExpression(columnOf, false)}` : `=ARRAYFORMULA(${columnRange(columnOf, SHEETS.keyResults, source)})`);
  });

  /** The label column, the week-end dates and (for charted blocks) the expected grades. */
  const weekHeader = (block: ProgressBlock, label: string, expected: boolean) => {
    put(PROGRESS_ROWS.weekEnds, block.label, label);
    if (expected) put(PROGRESS_ROWS.expected, block.label, 'Expected');
    for (let k = 1; k <= weeks; k++) {
      const column = block.firstWeek + k - 1;
      // The last day of week k; the last week is cut short at period end (shared/progress.ts weekEnds).
      put(PROGRESS_ROWS.weekEnds, column, `=IF(${start}+7*${k - 1}>${end}, "", MIN(${start}+7*${k}-1, ${end}))`);
      const day = `${columnLetter(column)}$${PROGRESS_ROWS.weekEnds}`;
      // Expected at the week's end (midnight after its last day), as OKR_STATUS computes it.
      if (expected) put(PROGRESS_ROWS.expected, column, `=IF(${day}="", "", ${success}*MIN(1, (${day}+1-${start})/(${end}-${start})))`);
    }
  };
  const { grades, rollup, values, own } = layout;
  const gradeWeeks = weeksRange(grades.firstWeek, weeks);
  const valueWeeks = weeksRange(values.firstWeek, weeks);
  const ownWeeks = weeksRange(own.firstWeek, weeks);
  const begunRow = `$${columnLetter(values.firstWeek)}$${PROGRESS_ROWS.expected}:$${columnLetter(values.firstWeek + weeks - 1)}$${PROGRESS_ROWS.expected}`;

  weekHeader(values, 'Value by week', false);
  // Whether each week has begun by today: OKR_WEEKLY leaves later weeks blank, and the grade and
  // rollup tables blank them too (a milestone's blank grades 0, and a rollup counts blank as 0).
  put(PROGRESS_ROWS.expected, values.label, 'Week begun');
  for (let k = 1; k <= weeks; k++) {
    put(PROGRESS_ROWS.expected, values.firstWeek + k - 1, `=AND(${start}+7*${k - 1}<=${end}, ${start}+7*${k - 1}<=TODAY())`);
  }
  put(PROGRESS_ROWS.first, values.label, `=ARRAYFORMULA(${local('Key result')})`);
  put(
    PROGRESS_ROWS.first,
    values.firstWeek,
    `=OKR_WEEKLY(${local('Log ID')}, ${log('ID')}, ${log('Time')}, ${log('Value')}, ${start}, ${end}, TODAY())`,
  );

  weekHeader(grades, 'Grade by week', true);
  put(PROGRESS_ROWS.first, grades.label, `=ARRAYFORMULA(${local('Key result')})`);
  put(PROGRESS_ROWS.first, grades.firstWeek, `=ARRAYFORMULA(IF(${begunRow}, OKR_GRADE(${local('Start')}, ${local('Target')}, ${valueWeeks}, ${local('Type')}), ""))`);

  weekHeader(own, "Own key results' grade", false);
  put(PROGRESS_ROWS.weekEnds, own.parent, 'Parent');
  put(PROGRESS_ROWS.first, own.label, `=ARRAYFORMULA(${columnRange(columnOf, SHEETS.objectives, 'ID')})`);
  put(PROGRESS_ROWS.first, own.parent, `=ARRAYFORMULA(${columnRange(columnOf, SHEETS.objectives, 'Parent')})`);
  put(PROGRESS_ROWS.first, own.firstWeek, `=OKR_ROLLUP(${down(own.label)}, ${local('Objective')}, ${gradeWeeks}, ${local('Weight')})`);

  // As the Objectives sheet's Grade: the rollup of the objective's own key results, else of its
  // child objectives'.
  weekHeader(rollup, 'Objective grade by week', true);
  put(PROGRESS_ROWS.first, rollup.label, `=ARRAYFORMULA(${down(own.label)})`);
  const ownOrChildren = `IF(${ownWeeks}<>"", ${ownWeeks}, OKR_ROLLUP(${down(own.label)}, ${down(own.parent)}, ${ownWeeks}))`;
  put(PROGRESS_ROWS.first, rollup.firstWeek, `=ARRAYFORMULA(IF(${begunRow}, ${ownOrChildren}, ""))`);
  return { layout, cells };
}
