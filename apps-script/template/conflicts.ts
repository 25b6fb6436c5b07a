/**
 * What set-up would overwrite in the computed columns: values a user typed, or a formula that
 * is not the template's (this version's, or one an earlier version wrote, which set-up replaces
 * as its own). One read of row 2's formulas per sheet, whatever the rows.
 */
import type { EnsuredSheet } from './ensure-sheet.js';
import { columnIn } from './ensure-sheet.js';
import type { ComputedColumn } from './formulas.js';

export interface Conflict {
  column: Pick<ComputedColumn, 'sheet' | 'header'>;
  typedValues: number;
  foreignFormula: string;
  /** A line of its own, for a conflict that is not about one column. */
  line?: string;
}

const normalise = (formula: string) => formula.replace(/\s+/g, '').toUpperCase();

export function findConflicts(columns: readonly ComputedColumn[], get: (name: string) => EnsuredSheet): Conflict[] {
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
      const ours = [column.formula, ...(column.replaces ?? [])].map(normalise);
      if (!ours.includes(normalise(existing))) conflicts.push({ column, typedValues: 0, foreignFormula: existing });
      continue;
    }
    const typed = ensured.values.slice(1).filter((row) => row[index] !== '' && row[index] !== undefined && row[index] !== null).length;
    if (typed > 0) conflicts.push({ column, typedValues: typed, foreignFormula: '' });
  }
  return conflicts;
}

/** The question's lines, one per conflicting column. */
export function conflictLines(conflicts: readonly Conflict[], currentColumn: { sheet: string; header: string }): string[] {
  return conflicts.map((c) =>
    c.line !== undefined
      ? `• ${c.line}`
      : c.foreignFormula !== ''
      ? `• ${c.column.sheet} › ${c.column.header}: its formula will be replaced (was ${c.foreignFormula})`
      : `• ${c.column.sheet} › ${c.column.header}: ${c.typedValues} typed value(s) will be replaced by a formula${
          c.column.header === currentColumn.header && c.column.sheet === currentColumn.sheet ? ' (each is first copied into the Check-ins log)' : ''
        }`,
  );
}
