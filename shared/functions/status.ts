/**
 * OKR_STATUS: whether a key result is where it should be by now. A grade is compared with the
 * grade expected at this point of the period, a straight line from 0 at the start to `success`
 * at the end (Google's bands at period end: green ≥ 0.7, yellow 0.4–0.7, red < 0.4).
 */
import { mapCells } from './array-args.js';
import { toNumberOrBlank, toTime, toTimeOrBlank } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { formatLocalDate } from '../dates.js';
import type { KeyResultStatus } from '../feed/feed.js';
import { FormulaError } from '../cells/formula-error.js';
import { UTC, type Zone } from '../zone.js';

/** What OKR_STATUS writes in a cell. */
export const OKR_STATUSES = ['Done', 'On track', 'At risk', 'Off track', 'Not started'] as const;
export type OkrStatus = (typeof OKR_STATUSES)[number];

export const DEFAULT_SUCCESS = 0.7;
const DEFAULT_RISK = 0.4;

/** The feed's spelling of each status. */
export const FEED_STATUS: Readonly<Record<OkrStatus, KeyResultStatus>> = {
  Done: 'done',
  'On track': 'on-track',
  'At risk': 'at-risk',
  'Off track': 'off-track',
  'Not started': 'not-started',
};

// Grades and elapsed fractions come out of float division: a grade of exactly the expected
// value must not read as behind because of the 16th digit.
const TOLERANCE = 1e-9;

/**
 * Throws the message a user sees when period_end is not after period_start, with the dates as
 * `zone`'s calendar shows them.
 */
function checkPeriodOrder(start: number, end: number, zone: Zone): void {
  if (!(end > start)) {
    throw new FormulaError(
      `period_end (${formatLocalDate(end, zone)}) is not after period_start (${formatLocalDate(start, zone)}): check the period dates`,
      'bad-argument',
    );
  }
}

/**
 * How much of the period has passed at `asOf`, from 0 to 1. Callers with a zone check the order
 * first (`checkPeriodOrder`); the message here reads the times as UTC dates, which is what the
 * extension's day counts (`YYYY-MM-DD` at 00:00Z) are.
 */
export function elapsedFraction(start: number, end: number, asOf: number): number {
  checkPeriodOrder(start, end, UTC);
  const e = (asOf - start) / (end - start);
  return e < 0 ? 0 : e > 1 ? 1 : e;
}

/** The grade a key result should have when a fraction `elapsed` of the period has passed. */
export function expectedGrade(success: number, elapsed: number): number {
  return success * elapsed;
}

/** Checks the two bands; throws the message a user sees when they do not make sense. */
export function checkBands(success: number, risk: number): void {
  if (!(success > 0 && success <= 1)) {
    throw new FormulaError(`success ${success} is out of range: use a fraction above 0 and up to 1 (0.7 by default, 1 for committed OKRs)`, 'bad-argument');
  }
  if (!(risk >= 0 && risk <= success)) {
    throw new FormulaError(`risk ${risk} is out of range: use a fraction from 0 up to success (${success}); 0.4 by default`, 'bad-argument');
  }
}

/** The status of a grade at `asOf` in the period `start`–`end` (all plain numbers; times in ms). */
export function statusAt(
  grade: number,
  start: number,
  end: number,
  asOf: number,
  success: number = DEFAULT_SUCCESS,
  risk?: number,
): OkrStatus {
  if (grade < 0) throw new FormulaError(`grade ${grade} is below 0: a grade runs from 0 to 1`);
  // An omitted risk follows a low success down, so success 0.3 alone is not an error.
  const riskBand = risk ?? Math.min(DEFAULT_RISK, success);
  checkBands(success, riskBand);
  const elapsed = elapsedFraction(start, end, asOf);
  if (grade >= 1) return 'Done';
  if (asOf < start) return 'Not started';
  if (grade + TOLERANCE >= expectedGrade(success, elapsed)) return 'On track';
  if (grade + TOLERANCE >= expectedGrade(riskBand, elapsed)) return 'At risk';
  return 'Off track';
}

/** One cell of OKR_STATUS; `null` (blank) when there is no grade yet. */
function statusOne(values: readonly unknown[], now: () => number, zone: Zone): OkrStatus | null {
  const grade = toNumberOrBlank(values[0], 'grade');
  if (grade === null) return null;
  const start = toTime(values[1], 'period_start', zone);
  const end = toTime(values[2], 'period_end', zone);
  const asOf = toTimeOrBlank(values[3], 'as_of', zone) ?? now();
  checkPeriodOrder(start, end, zone);
  const success = toNumberOrBlank(values[4], 'success') ?? DEFAULT_SUCCESS;
  const risk = toNumberOrBlank(values[5], 'risk') ?? undefined;
  return statusAt(grade, start, end, asOf, success, risk);
}

