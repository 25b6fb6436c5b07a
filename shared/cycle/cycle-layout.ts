/**
 * The sheets of the end of the cycle: "Review <period>", made by Close quarter…, and the
 * append-only "Adjustments" log. Kept apart from `tracker-layout.ts` (the live tracker's sheets);
 * code finds these columns by header text too, so users may reorder them and add their own.
 */
import { parseNumericText } from '../cells/cell.js';

const REVIEW_PREFIX = 'Review ';

/** The review sheet of a period: "Review 2026-Q4". */
export function reviewSheetName(period: string): string {
  return `${REVIEW_PREFIX}${period.trim()}`;
}

/** The period a sheet name reviews, or null when the name is not a review sheet's. */
export function periodOfReviewSheet(name: string): string | null {
  if (!name.startsWith(REVIEW_PREFIX)) return null;
  const period = name.slice(REVIEW_PREFIX.length).trim();
  return period === '' ? null : period;
}

/** Which row is which: the review lists each objective, then its key results. */
export const REVIEW_KIND = { objective: 'Objective', keyResult: 'Key result' } as const;

export const REVIEW_COLUMNS = [
  'Kind',
  'ID',
  'Objective',
  'Title',
  'Final value',
  'Final grade',
  'Final status',
  'Mid-period forecast grade',
  'Check-ins',
  'Last confidence',
  'What went well',
  'What we learned',
  'Carry over',
  'Carried to',
] as const;

export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];

export const ADJUSTMENTS_SHEET = 'Adjustments';

export const ADJUSTMENT_COLUMNS = ['Time', 'ID', 'Field', 'Old value', 'New value', 'By', 'Reason'] as const;

export type AdjustmentColumn = (typeof ADJUSTMENT_COLUMNS)[number];

/** The Key Results columns whose changes move a grade, so each change is logged. */
export const ADJUSTED_FIELDS = ['Start', 'Target', 'Type', 'Weight'] as const;

export type AdjustedField = (typeof ADJUSTED_FIELDS)[number];

/** The Old value of a pasted block: Google gives old values only for single-cell edits. */
export const UNKNOWN_OLD_VALUE = '(unknown)';

/** A ticked checkbox: TRUE, or its text as a pasted or typed cell may hold it. */
export function isTicked(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.trim().toUpperCase() === 'TRUE');
}

/**
 * Sort key of a period name, oldest first: a quarter ("2026-Q4") by its first day, a date name
 * ("2027-01-01", what Close quarter names periods that are not quarters) by itself. Any other
 * name (a user's own first period, "Sprint 7") sorts before both, since every later period
 * Close quarter makes is a quarter or a date.
 */
export function periodSortKey(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(period.trim());
  if (quarter !== null) return `1 ${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const date = /^\d{4}-\d{2}-\d{2}$/.exec(period.trim());
  if (date !== null) return `1 ${date[0]}`;
  return `0 ${period.trim().toLowerCase()}`;
}

/** The newest review sheet among the spreadsheet's sheet names, or null when there is none. */
export function latestReviewSheet(sheetNames: readonly string[]): string | null {
  let best: { name: string; key: string } | null = null;
  for (const name of sheetNames) {
    const period = periodOfReviewSheet(name);
    if (period === null) continue;
    const key = periodSortKey(period);
    if (best === null || key >= best.key) best = { name, key };
  }
  return best?.name ?? null;
}

/** A cell's text as its number when it is numeric text ("0.75" → 0.75), else trimmed text. */
export function valueOfText(text: string): string | number {
  return parseNumericText(text) ?? text.trim();
}

/** 0-based column of a header in a header row (trimmed, case-insensitive), or -1. */
export function headerColumn(headerRow: readonly unknown[] | undefined, header: string): number {
  const wanted = header.trim().toLowerCase();
  return (headerRow ?? []).findIndex((h) => String(h ?? '').trim().toLowerCase() === wanted);
}
