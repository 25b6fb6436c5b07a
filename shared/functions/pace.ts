/**
 * OKR_PACE: what a key result must gain each week, from as_of to the period's end, to land at
 * the success grade (0.7 by default: "scores between 0.6 and 0.7 considered as successful",
 * seeds 000). Signed, in the key result's own unit: "+1.5 pts a week", "−0.2 days a week".
 */
import { mapCells } from './array-args.js';
import { toNumber, toNumberOrBlank, toTime } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { parseType, resolveDirection } from './grade.js';
import { checkBands, DEFAULT_SUCCESS } from './status.js';
import { wallOf, type Zone } from '../zone.js';

const MS_PER_WEEK = 7 * 86_400_000;

// Progress equal to success must read as "already there", not as a gain of 1e-15 a week.
const TOLERANCE = 1e-9;

/**
 * Weeks of wall-clock time from `from` to `to`: a week across a daylight-saving change is still
 * seven days, not 7 × 24 h ± 1 h.
 */
export function weeksBetween(from: number, to: number, zone: Zone): number {
  return (wallOf(to, zone) - wallOf(from, zone)) / MS_PER_WEEK;
}

/**
 * The signed change of value per week needed from `asOf` to `periodEnd` to reach grade
 * `success` (plain numbers, times in ms); 0 when the value is already there, null once
 * `asOf` is at or after `periodEnd`.
 */
export function paceOf(from: number, to: number, current: number, periodEnd: number, asOf: number, zone: Zone, success: number = DEFAULT_SUCCESS): number | null {
  checkBands(success, 0);
  const weeksLeft = weeksBetween(asOf, periodEnd, zone);
  if (!(weeksLeft > 0)) return null;
  const progress = (current - from) / (to - from);
  if (progress + TOLERANCE >= success) return 0;
  return (from + success * (to - from) - current) / weeksLeft;
}

/** One cell of OKR_PACE; `null` (blank) where a pace means nothing. */
function paceOne(values: readonly unknown[], zone: Zone): number | null {
  const choice = parseType(values[6]);
  if (choice !== 'increase' && choice !== 'decrease' && choice !== 'auto') return null;
  const from = toNumber(values[0], 'start');
  const to = toNumber(values[1], 'target');
  resolveDirection(choice, from, to);
  const current = toNumberOrBlank(values[2], 'current');
  if (current === null) return null;
  const end = toTime(values[3], 'period_end', zone);
  const asOf = toTime(values[4], 'as_of', zone);
  const success = toNumberOrBlank(values[5], 'success') ?? DEFAULT_SUCCESS;
  return paceOf(from, to, current, end, asOf, zone, success);
}

const NAMES = ['start', 'target', 'current', 'period_end', 'as_of', 'success', 'type'];

export function OKR_PACE(zone: Zone, start: unknown, target: unknown, current: unknown, periodEnd: unknown, asOf: unknown, success?: unknown, type?: unknown): unknown {
  return mapCells('OKR_PACE', [start, target, current, periodEnd, asOf, success ?? '', type ?? ''], NAMES, (values) => paceOne(values, zone));
}

export const OKR_PACE_SPEC: CustomFunctionSpec = {
  name: 'OKR_PACE',
  summary: 'Gives the change in value per week a key result needs from now to the period end to reach the success grade (0.7).',
  description: /* @__PURE__ */ [
    'The value that grades `success` is start + success × (target − start). The result is (that value − current) / the weeks from as_of to period_end:',
    '- positive for an increase key result, negative for a decrease (its value must fall);',
    '- 0 when current already grades success or more;',
    '- blank for a threshold, milestone or baseline key result, for a blank current, and once as_of is on or after period_end.',
    'Weeks are calendar weeks (seven days, daylight-saving changes included) and may be fractional. ' +
      'The type is read as OKR_GRADE reads it; blank picks increase or decrease from start and target.',
  ].join('\n'),
  params: [
    { name: 'start', description: 'The value when the period began.' },
    { name: 'target', description: 'The value to reach.' },
    { name: 'current', description: 'The latest value.' },
    { name: 'period_end', description: 'The last day of the period.' },
    { name: 'as_of', description: 'The date to count the weeks left from, usually TODAY().' },
    { name: 'success', description: 'The grade to reach; 0.7 when blank, 1 for committed OKRs.', optional: true },
    { name: 'type', description: 'increase, decrease, threshold, milestone or baseline; blank picks increase or decrease.', optional: true },
  ],
  returns: 'The change per week needed, in the unit of the key result (negative to decrease), 0, or blank.',
  examples: [
    { formula: '=OKR_PACE(0, 100, 40, DATE(2026,3,31), DATE(2026,3,3))', result: '7.5', note: '70 grades 0.7: 30 more in the 4 weeks left.' },
    { formula: '=OKR_PACE(30, 25, 29, DATE(2026,3,31), DATE(2026,3,3))', result: '-0.625', note: 'Cut onboarding days: 26.5 grades 0.7, so −2.5 days over 4 weeks.' },
    { formula: '=OKR_PACE(0, 100, 40, DATE(2026,3,31), DATE(2026,3,3), 1)', result: '15', note: 'A committed OKR needs the whole target.' },
    { formula: '=OKR_PACE(0, 100, 80, DATE(2026,3,31), DATE(2026,3,3))', result: '0', note: 'Already past 0.7.' },
    { formula: '=OKR_PACE(70, 80, 75, DATE(2026,3,31), DATE(2026,3,3), , "threshold")', result: '', note: 'A band to hold has no pace.' },
    { formula: '=OKR_PACE(0, 100, 40, DATE(2026,3,31), DATE(2026,4,2))', result: '', note: 'The period has ended.' },
  ],
  errors: [
    'OKR_PACE: current "abc" is not a number',
    'OKR_PACE: start is blank: enter a number',
    'OKR_PACE: type "grow" is unknown: use one of increase, decrease, threshold, milestone, baseline, or leave it blank',
    'OKR_PACE: target equals start (5): nothing to move; for a level to hold use type threshold, for a deliverable use milestone',
    'OKR_PACE: type increase needs target above start, but start is 10 and target 5: use type decrease, or swap start and target',
    'OKR_PACE: period_end is blank: enter a date',
    'OKR_PACE: as_of "today" is not a date: use a date cell or YYYY-MM-DD',
    'OKR_PACE: success 1.5 is out of range: use a fraction above 0 and up to 1 (0.7 by default, 1 for committed OKRs)',
  ],
  impl: (args, context) => OKR_PACE(context.zone, args[0], args[1], args[2], args[3], args[4], args[5], args[6]),
};
