/**
 * OKR_GRADE: how far a key result has come, 0.0–1.0, for the five kinds of key result the
 * OKR articles name (baseline, increase/decrease, threshold, milestone).
 */
import { isBlank, toNumberOrBlank, toNumber, toText } from '../cells/cell.js';
import { FormulaError, isErrorText, quote } from '../cells/formula-error.js';
import { mapCells } from './array-args.js';
import type { CustomFunctionSpec } from './custom-function.js';

export type KeyResultType = 'increase' | 'decrease' | 'threshold' | 'milestone' | 'baseline';
/** `auto` picks increase or decrease from the direction of start → target. */
export type TypeChoice = KeyResultType | 'auto';

export const KEY_RESULT_TYPES: readonly KeyResultType[] = ['increase', 'decrease', 'threshold', 'milestone', 'baseline'];

const TYPE_ALIASES: Readonly<Record<string, TypeChoice>> = {
  '': 'auto',
  auto: 'auto',
  transition: 'auto',
  increase: 'increase',
  decrease: 'decrease',
  threshold: 'threshold',
  range: 'threshold',
  maintain: 'threshold',
  milestone: 'milestone',
  baseline: 'baseline',
};

/** Reads a Type cell (trimmed, case-insensitive, with aliases). */
export function parseType(value: unknown): TypeChoice {
  if (isBlank(value)) return 'auto';
  const key = toText(value).toLowerCase();
  const type = TYPE_ALIASES[key];
  if (type === undefined) {
    throw new FormulaError(`type ${quote(value)} is unknown: use one of ${KEY_RESULT_TYPES.join(', ')}, or leave it blank`, 'bad-argument');
  }
  return type;
}

/** Increase or decrease, from the direction of the numbers. */
export function directionOf(start: number, target: number): 'increase' | 'decrease' {
  if (target > start) return 'increase';
  if (target < start) return 'decrease';
  throw new FormulaError(
    `target equals start (${start}): nothing to move; for a level to hold use type threshold, for a deliverable use milestone`,
    'bad-argument',
  );
}

export function resolveDirection(choice: 'increase' | 'decrease' | 'auto', from: number, to: number): 'increase' | 'decrease' {
  const direction = directionOf(from, to);
  if (choice !== 'auto' && choice !== direction) {
    throw new FormulaError(
      `type ${choice} needs target ${choice === 'increase' ? 'above' : 'below'} start, but start is ${from} and target ${to}: ` +
        `use type ${direction}, or swap start and target`,
      'bad-argument',
    );
  }
  return direction;
}

const MILESTONE_DONE = new Set(['true', 'done', 'yes', 'complete', 'completed', 'delivered']);
const MILESTONE_NOT_DONE = new Set(['false', 'no', 'not done', 'not started', 'todo', 'to do']);

/** A milestone's progress: done/true/1 → 1, not done/false/0/blank → 0, or a fraction in between. */
export function milestoneProgress(current: unknown): number {
  if (current === true) return 1;
  if (current === false || isBlank(current)) return 0;
  if (typeof current === 'string') {
    const word = current.trim().toLowerCase();
    if (MILESTONE_DONE.has(word)) return 1;
    if (MILESTONE_NOT_DONE.has(word)) return 0;
  }
  // Another formula's error text says what to fix; "not a progress" would hide it, so let
  // toNumberOrBlank throw its "current is an error, fix that first (…)".
  if (isErrorText(current)) toNumberOrBlank(current, 'current');
  let fraction: number | null;
  try {
    fraction = toNumberOrBlank(current, 'current');
  } catch {
    fraction = null;
  }
  if (fraction === null || fraction < 0 || fraction > 1) {
    throw new FormulaError(
      `milestone current ${quote(current)} is not a progress: use done or not done, TRUE or FALSE, or a fraction from 0 to 1 such as 40%`,
    );
  }
  return fraction;
}

/** Clamps to 0–1; a decrease key result at its start computes 0 / −span = −0, which becomes 0. */
function clamp01(value: number): number {
  return value > 0 ? (value < 1 ? value : 1) : 0;
}

