/**
 * "Set up tracker": creates or repairs every tracker sheet, writes the computed columns' array
 * formulas, the Dashboard and (on request) the examples. Idempotent: a second run changes
 * nothing a user wrote. It asks before replacing values typed into a computed column, and
 * moves typed Current values into the Check-ins log so no measurement is lost.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { SHEET_SPECS } from '../template/sheet-specs.js';
import { columnIn, ensureSheet, type EnsuredSheet } from '../template/ensure-sheet.js';
import { computedColumns, type ComputedColumn } from '../template/formulas.js';
import { styleSheet } from '../template/styling.js';
import { exampleRows } from '../template/examples.js';
import { buildDashboard } from '../template/build-dashboard.js';
import { appendRows, readTable, rowsFor, tableFromValues } from '../sheet-table.js';
import { withScriptLock } from '../ui.js';
import type { Dialogs } from '../ui.js';
import { settingsBlock, settingsFrom } from '../template/settings-values.js';
import { toTimeOrBlank } from '../../shared/cell.js';

export interface SetUpReport {
  created: string[];
  addedHeaders: string[];
  formulas: number;
  examples: boolean;
  movedToLog: number;
  warnings: string[];
  cancelled: boolean;
}

interface Conflict {
  column: ComputedColumn;
  typedValues: number;
  foreignFormula: string;
}

export function setUpTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs, now: number, withExamples: boolean): SetUpReport {
  const report: SetUpReport = { created: [], addedHeaders: [], formulas: 0, examples: false, movedToLog: 0, warnings: [], cancelled: false };
  const sheets = new Map<string, EnsuredSheet>();
  for (const spec of SHEET_SPECS) {
    const ensured = ensureSheet(spreadsheet, spec);
    sheets.set(spec.name, ensured);
    if (ensured.created) report.created.push(spec.name);
    else if (!spec.freeform) report.addedHeaders.push(...ensured.addedHeaders.map((h) => `${spec.name} › ${h}`));
  }
  const get = (name: string) => sheets.get(name) as EnsuredSheet;
  const columnOf = (sheet: string, header: string) => columnIn(get(sheet).headers, header);

  const settings = get(SHEETS.settings);
  const { rows: settingRows } = settingsBlock(settings.values, now);
  settings.sheet.getRange(2, 1, settingRows.length, settingRows[0].length).setValues(settingRows);
  settings.sheet.getRange(3, 2, 2, 1).setNumberFormat('yyyy-mm-dd');
  const periodStart = toTimeOrBlank(settingsFrom([[], ...settingRows]).periodStart, 'period start') ?? now;

  const columns = computedColumns(columnOf);
  const conflicts = findConflicts(columns, get);
  if (conflicts.length > 0) {
    const lines = conflicts.map((c) =>
      c.foreignFormula !== ''
        ? `• ${c.column.sheet} › ${c.column.header}: its formula will be replaced (was ${c.foreignFormula})`
        : `• ${c.column.sheet} › ${c.column.header}: ${c.typedValues} typed value(s) will be replaced by a formula${c.column.header === 'Current' && c.column.sheet === SHEETS.keyResults ? ' (each is first copied into the Check-ins log)' : ''}`,
    );
    const ok = dialogs.confirm('Replace values in computed columns?', `These columns are computed by okr-sheets:\n${lines.join('\n')}\n\nContinue?`);
    if (!ok) {
      report.cancelled = true;
      return report;
    }
  }

  const checkIns = get(SHEETS.checkIns);
  const moved = conflicts.find((c) => c.column.sheet === SHEETS.keyResults && c.column.header === 'Current' && c.typedValues > 0);
  if (moved !== undefined) report.movedToLog = moveTypedCurrentToLog(get(SHEETS.keyResults), checkIns, now);

  if (withExamples) report.examples = addExamples(get, dialogs, now, periodStart);

  for (const conflict of conflicts) {
    const target = get(conflict.column.sheet).sheet;
    const column = columnOf(conflict.column.sheet, conflict.column.header);
    const last = target.getLastRow();
    if (last >= 2) target.getRange(2, column, last - 1, 1).clearContent();
  }
  for (const column of columns) {
    get(column.sheet).sheet.getRange(2, columnOf(column.sheet, column.header)).setFormula(column.formula);
    report.formulas++;
  }
  for (const spec of SHEET_SPECS) styleSheet(spreadsheet, get(spec.name).sheet, spec, get(spec.name).headers);
  buildDashboard(spreadsheet, columnOf, get(SHEETS.keyResults).sheet.getMaxRows() - 1);

  const zone = spreadsheet.getSpreadsheetTimeZone();
  const scriptZone = Session.getScriptTimeZone();
  if (zone !== scriptZone) {
    report.warnings.push(
      `The spreadsheet's time zone (${zone}) differs from the script's (${scriptZone}), so due dates may be a day off. ` +
        `Set File → Settings → Time zone to ${scriptZone}, or set "timeZone" in apps-script/appsscript.json to ${zone} and run npm run push.`,
    );
  }
  return report;
}

function findConflicts(columns: ComputedColumn[], get: (name: string) => EnsuredSheet): Conflict[] {
  const formulasBySheet = new Map<string, string[]>();
  const conflicts: Conflict[] = [];
  for (const column of columns) {
    const ensured = get(column.sheet);
    if (ensured.values.length < 2) continue;
    let row2 = formulasBySheet.get(column.sheet);
    if (row2 === undefined) {
      row2 = ensured.sheet.getRange(2, 1, 1, ensured.headers.length).getFormulas()[0];
      formulasBySheet.set(column.sheet, row2);
    }
    const index = columnIn(ensured.headers, column.header) - 1;
    const existing = row2[index] ?? '';
    if (existing !== '') {
      if (normalise(existing) !== normalise(column.formula)) conflicts.push({ column, typedValues: 0, foreignFormula: existing });
      continue;
    }
    const typed = ensured.values.slice(1).filter((row) => row[index] !== '' && row[index] !== undefined && row[index] !== null).length;
    if (typed > 0) conflicts.push({ column, typedValues: typed, foreignFormula: '' });
  }
  return conflicts;
}

const normalise = (formula: string) => formula.replace(/\s+/g, '').toUpperCase();

/** Copies each key result's typed Current value into the log as a check-in, in one write. */
function moveTypedCurrentToLog(keyResults: EnsuredSheet, checkIns: EnsuredSheet, now: number): number {
  const table = tableFromValues(keyResults.sheet, keyResults.values, ['ID', 'Current']);
  const idCol = table.column('ID');
  const currentCol = table.column('Current');
  const items = table.rows
    .filter((row) => String(row[idCol] ?? '').trim() !== '' && row[currentCol] !== '')
    .map((row) => ({
      Time: new Date(now),
      ID: String(row[idCol]).trim(),
      Value: row[currentCol],
      Note: 'Current value typed in before set-up',
      By: 'okr-sheets set-up',
      'Request ID': `setup-${String(row[idCol]).trim()}-${now}`,
    }));
  // The log is read again under the lock: a check-in may have arrived while the user answered.
  withScriptLock(() => {
    const log = readTable(checkIns.sheet);
    appendRows(log, rowsFor(log, items));
  });
  return items.length;
}

function addExamples(get: (name: string) => EnsuredSheet, dialogs: Dialogs, now: number, periodStart: number): boolean {
  const targets = [SHEETS.objectives, SHEETS.keyResults, SHEETS.kpis, SHEETS.checkIns];
  const used = targets.filter((name) => get(name).values.slice(1).some((row) => row.some((v) => v !== '')));
  if (used.length > 0) {
    dialogs.inform('Examples not added', `Examples go into an empty tracker, and ${used.join(', ')} already hold data. Nothing was added.`);
    return false;
  }
  const rows = exampleRows(now, periodStart);
  const write = (name: string, items: Record<string, unknown>[]) => {
    const ensured = get(name);
    const table = tableFromValues(ensured.sheet, [ensured.headers]);
    appendRows(table, rowsFor(table, items));
  };
  write(SHEETS.objectives, rows.objectives);
  write(SHEETS.keyResults, rows.keyResults);
  write(SHEETS.kpis, rows.kpis);
  write(SHEETS.checkIns, rows.checkIns);
  return true;
}
