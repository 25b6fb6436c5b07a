/** How numbers from the feed read in the popup. */
import type { FeedKeyResult, KeyResultStatus } from '../../shared/feed/feed.js';
import { displayValue, formatPlainNumber, inPercent } from '../../shared/check-in/value-display.js';
import * as strings from '../strings/popup.js';

/** Grades always show two decimals, as the OKR articles write them (0.70). */
export function formatGrade(grade: number | null): string {
  return grade === null ? strings.noGrade : grade.toFixed(2);
}

export function formatNumber(value: number | string | null): string {
  if (value === null) return strings.noValue;
  if (typeof value === 'string') return value;
  return formatPlainNumber(value);
}

/** Whether a key result's values are shown and typed in percent, and how: see shared/check-in/value-display.ts. */
export { inPercent, formatPercent as percent } from '../../shared/check-in/value-display.js';

/** A value as the key result shows it (shared/check-in/value-display.ts): in percent for a milestone or a percent key result. */
function shownAs(keyResult: FeedKeyResult): (value: number | string | null) => string {
  return (value) => displayValue(keyResult, value, strings.noValue);
}

/** One logged value (the history view): "36", "70%", "done"; the unit goes in the column header. */
export function formatValue(keyResult: FeedKeyResult, value: number | string | null): string {
  return shownAs(keyResult)(value);
}

/**
 * "36 / 45 points", "70% / 75%", "75% (keep 70%–80%)" for a threshold, "40%" or "done" for a
 * milestone, or "36 points" when there is no target.
 */
export function formatProgress(keyResult: FeedKeyResult): string {
  const { current, start, target, type } = keyResult;
  const show = shownAs(keyResult);
  if (type === 'milestone') return show(current);
  const unit = unitSuffix(keyResult);
  if (type === 'threshold' && start !== null && target !== null) {
    return `${show(current)} (keep ${show(Math.min(start, target))}–${show(Math.max(start, target))})${unit}`;
  }
  if (target === null) return `${show(current)}${unit}`;
  return `${show(current)} / ${show(target)}${unit}`;
}

/** " points" after a number, or nothing when the key result is shown in percent or has no unit. */
export function unitSuffix(keyResult: FeedKeyResult): string {
  return keyResult.unit && keyResult.type !== 'milestone' && !inPercent(keyResult) ? ` ${keyResult.unit}` : '';
}

export function statusLabel(status: KeyResultStatus | null): string {
  return status === null ? strings.statusUnknown : strings.status[status];
}

/** The bar's fill, 0–1: the grade, which already accounts for the key result's type. */
export function progressFraction(grade: number | null): number {
  return grade === null ? 0 : Math.min(1, Math.max(0, grade));
}

/** Made on first use: only the history view needs it, and the first paint should not pay for it. */
let dayFormat: Intl.DateTimeFormat | undefined;

/** "Mar 3": the local day of an ISO time. The history holds one period only, so no year. */
export function formatDay(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return strings.noValue;
  dayFormat ??= new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });
  return dayFormat.format(date);
}
