/**
 * The tracker's raw data as columns: what one `getValues()` per sheet gives, split by header.
 * Columns (not row objects) because the core's functions take whole columns, exactly as the
 * sheet's array formulas pass them.
 */
import type { CheckInColumn, KeyResultColumn, KpiColumn, ObjectiveColumn } from './tracker-layout.js';

export type Columns<K extends string> = Record<K, unknown[]> & { rows: number };

export interface TrackerSettings {
  periodName: unknown;
  periodStart: unknown;
  periodEnd: unknown;
  success: unknown;
  cadence: unknown;
}

export interface TrackerColumns {
  settings: TrackerSettings;
  objectives: Columns<ObjectiveColumn>;
  keyResults: Columns<KeyResultColumn>;
  checkIns: Columns<CheckInColumn>;
  kpis: Columns<KpiColumn>;
}

/**
 * Splits values (header row first) into the named columns, found by header text (trimmed,
 * case-insensitive). A header that is missing gives a column of blanks.
 */
export function columnsOf<K extends string>(values: readonly unknown[][], headers: readonly K[]): Columns<K> {
  const header = (values[0] ?? []).map((h) => String(h ?? '').trim().toLowerCase());
  const rows = Math.max(values.length - 1, 0);
  const out = { rows } as Columns<K>;
  for (const name of headers) {
    const index = header.indexOf(name.toLowerCase());
    const column: unknown[] = new Array(rows);
    for (let r = 0; r < rows; r++) column[r] = index < 0 ? '' : values[r + 1][index] ?? '';
    (out as Record<string, unknown[]>)[name] = column;
  }
  return out;
}

/** Columns with `extra` rows appended (records keyed by header). */
export function appendToColumns<K extends string>(columns: Columns<K>, headers: readonly K[], extra: readonly Partial<Record<K, unknown>>[]): Columns<K> {
  const out = { rows: columns.rows + extra.length } as Columns<K>;
  for (const name of headers) (out as Record<string, unknown[]>)[name] = [...columns[name], ...extra.map((row) => row[name] ?? '')];
  return out;
}

/** Only the rows whose `column` value satisfies `keep`, in one pass. */
export function selectRows<K extends string>(columns: Columns<K>, headers: readonly K[], column: K, keep: (value: unknown) => boolean): Columns<K> {
  const rows: number[] = [];
  const source = columns[column];
  for (let r = 0; r < columns.rows; r++) if (keep(source[r])) rows.push(r);
  const out = { rows: rows.length } as Columns<K>;
  for (const name of headers) {
    const from = columns[name];
    (out as Record<string, unknown[]>)[name] = rows.map((r) => from[r]);
  }
  return out;
}
