/**
 * Which charts the Dashboard shows: one line chart per objective, a line per key result (or,
 * for a parent objective without key results of its own, per child objective), each a row of
 * the Progress sheet. Pure: rows in, plans out.
 */
import { idKey, isBlank } from '../../shared/cells/cell.js';
import { PROGRESS_ROWS } from '../../shared/tracker-layout.js';

/** Set up replaces the charts whose title starts with this, and leaves every other chart alone. */
export const CHART_TITLE_PREFIX = 'Weekly progress · ';
/** More would make the Dashboard slow to open; the rest are in the Progress sheet. */
export const MAX_CHARTS = 20;
/** The OKR articles advise 2–5 key results per objective; beyond 10 lines a chart is unreadable. */
export const MAX_LINES = 10;

export interface ChartPlan {
  objective: string;
  title: string;
  /** The Progress block the lines come from. */
  block: 'grades' | 'rollup';
  /** Progress rows of the lines, in sheet order. */
  rows: number[];
}

export interface KeyResultRow {
  id: unknown;
  objective: unknown;
}

export interface ObjectiveRow {
  id: unknown;
  title: unknown;
  parent: unknown;
}

/** Progress row of the i-th data row (from 0) of Key Results or Objectives. */
const progressRow = (index: number) => PROGRESS_ROWS.first + index;

function rowsByParent<T>(items: readonly T[], id: (item: T) => unknown, parent: (item: T) => unknown): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  items.forEach((item, i) => {
    if (isBlank(id(item)) || isBlank(parent(item))) return;
    const key = idKey(parent(item));
    const list = rows.get(key) ?? [];
    list.push(progressRow(i));
    rows.set(key, list);
  });
  return rows;
}

export function chartPlans(keyResults: readonly KeyResultRow[], objectives: readonly ObjectiveRow[]): ChartPlan[] {
  const ownRows = rowsByParent(keyResults, (k) => k.id, (k) => k.objective);
  const childRows = rowsByParent(objectives, (o) => o.id, (o) => o.parent);
  const plans: ChartPlan[] = [];
  for (const objective of objectives) {
    if (isBlank(objective.id) || plans.length === MAX_CHARTS) continue;
    const key = idKey(objective.id);
    const own = ownRows.get(key);
    const block = own !== undefined ? 'grades' : 'rollup';
    const rows = own ?? childRows.get(key);
    if (rows === undefined) continue;
    const id = String(objective.id).trim();
    const name = isBlank(objective.title) ? id : `${id}: ${String(objective.title).trim()}`;
    const more = rows.length > MAX_LINES ? ` (first ${MAX_LINES} of ${rows.length} ${block === 'grades' ? 'key results' : 'objectives'})` : '';
    plans.push({ objective: id, title: `${CHART_TITLE_PREFIX}${name}${more}`, block, rows: rows.slice(0, MAX_LINES) });
  }
  return plans;
}

/** Consecutive rows as runs, so contiguous key results take one range. */
export function rowRuns(rows: readonly number[]): { start: number; count: number }[] {
  const runs: { start: number; count: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.start + last.count === row) last.count++;
    else runs.push({ start: row, count: 1 });
  }
  return runs;
}
