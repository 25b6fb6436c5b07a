/**
 * How a key result's values are shown: the display half of shared/check-in/value-entry.ts, on its own
 * because the popup's first paint shows values but parses none (value-entry.ts reads typed text
 * with shared/cells/cell.ts, which loads with the check-in form).
 *
 * No imports on purpose: the popup's first paint carries this module.
 */

/** The fields of a key result that decide how its values read (a FeedKeyResult fits). */
export interface ValueScale {
  unit: string | null;
  type: string | null;
  start: number | null;
  target: number | null;
  current: number | string | null;
}

/** A finite number (a blank or text cell is not). */
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
/** A milestone key result: shown in percent of done, whatever its unit. */
export const isMilestone = (scale: Pick<ValueScale, 'type'>) => scale.type?.trim().toLowerCase() === 'milestone';

/**
 * A key result in % whose start and target (or, without them, its current value) are
 * fractions: the sheet holds 65% as 0.65. One typed as 65 with unit % is a plain number.
 * Start and target decide before the current value, so one wrong check-in of 72 does not
 * switch the key result out of percent.
 */
export function inPercent(scale: ValueScale): boolean {
  if (scale.unit?.trim() !== '%' || isMilestone(scale)) return false;
  const ends = [scale.start, scale.target].filter(isNumber);
  const numbers = ends.length > 0 ? ends : [scale.current].filter(isNumber);
  return numbers.length > 0 && numbers.every((value) => Math.abs(value) <= 1);
}

// Made once: `toLocaleString` builds a formatter per call (110 ms per 500-row render in the popup).
const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

/** "1,200.5": up to four decimals, as the popup has always shown numbers. */
export function formatPlainNumber(value: number): string {
  return numberFormat.format(value);
}

/** "72%", "7.25%": a fraction in percent, at most two decimals of a point. */
export function formatPercent(fraction: number): string {
  return `${numberFormat.format(Number((fraction * 100).toFixed(2)))}%`;
}

/** A value as the key result shows it: "70%" (percent or milestone), "1,200", or text as it is. */
export function displayValue(scale: ValueScale, value: number | string | null, none = '—'): string {
  if (value === null) return none;
  if (typeof value === 'string') return value;
  return inPercent(scale) || isMilestone(scale) ? formatPercent(value) : formatPlainNumber(value);
}
