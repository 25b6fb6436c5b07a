/**
 * Changes of Start, Target, Type and Weight that no edit event reported. Google queues at most
 * two `onEdit` events and drops the rest, and inserting or deleting rows fires none
 * (https://developers.google.com/apps-script/guides/triggers#restrictions), so the Adjustments
 * log cannot rest on `onEdit` alone. The add-on keeps the values it last recorded for each key
 * result (apps-script/recorded-fields.ts); every action that reads Key Results compares them with
 * the sheet and logs each difference nobody reported, marked FOUND_LATER, then records the
 * sheet's values. `onEdit` updates the same record for what it logs, so no change is logged twice
 * and none is lost. Rows are matched by ID, never by position: inserted, deleted or sorted rows
 * change nothing. A key result not recorded before (a new row) is recorded, not logged.
 */
import { idKey, isDate, toText } from '../cells/cell.js';
import { ADJUSTED_FIELDS, headerColumn, UNKNOWN_OLD_VALUE, type AdjustedField } from './cycle-layout.js';
import { sameValue, type AdjustmentRecord } from './adjustments.js';

/** The By of a change found by comparison: the editor is unknown, and the time is when it was found. */
const FOUND_LATER = '(found later)';

const RECORDED_HEADERS = ['ID', ...ADJUSTED_FIELDS] as const;

interface RecordedKeyResult {
  id: string;
  fields: Record<AdjustedField, unknown>;
}

/** ID key → the key result's adjusted fields, from a sheet's values (header row first); null without an ID column. */
export type Recorded = Map<string, RecordedKeyResult>;

export function recordedFrom(values: readonly (readonly unknown[])[]): Recorded | null {
  const headers = values[0] ?? [];
  const idColumn = headerColumn(headers, 'ID');
  if (idColumn < 0) return null;
  const columns = ADJUSTED_FIELDS.map((field) => [field, headerColumn(headers, field)] as const);
  const out: Recorded = new Map();
  for (const row of values.slice(1)) {
    const id = toText(row[idColumn]);
    if (id === '') continue;
    const fields = {} as Record<AdjustedField, unknown>;
    for (const [field, column] of columns) fields[field] = column < 0 ? '' : row[column] ?? '';
    out.set(idKey(id), { id, fields });
  }
  return out;
}

function sameField(a: unknown, b: unknown): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return sameValue(a ?? '', b ?? '');
}

/** What changed between the record and the sheet for key results in both, in sheet order. */
export function unreportedChanges(recorded: Recorded, current: Recorded, time: unknown): AdjustmentRecord[] {
  const out: AdjustmentRecord[] = [];
  for (const [key, now] of current) {
    const before = recorded.get(key);
    if (before === undefined) continue;
    for (const field of ADJUSTED_FIELDS) {
      if (sameField(before.fields[field], now.fields[field])) continue;
      out.push({ Time: time, ID: now.id, Field: field, 'Old value': before.fields[field], 'New value': now.fields[field], By: FOUND_LATER, Reason: '' });
    }
  }
  return out;
}

/** The record as a sheet's values: the header, then one row per key result. */
export function recordedValues(recorded: Recorded): unknown[][] {
  return [[...RECORDED_HEADERS], ...[...recorded.values()].map((kr) => [kr.id, ...ADJUSTED_FIELDS.map((f) => kr.fields[f])])];
}

/**
 * The edits `onEdit` is about to log, less those an action already found and logged (the
 * record holds their new value), with the record's old value where Google gave none; and the
 * record updated to what is logged. Key results not in the record stay out of it: the next
 * action records them.
 */
export function settleEdits(recorded: Recorded, rows: readonly AdjustmentRecord[]): { log: AdjustmentRecord[]; changed: boolean } {
  const log: AdjustmentRecord[] = [];
  let changed = false;
  for (const row of rows) {
    const entry = recorded.get(idKey(row.ID));
    const field = row.Field as AdjustedField;
    if (entry === undefined) {
      log.push(row);
      continue;
    }
    if (sameField(entry.fields[field], row['New value'])) continue;
    log.push(row['Old value'] === UNKNOWN_OLD_VALUE ? { ...row, 'Old value': entry.fields[field] } : row);
    entry.fields[field] = row['New value'];
    changed = true;
  }
  return { log, changed };
}
