/**
 * The rows set-up writes into the data sheets: the examples of "Set up tracker with examples",
 * and the typed Current values it moves into the log before a formula replaces them.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { appendRows, readTable, rowsFor, tableFromValues } from '../sheet-table.js';
import { withScriptLock, type Dialogs } from '../ui.js';
import type { EnsuredSheet } from './ensure-sheet.js';
import { exampleRows, type ExampleRows } from './examples.js';
import type { Zone } from '../../shared/zone.js';

/**
 * Copies each key result's typed Current value into the log as a check-in, in one write.
 * `typedRows` (data rows, 0-based) are the cells that hold a typed value and not the formula's
 * result or its error; all non-blank cells when not given (a column without a formula).
 */
export function moveTypedCurrentToLog(keyResults: EnsuredSheet, checkIns: EnsuredSheet, now: number, typedRows?: readonly number[]): number {
  const table = tableFromValues(keyResults.sheet, keyResults.values, ['ID', 'Current']);
  const idCol = table.column('ID');
  const currentCol = table.column('Current');
  const typed = typedRows === undefined ? null : new Set(typedRows);
  const items = table.rows
    .filter((row, r) => (typed === null || typed.has(r)) && String(row[idCol] ?? '').trim() !== '' && row[currentCol] !== '')
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

/** Writes the examples into an empty tracker (from row 2 of each sheet); null when it holds data. */
export function addExamples(get: (name: string) => EnsuredSheet, dialogs: Dialogs, now: number, periodStart: number, zone: Zone): ExampleRows | null {
  const targets = [SHEETS.objectives, SHEETS.keyResults, SHEETS.kpis, SHEETS.checkIns];
  const used = targets.filter((name) => get(name).values.slice(1).some((row) => row.some((v) => v !== '')));
  if (used.length > 0) {
    dialogs.inform('Examples not added', `Examples go into an empty tracker, and ${used.join(', ')} already hold data. Nothing was added.`);
    return null;
  }
  const rows = exampleRows(now, periodStart, zone);
  const write = (name: string, items: Record<string, unknown>[]) => {
    const ensured = get(name);
    const table = tableFromValues(ensured.sheet, [ensured.headers]);
    appendRows(table, rowsFor(table, items));
  };
  write(SHEETS.objectives, rows.objectives);
  write(SHEETS.keyResults, rows.keyResults);
  write(SHEETS.kpis, rows.kpis);
  write(SHEETS.checkIns, rows.checkIns);
  return rows;
}
