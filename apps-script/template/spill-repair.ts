/**
 * Repairs computed columns whose array formula no longer fills the column (brokenColumns.ts says how
 * each breaks): typed Current values go into the Check-ins log first, so no measurement is lost,
 * then the column is cleared and its formula written back in row 2. Set up tracker runs the
 * same steps as part of its work; Check OKRs… runs them on the three sheets with computed
 * columns, after asking.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { findSheet } from '../sheet-table.js';
import type { Dialogs } from '../ui.js';
import { brokenColumnLines, findBrokenColumns, type BrokenColumn } from './broken-columns.js';
import { columnIn, type EnsuredSheet } from './ensure-sheet.js';
import { computedColumns, type ColumnOf } from './formulas.js';
import { moveTypedCurrentToLog } from './initial-rows.js';
import { protectComputedColumns } from './protect-computed.js';
import { SHEET_SPECS } from './sheet-specs.js';

const CURRENT = { sheet: SHEETS.keyResults, header: 'Current' };

/** Copies typed Current values into the log, then empties the columns to be rewritten; returns the values logged. */
export function applyRepairs(brokenColumns: readonly BrokenColumn[], get: (name: string) => EnsuredSheet, columnOf: ColumnOf, now: number): number {
  const current = brokenColumns.find((c) => c.column.sheet === CURRENT.sheet && c.column.header === CURRENT.header && c.typedValues > 0);
  const moved = current === undefined ? 0 : moveTypedCurrentToLog(get(SHEETS.keyResults), get(SHEETS.checkIns), now, current.typedRows);
  for (const conflict of brokenColumns) {
    if (conflict.line !== undefined) continue;
    const target = get(conflict.column.sheet).sheet;
    const column = columnOf(conflict.column.sheet, conflict.column.header);
    const last = target.getLastRow();
    if (last >= 2) target.getRange(2, column, last - 1, 1).clearContent();
  }
  return moved;
}

/** Protects the computed columns of a sheet (and Key Results' per-row Progress column). */
export function protectSheetColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, name: string, columnOf: ColumnOf): void {
  const headers = [...computedColumns(columnOf).filter((c) => c.sheet === name).map((c) => c.header), ...(name === SHEETS.keyResults ? ['Progress'] : [])];
  protectComputedColumns(sheet, headers.map((header) => ({ header, column: columnOf(name, header) })));
}

export interface SpillRepair {
  /** The question's lines, one per repaired column; empty when nothing was broken. */
  repaired: string[];
  movedToLog: number;
  cancelled: boolean;
}

const REPAIRED_SHEETS = [SHEETS.objectives, SHEETS.keyResults, SHEETS.kpis] as const;

/**
 * Check OKRs…'s repair: finds broken spills on the sheets with computed columns and, once the
 * user agrees, repairs and protects them. A formula of the user's own, or a missing column, is
 * left to Set up tracker, which asks about those. One read per sheet.
 */
export function repairBrokenSpills(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs, now: number): SpillRepair {
  const sheets = new Map<string, EnsuredSheet>();
  for (const name of REPAIRED_SHEETS) {
    const sheet = findSheet(spreadsheet, name);
    const values = sheet.getDataRange().getValues();
    sheets.set(name, { sheet, values, headers: (values[0] ?? []).map((h) => String(h ?? '').trim()), created: false, addedHeaders: [] });
  }
  // The formulas read the log's columns: its header row is enough (the log itself may be long).
  const log = findSheet(spreadsheet, SHEETS.checkIns);
  const logHeaders = log.getRange(1, 1, 1, Math.max(log.getLastColumn(), 1)).getValues();
  sheets.set(SHEETS.checkIns, { sheet: log, values: logHeaders, headers: logHeaders[0].map((h) => String(h ?? '').trim()), created: false, addedHeaders: [] });
  const get = (name: string): EnsuredSheet => sheets.get(name) as EnsuredSheet;
  const columnOf: ColumnOf = (sheet, header) => columnIn(get(sheet).headers, header);
  const none = { repaired: [], movedToLog: 0, cancelled: false };
  const complete = SHEET_SPECS.filter((spec) => sheets.has(spec.name)).every((spec) => spec.headers.every((h) => columnOf(spec.name, h) > 0));
  if (!complete) return none;
  const columns = computedColumns(columnOf);
  const brokenColumns = findBrokenColumns(columns, get).filter((c) => c.foreignFormula === '');
  if (brokenColumns.length === 0) return none;
  const lines = brokenColumnLines(brokenColumns, CURRENT);
  if (!dialogs.confirm('Repair computed columns?', `These computed columns no longer fill their rows, so grades and statuses are blank or wrong:\n${lines.join('\n')}\n\nRepair them now?`)) {
    return { repaired: lines, movedToLog: 0, cancelled: true };
  }
  const movedToLog = applyRepairs(brokenColumns, get, columnOf, now);
  for (const conflict of brokenColumns) {
    const column = columns.find((c) => c.sheet === conflict.column.sheet && c.header === conflict.column.header);
    if (column !== undefined) get(column.sheet).sheet.getRange(2, columnOf(column.sheet, column.header)).setFormula(column.formula);
  }
  for (const name of new Set(brokenColumns.map((c) => c.column.sheet))) protectSheetColumns(get(name).sheet, name, columnOf);
  return { repaired: lines, movedToLog, cancelled: false };
}
