/**
 * What set-up would overwrite in the computed columns, and the broken spills Check OKRs… and
 * Set up repair: values a user typed, a formula that is not the template's (this version's, or
 * one an earlier version wrote, which set-up replaces as its own), and a formula moved off row 2.
 *
 * A computed column is one array formula in row 2 whose result spills down the column. A value
 * typed anywhere in that range stops the whole result: Sheets shows #REF! in row 2 ("Array
 * result was not expanded because it would overwrite data in …") and every row goes blank.
 * Sorting the sheet moves the row-2 formula to another row, where it spills from the wrong row
 * (https://support.google.com/docs/answer/3093275). So a value under a formula that shows an
 * error is typed, a formula below row 2 was moved, and values above a moved formula are typed.
 * One read of the formulas of each sheet, whatever the rows.
 */
import type { EnsuredSheet } from './ensure-sheet.js';
import { columnIn } from './ensure-sheet.js';
import type { ComputedColumn } from './formulas.js';

export interface BrokenColumn {
  column: Pick<ComputedColumn, 'sheet' | 'header'>;
  typedValues: number;
  foreignFormula: string;
  /** Data rows (0-based, below the header) holding a typed value. */
  typedRows?: number[];
  /** The error row 2 shows because typed values stop its result (#REF!). */
  blocked?: string;
  /** Sheet rows a formula of this column was moved to (a sort). */
  movedTo?: number[];
  /** A line of its own, for a conflict that is not about one column. */
  line?: string;
}

const isBlank = (value: unknown) => value === '' || value === undefined || value === null;
const isErrorText = (value: unknown) => typeof value === 'string' && /^#[A-Z/0]+[!?]?$|^#N\/A$/.test(value);

const normalise = (formula: string) => formula.replace(/\s+/g, '').toUpperCase();

export function findBrokenColumns(columns: readonly ComputedColumn[], get: (name: string) => EnsuredSheet): BrokenColumn[] {
  const formulasBySheet = new Map<string, string[][]>();
  const brokenColumns: BrokenColumn[] = [];
  for (const column of columns) {
    const ensured = get(column.sheet);
    if (ensured.values.length < 2) continue;
    let formulas = formulasBySheet.get(column.sheet);
    if (formulas === undefined) {
      formulas = ensured.sheet.getRange(2, 1, ensured.values.length - 1, ensured.headers.length).getFormulas();
      formulasBySheet.set(column.sheet, formulas);
    }
    const conflict = columnConflict(column, ensured.values, formulas, columnIn(ensured.headers, column.header) - 1);
    if (conflict !== null) brokenColumns.push(conflict);
  }
  return brokenColumns;
}

/** What is wrong in one computed column, from its values and formulas (data rows only), or null. */
function columnConflict(column: ComputedColumn, values: readonly unknown[][], formulas: readonly string[][], index: number): BrokenColumn | null {
  const rows = formulas.length;
  const formula = (r: number) => formulas[r]?.[index] ?? '';
  const value = (r: number) => values[r + 1]?.[index];
  const existing = formula(0);
  const moved: number[] = [];
  for (let r = 1; r < rows; r++) if (formula(r) !== '') moved.push(r);
  // Typed: no formula, a value, and not part of a result that spills: a working formula's rows below it.
  const spillsFrom = existing !== '' ? 0 : moved[0];
  const live = spillsFrom !== undefined && !isErrorText(value(spillsFrom));
  const typedRows: number[] = [];
  for (let r = 0; r < rows; r++) if (formula(r) === '' && !isBlank(value(r)) && !(live && r > (spillsFrom as number))) typedRows.push(r);
  const at = { sheet: column.sheet, header: column.header };
  if (existing !== '') {
    const ours = [column.formula, ...(column.replaces ?? [])].map(normalise);
    if (!ours.includes(normalise(existing))) return { column: at, typedValues: typedRows.length, typedRows, foreignFormula: existing };
    if (typedRows.length === 0 && moved.length === 0) return null;
    return { column: at, typedValues: typedRows.length, typedRows, foreignFormula: '', blocked: isErrorText(value(0)) ? String(value(0)) : undefined, movedTo: moved.map((r) => r + 2) };
  }
  if (typedRows.length === 0 && moved.length === 0) return null;
  return { column: at, typedValues: typedRows.length, typedRows, foreignFormula: '', movedTo: moved.map((r) => r + 2) };
}

/** The question's lines, one per conflicting column. */
export function brokenColumnLines(brokenColumns: readonly BrokenColumn[], currentColumn: { sheet: string; header: string }): string[] {
  return brokenColumns.map((c) => {
    if (c.line !== undefined) return `• ${c.line}`;
    const name = `${c.column.sheet} › ${c.column.header}`;
    if (c.foreignFormula !== '') return `• ${name}: its formula will be replaced (was ${c.foreignFormula})`;
    const toLog = c.column.header === currentColumn.header && c.column.sheet === currentColumn.sheet ? ' (each is first copied into the Check-ins log)' : '';
    const parts = [
      c.movedTo !== undefined && c.movedTo.length > 0 ? `its formula was moved to row ${c.movedTo.join(', ')} (by a sort?) and goes back to row 2` : '',
      c.typedValues > 0 ? `${c.typedValues} typed value(s)${c.blocked !== undefined ? ` stop its results (row 2 shows ${c.blocked})` : ''} will be replaced by its results${toLog}` : '',
    ].filter((p) => p !== '');
    return `• ${name}: ${parts.join('; ')}`;
  });
}
