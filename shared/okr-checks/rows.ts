/**
 * The tracker's rows as the checks read them: rows without an ID are skipped (a sheet read with
 * `getDataRange()` ends in blank rows, and formula columns spill blanks), and every row keeps
 * its place in the sheet so a finding can link to it.
 */
import { idKey, toText } from '../cells/cell.js';
import type { FeedFinding } from '../feed/feed.js';
import type { Columns, TrackerColumns } from '../tracker-columns.js';
import { SHEETS } from '../tracker-layout.js';
import type { OkrCheckKind } from './kinds.js';

type CheckedSheet = typeof SHEETS.objectives | typeof SHEETS.keyResults | typeof SHEETS.kpis;

/** A sheet row, 1-based as Sheets counts it (row 1 is the header). */
export interface RowRef {
  sheet: CheckedSheet;
  row: number;
}

/** A finding and the row it is about, for adapters that link to it. */
export interface LocatedFinding {
  finding: FeedFinding;
  at: RowRef;
}

export interface ItemRow {
  /** The ID as typed, trimmed. */
  id: string;
  /** The ID as the core compares it (`idKey`). */
  key: string;
  at: RowRef;
}

export interface ObjectiveRow extends ItemRow {
  owner: string;
  parent: string;
}

export interface KeyResultRow extends ItemRow {
  objective: string;
  owner: string;
  type: unknown;
  start: unknown;
  target: unknown;
  weight: unknown;
  cadence: unknown;
  /** The ID whose check-ins it reads: the KPI it follows (its KPI column), else its own. */
  logKey: string;
}

export interface KpiRow extends ItemRow {
  value: unknown;
  low: unknown;
  high: unknown;
}

export interface CheckedRows {
  objectives: ObjectiveRow[];
  keyResults: KeyResultRow[];
  kpis: KpiRow[];
}

/** The rows of `columns` that have an ID, each read by `read(cell)`. */
function itemsOf<K extends string, T extends ItemRow>(columns: Columns<K | 'ID'>, sheet: CheckedSheet, read: (cell: (name: K) => unknown, item: ItemRow) => T): T[] {
  const items: T[] = [];
  for (let r = 0; r < columns.rows; r++) {
    const id = toText(columns.ID[r]);
    if (id === '') continue;
    const item = { id, key: idKey(id), at: { sheet, row: r + 2 } };
    // `?.`: a column the reader did not find (an older tracker has no KPI column) reads as blank.
    items.push(read((name) => (columns as Record<string, unknown[] | undefined>)[name]?.[r] ?? '', item));
  }
  return items;
}

export function checkedRows(data: TrackerColumns): CheckedRows {
  return {
    objectives: itemsOf(data.objectives, SHEETS.objectives, (cell, item) => ({ ...item, owner: toText(cell('Owner')), parent: toText(cell('Parent')) })),
    keyResults: itemsOf(data.keyResults, SHEETS.keyResults, (cell, item) => ({
      ...item,
      objective: toText(cell('Objective')),
      owner: toText(cell('Owner')),
      type: cell('Type'),
      start: cell('Start'),
      target: cell('Target'),
      weight: cell('Weight'),
      cadence: cell('Cadence'),
      logKey: idKey(cell('KPI')) || item.key,
    })),
    kpis: itemsOf(data.kpis, SHEETS.kpis, (cell, item) => ({ ...item, value: cell('Value'), low: cell('Low'), high: cell('High') })),
  };
}

/** The first row of each ID: later rows with the same ID are duplicates, reported on their own. */
export function firstByKey<T extends ItemRow>(items: readonly T[]): Map<string, T> {
  const first = new Map<string, T>();
  for (const item of items) if (!first.has(item.key)) first.set(item.key, item);
  return first;
}

export function located(kind: OkrCheckKind, id: string, message: string, at: RowRef): LocatedFinding {
  return { finding: { kind, id, message }, at };
}

/** Items grouped by `keyOf` (items whose key is "" are left out), in row order. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === '') continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}
