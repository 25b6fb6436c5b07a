/**
 * Whether a typed value is plausible for its key result, and what was likely meant when it is
 * not: 72 typed on a key result going from 65% to 75% (0.65 to 0.75) is 7,200%, far outside the
 * span, and 0.72 is what the person meant. Every surface that takes a value asks "Did you
 * mean …?" before sending an implausible one; nothing implausible is written silently. The web
 * app still takes any number: a server cannot ask the person.
 */
import type { ValueScale } from './value-entry.js';
import { displayValue, inPercent } from './value-entry.js';

/** A value more than this many start-to-target spans outside the span is implausible. */
export const MAX_SPANS_AWAY = 10;
/** A percent value above this fraction (1,000%) is implausible whatever the span. */
const MAX_PERCENT = 10;

export type Plausibility = { plausible: true } | { plausible: false; suggestion: number | null; message: string };

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The range a value may fall in, or null when nothing bounds it. */
function plausibleRange(scale: ValueScale): { low: number; high: number } | null {
  if (scale.type?.trim().toLowerCase() === 'milestone') return { low: 0, high: 1 };
  const percent = inPercent(scale);
  const { start, target } = scale;
  if (isNumber(start) && isNumber(target) && start !== target) {
    const span = Math.abs(target - start);
    const low = Math.min(start, target) - MAX_SPANS_AWAY * span;
    const high = Math.max(start, target) + MAX_SPANS_AWAY * span;
    return percent ? { low: Math.max(low, -MAX_PERCENT), high: Math.min(high, MAX_PERCENT) } : { low, high };
  }
  return percent ? { low: -MAX_PERCENT, high: MAX_PERCENT } : null;
}

/** The usual slips: a percent typed as points or the other way, a misplaced decimal point. */
const SLIPS = [100, 10, 1000] as const;

/** Distance from the start–target span (0 inside it); 0 without one, so the slips keep their order. */
function distanceToSpan(scale: ValueScale, value: number): number {
  const { start, target } = scale;
  if (!isNumber(start) || !isNumber(target)) return 0;
  const [a, b] = [Math.min(start, target), Math.max(start, target)];
  return value < a ? a - value : value > b ? value - b : 0;
}

export function plausibility(scale: ValueScale, value: number | string): Plausibility {
  if (!isNumber(value)) return { plausible: true };
  const range = plausibleRange(scale);
  if (range === null || (value >= range.low && value <= range.high)) return { plausible: true };
  const candidates = SLIPS.flatMap((factor) => [value / factor, value * factor]).filter((candidate) => candidate >= range.low && candidate <= range.high);
  candidates.sort((x, y) => distanceToSpan(scale, x) - distanceToSpan(scale, y));
  const suggestion = candidates[0] ?? null;
  return { plausible: false, suggestion, message: implausibleMessage(scale, value, suggestion) };
}

/** "Did you mean 72%? 7,200% is far outside this key result's range (65% to 75%)." */
function implausibleMessage(scale: ValueScale, value: number, suggestion: number | null): string {
  const show = (v: number) => displayValue(scale, v);
  const { start, target } = scale;
  const range = isNumber(start) && isNumber(target) ? ` (${show(start)} to ${show(target)})` : '';
  const far = `${show(value)} is far outside this key result's range${range}.`;
  return suggestion === null ? `${far} Check the value before saving it.` : `Did you mean ${show(suggestion)}? ${far}`;
}
