/** How numbers from the feed read in the popup. */
import type { FeedKeyResult, KeyResultStatus } from '../../shared/feed.js';
import * as strings from './strings.js';

/** Grades always show two decimals, as the OKR articles write them (0.70). */
export function formatGrade(grade: number | null): string {
  return grade === null ? strings.noGrade : grade.toFixed(2);
}

/**
 * Made once: `toLocaleString` builds a new formatter on every call, which cost the popup about
 * 110 ms per render of 500 key results. Up to four decimals; integers have none to show anyway.
 */
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

export function formatNumber(value: number | string | null): string {
  if (value === null) return strings.noValue;
  if (typeof value === 'string') return value;
  return numberFormat.format(value);
}

/**
 * Sheets stores a percentage as a fraction (65% is 0.65), so a key result in % whose numbers
 * are all fractions is shown in percent; one typed as 65 with unit % is shown as it is.
 */
export function inPercent(keyResult: FeedKeyResult): boolean {
  if (keyResult.unit?.trim() !== '%') return false;
  const numbers = [keyResult.start, keyResult.target, keyResult.current].filter((v): v is number => typeof v === 'number');
  return numbers.length > 0 && numbers.every((v) => Math.abs(v) <= 1);
}

export function percent(value: number): string {
  // Rounded to two decimals first, so four allowed decimals never show more than two.
  return `${numberFormat.format(Number((value * 100).toFixed(2)))}%`;
}

/** A value as the key result shows it: in percent for a milestone or a percent key result. */
function shownAs(keyResult: FeedKeyResult): (value: number | string | null) => string {
  const asPercent = keyResult.type === 'milestone' || inPercent(keyResult);
  return (value) => (asPercent && typeof value === 'number' ? percent(value) : formatNumber(value));
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
