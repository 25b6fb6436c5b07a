/**
 * "Set up tracker": creates or repairs every tracker sheet, writes the computed columns' array
 * formulas, the Dashboard, the Progress sheet and its charts, and (on request) the examples.
 * Idempotent: a second run changes nothing a user wrote, and rewrites nothing that is already
 * right. It asks before replacing values typed into a computed column, and moves typed Current
 * values into the Check-ins log so no measurement is lost.
 *
 * Every read comes before the formula writes: a read after a write makes the spreadsheet
 * recalculate, and the weekly tables follow TODAY(), so each such read would recompute them.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { SHEET_SPECS } from '../template/sheet-specs.js';
import { columnIn, ensureSheet, type EnsuredSheet } from '../template/ensure-sheet.js';
import { computedColumns } from '../template/formulas.js';
import { brokenColumnLines, findBrokenColumns } from '../template/broken-columns.js';
import { foreignSparklineCells, writeSparklines } from '../template/sparkline-column.js';
import { foreignProgressSheet, prepareProgressSheet, writeProgressSheet } from '../template/build-progress.js';
import { reservedWeeks } from '../template/progress-sheet.js';
import { buildProgressCharts, plansFromValues } from '../template/build-charts.js';
import { styleSheet } from '../template/styling.js';
import { addExamples } from '../template/initial-rows.js';
import { applyRepairs, protectSheetColumns } from '../template/spill-repair.js';
import { buildDashboard } from '../template/build-dashboard.js';
import { rowsFor, tableFromValues } from '../sheet-table.js';
import { withScriptLock, type Dialogs } from '../ui.js';
import { reconcileKeyResults } from '../recorded-fields.js';
import { settingsBlock, settingsFrom } from '../template/settings-values.js';
import { toTimeOrBlank } from '../../shared/cells/cell.js';
import { spreadsheetZone } from '../spreadsheet-zone.js';

export interface SetUpReport {
  created: string[];
  addedHeaders: string[];
  formulas: number;
  examples: boolean;
  movedToLog: number;
  /** Line charts of weekly progress on the Dashboard, one per objective. */
  charts: number;
  warnings: string[];
  cancelled: boolean;
}

const sameCell = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

export function setUpTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs, now: number, withExamples: boolean): SetUpReport {
  const report: SetUpReport = { created: [], addedHeaders: [], formulas: 0, examples: false, movedToLog: 0, charts: 0, warnings: [], cancelled: false };
  // The period and the examples' dates are the spreadsheet's calendar days, whatever the manifest's zone.
  const zone = spreadsheetZone(spreadsheet);
  const sheets = new Map<string, EnsuredSheet>();
  for (const spec of SHEET_SPECS) {
    const ensured = ensureSheet(spreadsheet, spec);
    sheets.set(spec.name, ensured);
    if (ensured.created) report.created.push(spec.name);
    else if (!spec.freeform) report.addedHeaders.push(...ensured.addedHeaders.map((h) => `${spec.name} › ${h}`));
  }
  const get = (name: string) => sheets.get(name) as EnsuredSheet;
  const columnOf = (sheet: string, header: string) => columnIn(get(sheet).headers, header);
  const keyResults = get(SHEETS.keyResults);
  const columns = computedColumns(columnOf);
  const sparklineColumn = columnOf(SHEETS.keyResults, 'Progress');

  const brokenColumns = findBrokenColumns(columns, get);
  const typedInProgress = foreignSparklineCells(keyResults.sheet, sparklineColumn, keyResults.values);
  if (typedInProgress > 0) brokenColumns.push({ column: { sheet: SHEETS.keyResults, header: 'Progress' }, typedValues: typedInProgress, foreignFormula: '' });
  if (foreignProgressSheet(spreadsheet)) {
    const line = `${SHEETS.progress}: this sheet was not made by okr-sheets; its contents will be replaced by the weekly progress tables`;
    brokenColumns.push({ column: { sheet: SHEETS.progress, header: '' }, typedValues: 0, foreignFormula: '', line });
  }
  if (brokenColumns.length > 0) {
    const lines = brokenColumnLines(brokenColumns, { sheet: SHEETS.keyResults, header: 'Current' });
    if (!dialogs.confirm('Replace values in computed columns?', `These columns are computed by okr-sheets:\n${lines.join('\n')}\n\nContinue?`)) {
      report.cancelled = true;
      return report;
    }
  }

  const settings = get(SHEETS.settings);
  const { rows: settingRows } = settingsBlock(settings.values, now, zone);
  if (settingRows.some((row, r) => row.some((value, c) => !sameCell(value, settings.values[r + 1]?.[c])))) {
    settings.sheet.getRange(2, 1, settingRows.length, settingRows[0].length).setValues(settingRows);
  }
  settings.sheet.getRange(3, 2, 2, 1).setNumberFormat('yyyy-mm-dd');
  const period = settingsFrom([[], ...settingRows]);
  const periodStart = toTimeOrBlank(period.periodStart, 'period start', zone) ?? now;

  const examples = withExamples ? addExamples(get, dialogs, now, periodStart, zone) : null;
  report.examples = examples !== null;
  // Changes of Start, Target, Type or Weight no edit event reported; the examples are recorded
  // as they are, so the first edits of them are found even if Google drops their events.
  const keyResultValues = examples === null ? keyResults.values : keyResults.sheet.getDataRange().getValues();
  withScriptLock(() => reconcileKeyResults(spreadsheet, keyResultValues, now));
  report.movedToLog = applyRepairs(brokenColumns, get, columnOf, now);

  // Formats before formulas: a column turning date-formatted makes the engine recalculate.
  const headersOf = (name: string) => (sheets.has(name) ? get(name).headers : null);
  for (const spec of SHEET_SPECS) styleSheet(spreadsheet, get(spec.name).sheet, spec, get(spec.name).headers, headersOf);
  const keyResultRows = keyResults.sheet.getMaxRows() - 1;
  const weeks = reservedWeeks(period.periodStart, period.periodEnd, zone);
  const progress = prepareProgressSheet(spreadsheet, columnOf, weeks, Math.max(keyResultRows, get(SHEETS.objectives).sheet.getMaxRows() - 1));
  for (const column of columns) {
    const cell = get(column.sheet).sheet.getRange(2, columnOf(column.sheet, column.header));
    if (cell.getFormula() !== column.formula) cell.setFormula(column.formula);
    report.formulas++;
  }
  for (const name of new Set(columns.map((c) => c.sheet))) protectSheetColumns(get(name).sheet, name, columnOf);

  const asValues = (name: string, items: Record<string, unknown>[]) => {
    const table = tableFromValues(get(name).sheet, [get(name).headers]);
    return [table.headers, ...rowsFor(table, items)];
  };
  const plans = examples === null
    ? plansFromValues(keyResults.values, get(SHEETS.objectives).values)
    : plansFromValues(asValues(SHEETS.keyResults, examples.keyResults), asValues(SHEETS.objectives, examples.objectives));
  const dashboard = buildDashboard(spreadsheet, columnOf, keyResultRows);
  writeProgressSheet(progress);
  writeSparklines(keyResults.sheet, sparklineColumn, columnOf(SHEETS.keyResults, 'ID'), progress.layout, progress.sheet.getMaxRows());
  report.charts = buildProgressCharts(dashboard, progress.sheet, progress.layout, plans);

  return report;
}