const NAMES = ['grade', 'period_start', 'period_end', 'as_of', 'success', 'risk'];

export function OKR_STATUS(
  grade: unknown,
  periodStart: unknown,
  periodEnd: unknown,
  asOf: unknown,
  success: unknown,
  risk: unknown,
  now: () => number,
  zone: Zone,
): unknown {
  const args = [grade, periodStart, periodEnd, asOf ?? '', success ?? '', risk ?? ''];
  return mapCells('OKR_STATUS', args, NAMES, (v) => statusOne(v, now, zone));
}

export const OKR_STATUS_SPEC: CustomFunctionSpec = {
  name: 'OKR_STATUS',
  summary: 'Says whether a key result is Done, On track, At risk, Off track or Not started, from its grade and the time elapsed in the period.',
  // Marked pure so the extension's bundles, which import statusAt, can drop the spec.
  description: /* @__PURE__ */ [
    'Let e be the fraction of the period elapsed at as_of, from 0 to 1. Then, in order:',
    '- blank grade → blank;',
    '- grade ≥ 1 → `Done`;',
    '- as_of before period_start → `Not started`;',
    '- grade ≥ success × e → `On track`;',
    '- grade ≥ risk × e → `At risk`;',
    '- otherwise `Off track`.',
    "The defaults follow Google's grading bands at period end (green ≥ 0.7, yellow 0.4–0.7, red below 0.4); " +
      'a team running committed OKRs passes success = 1. Omitting as_of means today; the tracker template passes `TODAY()`.',
  ].join('\n'),
  params: [
    { name: 'grade', description: 'The grade, 0 to 1 (usually an OKR_GRADE cell).' },
    { name: 'period_start', description: 'The first day of the period.' },
    { name: 'period_end', description: 'The last day of the period; must be after period_start.' },
    { name: 'as_of', description: 'The date to judge at; blank means today.', optional: true },
    { name: 'success', description: 'The grade expected at period end; 0.7 when blank, 1 for committed OKRs.', optional: true },
    { name: 'risk', description: 'A grade below success × e but at least risk × e is At risk; 0.4 when blank (or success, if lower).', optional: true },
  ],
  returns: 'Done, On track, At risk, Off track, Not started, or blank.',
  examples: [
    { formula: '=OKR_STATUS(0.5, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))', result: 'On track', note: 'Halfway through the quarter about 0.35 is expected.' },
    { formula: '=OKR_STATUS(0.25, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))', result: 'At risk', note: 'Below 0.7 × half, at least 0.4 × half.' },
    { formula: '=OKR_STATUS(0.1, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,3,31))', result: 'Off track', note: 'At period end, below 0.4 is red.' },
    { formula: '=OKR_STATUS(1, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))', result: 'Done' },
    { formula: '=OKR_STATUS(0, DATE(2026,4,1), DATE(2026,6,30), DATE(2026,3,20))', result: 'Not started', note: 'The period has not begun.' },
    { formula: '=OKR_STATUS(0.6, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,3,31), 1)', result: 'At risk', note: 'A committed OKR expects 1 at period end.' },
    { formula: '=OKR_STATUS(, DATE(2026,1,1), DATE(2026,3,31), DATE(2026,2,15))', result: '', note: 'No grade yet.' },
  ],
  errors: [
    'OKR_STATUS: grade "abc" is not a number',
    'OKR_STATUS: grade -0.2 is below 0: a grade runs from 0 to 1',
    'OKR_STATUS: grade is an error, fix that first (OKR_GRADE: current "abc" is not a number)',
    'OKR_STATUS: period_start is blank: enter a date',
    'OKR_STATUS: period_end "soon" is not a date: use a date cell or YYYY-MM-DD',
    'OKR_STATUS: period_end (2026-01-01) is not after period_start (2026-03-31): check the period dates',
    'OKR_STATUS: success 1.5 is out of range: use a fraction above 0 and up to 1 (0.7 by default, 1 for committed OKRs)',
    'OKR_STATUS: risk 0.8 is out of range: use a fraction from 0 up to success (0.7); 0.4 by default',
  ],
  impl: (args, context) => OKR_STATUS(args[0], args[1], args[2], args[3], args[4], args[5], context.now, context.zone),
};
