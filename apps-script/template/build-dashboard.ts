/** Writes the Dashboard sheet from its layout: formulas only, rebuilt on every set-up. */
import { SHEETS } from '../../shared/tracker-layout.js';
import { STATUS_COLOURS } from './sheet-specs.js';
import { dashboardLayout, DASHBOARD_FIRST_ROW } from './dashboard.js';
import type { ColumnOf } from './formulas.js';

export function buildDashboard(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, columnOf: ColumnOf, keyResultRows: number): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = spreadsheet.getSheetByName(SHEETS.dashboard);
  if (sheet === null) sheet = spreadsheet.insertSheet(SHEETS.dashboard, 0);
  sheet.clear();
  const layout = dashboardLayout(columnOf, keyResultRows);
  // The array formulas spill one row per source row: make room for all of them.
  const needed = DASHBOARD_FIRST_ROW + keyResultRows - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);

  const width = 12;
  const grid: string[][] = [1, 2, 3].map(() => new Array(width).fill(''));
  for (const h of layout.headers) grid[h.row - 1][h.column - 1] = h.text;
  for (const c of layout.cells) if (c.row < DASHBOARD_FIRST_ROW) grid[c.row - 1][c.column - 1] = c.formula;
  sheet.getRange(1, 1, 3, width).setValues(grid);
  const first = new Array(width).fill('');
  for (const c of layout.cells) if (c.row === DASHBOARD_FIRST_ROW) first[c.column - 1] = c.formula;
  // Row 4 holds the array formulas; column H is left to the per-row bars written next.
  sheet.getRange(DASHBOARD_FIRST_ROW, 1, 1, 7).setFormulas([first.slice(0, 7)]);
  sheet.getRange(DASHBOARD_FIRST_ROW, 9, 1, width - 8).setFormulas([first.slice(8)]);
  if (layout.progressBars.length > 0) {
    sheet.getRange(DASHBOARD_FIRST_ROW, layout.progressColumn, layout.progressBars.length, 1).setFormulas(layout.progressBars.map((f) => [f]));
  }
  sheet.getRange(DASHBOARD_FIRST_ROW - 1, 1, 1, width).setFontWeight('bold').setBackground('#f1f3f4');
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.getRange(DASHBOARD_FIRST_ROW, 3, keyResultRows, 1).setNumberFormat('0.00');
  sheet.getRange(DASHBOARD_FIRST_ROW, 9, keyResultRows, 1).setNumberFormat('0.00');
  sheet.setFrozenRows(DASHBOARD_FIRST_ROW - 1);
  sheet.setColumnWidth(2, 280).setColumnWidth(7, 280).setColumnWidth(8, 140);
  sheet.setConditionalFormatRules(
    layout.statusColumns.flatMap((column) =>
      STATUS_COLOURS.map((c) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenTextEqualTo(c.text)
          .setBackground(c.background)
          .setFontColor(c.font)
          .setRanges([sheet.getRange(DASHBOARD_FIRST_ROW, column, keyResultRows, 1)])
          .build(),
      ),
    ),
  );
  return sheet;
}
