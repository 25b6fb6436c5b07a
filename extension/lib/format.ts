/** How numbers from the feed read in the popup. */
import type { FeedKeyResult, KeyResultStatus } from '../../shared/feed.js';
import * as strings from './strings.js';

/** Grades always show two decimals, as the OKR articles write them (0.70). */
export function formatGrade(grade: number | null): string {
  return grade === null ? strings.noGrade : grade.toFixed(2);
}

export function formatNumber(value: number | string | null): string {
  if (value === null) return strings.noValue;
  if (typeof value === 'string') return value;
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** "36 / 45 points", "done", or "36 points" when there is no target. */
export function formatProgress(keyResult: FeedKeyResult): string {
  const unit = keyResult.unit ? ` ${keyResult.unit}` : '';
  if (keyResult.target === null) return `${formatNumber(keyResult.current)}${unit}`;
  return `${formatNumber(keyResult.current)} / ${formatNumber(keyResult.target)}${unit}`;
}

export function statusLabel(status: KeyResultStatus | null): string {
  return status === null ? strings.statusUnknown : strings.status[status];
}

/** The bar's fill, 0–1: the grade, which already accounts for the key result's type. */
export function progressFraction(grade: number | null): number {
  return grade === null ? 0 : Math.min(1, Math.max(0, grade));
}
