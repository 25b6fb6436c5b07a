/**
 * How a key result's values are shown and typed, one decision for every surface (popup form,
 * sprint, Sheets sidebar). Sheets stores a percentage as a fraction (65% is 0.65), so a key
 * result in % whose start and target are fractions is shown *and typed* in percent points:
 * the form prefills "70", and "72" (or "72%") records 0.72. Anything else is typed as the sheet
 * reads numbers (shared/cells/cell.ts: "1,200", "25%").
 *
 * Locale: the sheet's own reading, en-US style. A comma only separates thousands ("1,200"), so
 * "72,5" is refused with a hint to type "72.5" rather than guessed at (it could mean 725).
 *
 * Showing values (inPercent, displayValue, …) lives in value-display.ts, which the popup's first
 * paint loads without this module's parsing; they are exported here too, so every surface can
 * keep importing one module.
 */
import { parseNumericText } from '../cells/cell.js';
import type { ValueScale } from './value-display.js';
import { inPercent, isMilestone, isNumber } from './value-display.js';

export type { ValueScale } from './value-display.js';
export { displayValue, inPercent } from './value-display.js';

export type ParsedValue = { ok: true; value: number | string } | { ok: false; reason: 'empty' | 'not-a-number' | 'decimal-comma' };

/** Points from a fraction without float dust (0.07 × 100 is 7.000000000000001). */
const toPoints = (fraction: number) => Number((fraction * 100).toPrecision(12));

/**
 * The text a form prefills for a value, as the user would type it back: "70" for 0.7 on a
 * percent key result, "40%" for a milestone's 0.4, "1200" (no separators) otherwise.
 */
export function inputText(scale: ValueScale, value: number | string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (inPercent(scale)) return String(toPoints(value));
  if (isMilestone(scale)) return `${toPoints(value)}%`;
  return String(value);
}

/** What was typed, as the value to record. Percent key results read "72" and "72%" alike as 0.72. */
export function parseValue(scale: ValueScale, text: string): ParsedValue {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  const number = parseNumericText(trimmed);
  if (number === undefined) {
    if (/^[+-]?\d+,\d{1,2}%?$|^[+-]?\d+,\d{4,}%?$/.test(trimmed)) return { ok: false, reason: 'decimal-comma' };
    return { ok: false, reason: 'not-a-number' };
  }
  if (!inPercent(scale) || trimmed.endsWith('%')) return { ok: true, value: number };
  // Divided as typed ("72" / 100), so parse(inputText(v)) gives v back exactly.
  return { ok: true, value: number / 100 };
}

/** The unit a form's label names: "%" for percent points, the key result's unit otherwise. */
export function inputUnit(scale: ValueScale): string | null {
  return inPercent(scale) ? '%' : scale.unit?.trim() || null;
}

const SMALL_RANGE = 5;
const BIG_RANGE = 1000;

/**
 * How far one arrow press moves a value, in the stored unit: one percentage point (0.01) for a
 * percent key result or a milestone, 0.1 for a small range (a rating from 3.5 to 4.2), a round
 * hundredth of a big range (revenue from 20,000 to 50,000 moves by 100), and 1 otherwise.
 */
export function nudgeStep(scale: ValueScale): number {
  if (inPercent(scale) || isMilestone(scale)) return 0.01;
  const { start, target } = scale;
  if (!isNumber(start) || !isNumber(target)) return 1;
  const span = Math.abs(target - start);
  if (span > 0 && span <= SMALL_RANGE) return 0.1;
  if (span >= BIG_RANGE) return 10 ** (Math.floor(Math.log10(span)) - 2);
  return 1;
}

/** 1 when "up" raises the value toward the target, −1 for a decrease key result (target below start). */
export function towardTarget(scale: ValueScale): 1 | -1 {
  return isNumber(scale.start) && isNumber(scale.target) && scale.target < scale.start ? -1 : 1;
}
