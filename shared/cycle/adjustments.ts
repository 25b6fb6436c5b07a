/**
 * Which edits of Key Results go into the append-only Adjustments log, so a grade can always be
 * explained: changes of a key result's Start, Target, Type or Weight (the OKR articles let
 * targets move during the cycle; the log says when, from what, to what, and who).
 *
 * Sheets gives the old value only when one cell was edited (`e.oldValue`), as text; for a
 * pasted or filled block the new values are logged and the old ones marked unknown. Rows
 * without an ID are skipped: there is no key result yet to adjust.
 */
import { idKey, isBlank, toText } from '../cells/cell.js';
import { ADJUSTED_FIELDS, headerColumn, UNKNOWN_OLD_VALUE, valueOfText, type AdjustedField, type AdjustmentColumn } from './cycle-layout.js';

export type AdjustmentRecord = Record<AdjustmentColumn, unknown>;

export interface EditedBlock {
  /** Sheet row (1-based) of the first edited row below the header. */
  firstRow: number;
  /** Sheet column (1-based) of the first edited column. */
  firstColumn: number;
  /** Row 1 of Key Results, as it is now. */
  headers: readonly unknown[];
  /** The ID cell of each edited row (after the edit). */
  ids: readonly unknown[];
  /** The edited cells after the edit, one row per ID. */
  values: readonly (readonly unknown[])[];
  /** A single cell was edited: then `oldValue` is Google's `e.oldValue`. */
  single: boolean;
  /** `e.oldValue`: text, or undefined when the cell was empty before. */
  oldValue?: unknown;
  time: unknown;
  by: string;
}

/** The adjusted fields among the edited columns, with their offset in the block. */
export function editedFields(headers: readonly unknown[], firstColumn: number, columns: number): { field: AdjustedField; offset: number }[] {
  const out: { field: AdjustedField; offset: number }[] = [];
  for (const field of ADJUSTED_FIELDS) {
    const offset = headerColumn(headers, field) + 1 - firstColumn;
    if (headerColumn(headers, field) >= 0 && offset >= 0 && offset < columns) out.push({ field, offset });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/** `e.oldValue` as the cell held it: numeric text as its number, for the numeric fields. */
function oldValueOf(field: AdjustedField, oldValue: unknown): unknown {
  if (oldValue === undefined || oldValue === null) return '';
  if (typeof oldValue !== 'string') return oldValue;
  return field === 'Type' ? oldValue.trim() : valueOfText(oldValue);
}

/** Whether an edit left the value as it was (retyping 10 over 10, "Increase" over "increase"). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  return idKey(a) === idKey(b);
}

export function adjustmentsForEdit(edit: EditedBlock): AdjustmentRecord[] {
  const fields = editedFields(edit.headers, edit.firstColumn, edit.values[0]?.length ?? 0);
  const out: AdjustmentRecord[] = [];
  edit.values.forEach((row, r) => {
    const id = toText(edit.ids[r]);
    if (id === '') return;
    for (const { field, offset } of fields) {
      const value = row[offset] ?? '';
      const old = edit.single ? oldValueOf(field, edit.oldValue) : UNKNOWN_OLD_VALUE;
      if (edit.single && sameValue(old, value)) continue;
      out.push({ Time: edit.time, ID: id, Field: field, 'Old value': old, 'New value': value, By: edit.by, Reason: '' });
    }
  });
  return out;
}

/** An adjustment made by one of the add-on's own actions, with its reason filled in. */
export function actionAdjustment(time: unknown, id: string, field: AdjustedField, oldValue: unknown, newValue: unknown, by: string, reason: string): AdjustmentRecord {
  return { Time: time, ID: id, Field: field, 'Old value': isBlank(oldValue) ? '' : oldValue, 'New value': newValue, By: by, Reason: reason };
}