/** The grade of one key result; `null` for "no grade yet" (a blank current where that means unknown). */
export function gradeOne(start: unknown, target: unknown, current: unknown, type: unknown): number | null {
  const choice = parseType(type);
  if (choice === 'increase' || choice === 'decrease' || choice === 'auto') {
    // Start and target are converted once and the direction checked on the numbers: this runs
    // for every row of a 10,000-row column.
    const from = toNumber(start, 'start');
    const to = toNumber(target, 'target');
    resolveDirection(choice, from, to);
    const value = toNumberOrBlank(current, 'current');
    if (value === null) return null;
    return clamp01((value - from) / (to - from));
  }
  if (choice === 'milestone') return milestoneProgress(current);
  if (choice === 'baseline') return toNumberOrBlank(current, 'current') === null ? 0 : 1;
  const a = toNumber(start, 'start (one end of the band)');
  const b = toNumber(target, 'target (the other end of the band)');
  const value = toNumberOrBlank(current, 'current');
  if (value === null) return null;
  return value >= Math.min(a, b) && value <= Math.max(a, b) ? 1 : 0;
}

const NAMES = ['start', 'target', 'current', 'type'];

export function OKR_GRADE(start: unknown, target: unknown, current: unknown, type?: unknown): unknown {
  return mapCells('OKR_GRADE', [start, target, current, type ?? ''], NAMES, (v) => gradeOne(v[0], v[1], v[2], v[3]));
}

export const OKR_GRADE_SPEC: CustomFunctionSpec = {
  name: 'OKR_GRADE',
  summary: 'Grades a key result from 0.0 to 1.0 (0.7 is success) from its start, target and current value.',
  description: /* @__PURE__ */ [
    'The type (case-insensitive) says how to grade:',
    '- blank: `increase` if target > start, `decrease` if target < start (target = start is an error);',
    '- `increase` / `decrease`: (current − start) / (target − start), clamped to 0–1; blank current → blank;',
    '- `threshold` (aliases `range`, `maintain`): start and target are the two ends of a band, either order; 1 inside it (inclusive), else 0;',
    '- `milestone`: current done / yes / TRUE / 1 → 1; not done / no / FALSE / 0 / blank → 0; a fraction such as 40% → that fraction;',
    '- `baseline`: 1 once current holds a measurement, else 0.',
    'Numbers may be typed as text: `1,200`, `$1,200`, `25%`.',
  ].join('\n'),
  params: [
    { name: 'start', description: 'The value when the period began (one end of the band for threshold).' },
    { name: 'target', description: 'The value to reach (the other end of the band for threshold).' },
    { name: 'current', description: 'The latest value: a number, or for a milestone done / not done / a fraction.' },
    { name: 'type', description: 'increase, decrease, threshold, milestone or baseline; blank picks increase or decrease.', optional: true },
  ],
  returns: 'The grade, a number from 0 to 1 (full precision; format the cell to show 0.00), or blank.',
  examples: [
    { formula: '=OKR_GRADE(65%, 75%, 70%)', result: '0.5', note: 'Increase customer satisfaction from 65% to 75%: halfway.' },
    { formula: '=OKR_GRADE(30, 25, 27)', result: '0.6', note: 'Cut onboarding from 30 to 25 days; now 27.' },
    { formula: '=OKR_GRADE(70, 80, 75, "threshold")', result: '1', note: 'Keep utilisation between 70% and 80%.' },
    { formula: '=OKR_GRADE(, , "done", "milestone")', result: '1', note: 'Deliver the project by November 30.' },
    { formula: '=OKR_GRADE(, , 0.1, "baseline")', result: '1', note: 'Establish a baseline for monthly churn.' },
    { formula: '=OKR_GRADE(0, 100, 130)', result: '1', note: 'Overshooting still grades 1.' },
  ],
  errors: [
    'OKR_GRADE: current "abc" is not a number',
    'OKR_GRADE: type "grow" is unknown: use one of increase, decrease, threshold, milestone, baseline, or leave it blank',
    'OKR_GRADE: target equals start (5): nothing to move; for a level to hold use type threshold, for a deliverable use milestone',
    'OKR_GRADE: type increase needs target above start, but start is 10 and target 5: use type decrease, or swap start and target',
    'OKR_GRADE: milestone current "soon" is not a progress: use done or not done, TRUE or FALSE, or a fraction from 0 to 1 such as 40%',
  ],
  impl: (args) => OKR_GRADE(args[0], args[1], args[2], args[3]),
};
