/**
 * ArrowUp/ArrowDown in a check-in's value field. The step fits the key result's scale: one
 * percentage point for a percent key result stored as a fraction (Sheets keeps 65% as 0.65),
 * 0.1 for a small range (a rating from 3.5 to 4.2), a round hundredth of the range for a big one
 * (revenue from 20,000 to 50,000 moves by 100), and 1 otherwise.
 */
import type { FeedKeyResult } from '../../shared/feed.js';
import { parseNumericText } from '../../shared/cell.js';
import { inPercent } from './format.js';

type Scale = Pick<FeedKeyResult, 'unit' | 'start' | 'target' | 'current'>;

const SMALL_RANGE = 5;
const BIG_RANGE = 1000;

export function nudgeStep(keyResult: Scale): number {
  if (inPercent(keyResult as FeedKeyResult)) return 0.01;
  const { start, target } = keyResult;
  if (start === null || target === null) return 1;
  const span = Math.abs(target - start);
  if (span > 0 && span <= SMALL_RANGE) return 0.1;
  if (span >= BIG_RANGE) return 10 ** (Math.floor(Math.log10(span)) - 2);
  return 1;
}

const decimalsOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step)));

/**
 * The field's text moved by one step up (`direction` 1) or down (-1), rounded to the step so
 * 0.1 + 0.2 reads "0.3". Text that is not a number (a milestone's "done") stays as it is; an
 * empty field starts from the key result's current value.
 */
export function nudge(text: string, direction: 1 | -1, keyResult: Scale): string {
  const typed = text.trim() === '' ? (typeof keyResult.current === 'number' ? keyResult.current : 0) : parseNumericText(text);
  if (typed === undefined) return text;
  const step = nudgeStep(keyResult);
  const decimals = decimalsOf(step);
  return String(Number((Math.round(typed / step) * step + direction * step).toFixed(decimals)));
}
