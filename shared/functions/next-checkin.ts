/**
 * OKR_NEXT_CHECKIN: when the next check-in of a key result is due, from the last one and the
 * cadence the team agreed ("regular check-ins, often weekly or monthly").
 */
import { mapCells } from './array-args.js';
import { isBlank, parseNumericText, toText, toTimeOrBlank } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { addCalendarDays, addCalendarMonths } from '../dates.js';
import { FormulaError, quote } from '../cells/formula-error.js';
import type { Zone } from '../zone.js';

/** A cadence: every `days` calendar days, or every calendar month. */
export type Cadence = { kind: 'days'; days: number } | { kind: 'monthly' };

const WEEKLY: Cadence = { kind: 'days', days: 7 };
const BIWEEKLY: Cadence = { kind: 'days', days: 14 };
const MONTHLY: Cadence = { kind: 'monthly' };

const CADENCE_WORDS: ReadonlyMap<string, Cadence> = new Map<string, Cadence>([
  ['weekly', WEEKLY],
  ['biweekly', BIWEEKLY],
  ['fortnightly', BIWEEKLY],
  ['monthly', MONTHLY],
]);

const CADENCE_NAMES: readonly string[] = [...CADENCE_WORDS.keys()];

/** Reads a Cadence cell: a word (trimmed, case-insensitive), a positive whole number of days, or blank for weekly. */
export function parseCadence(value: unknown): Cadence {
  if (isBlank(value)) return WEEKLY;
  // Words first: a Cadence column is mostly words, and the lookup is cheaper than numeric parsing.
  const word = CADENCE_WORDS.get(toText(value).toLowerCase());
  if (word !== undefined) return word;
  const days = typeof value === 'number' ? value : typeof value === 'string' ? parseNumericText(value) : undefined;
  if (days === undefined) {
    throw new FormulaError(`cadence ${quote(value)} is unknown: use ${CADENCE_NAMES.join(', ')}, or a number of days`, 'bad-argument');
  }
  if (Number.isInteger(days) && days > 0) return { kind: 'days', days };
  throw new FormulaError(`cadence ${quote(value)} is not a positive whole number of days`, 'bad-argument');
}

/** The time one cadence after `time`, on the calendar (the time of day is kept across DST). */
export function advance(time: number, cadence: Cadence, zone: Zone): number {
  return cadence.kind === 'monthly' ? addCalendarMonths(time, 1, zone) : addCalendarDays(time, cadence.days, zone);
}

/**
 * When the next check-in is due: one cadence after the last, or from the period start when
 * there has been none; `null` when neither is known.
 */
export function nextCheckinTime(last: number | null, cadence: Cadence, periodStart: number | null, zone: Zone): number | null {
  if (last === null) return periodStart;
  return advance(last, cadence, zone);
}

/** One cell of OKR_NEXT_CHECKIN; `null` (blank) when nothing is known. */
function nextCheckinOne(values: readonly unknown[], zone: Zone): Date | null {
  const cadence = parseCadence(values[1]);
  const last = toTimeOrBlank(values[0], 'last_checkin', zone);
  const start = toTimeOrBlank(values[2], 'period_start', zone);
  const next = nextCheckinTime(last, cadence, start, zone);
  return next === null ? null : new Date(next);
}

const NAMES = ['last_checkin', 'cadence', 'period_start'];

export function OKR_NEXT_CHECKIN(zone: Zone, lastCheckin: unknown, cadence: unknown, periodStart?: unknown): unknown {
  return mapCells('OKR_NEXT_CHECKIN', [lastCheckin, cadence, periodStart ?? ''], NAMES, (values) => nextCheckinOne(values, zone));
}

export const OKR_NEXT_CHECKIN_SPEC: CustomFunctionSpec = {
  name: 'OKR_NEXT_CHECKIN',
  summary: 'Gives the date the next check-in of a key result is due, from the last check-in and the cadence.',
  description: [
    'The cadence (case-insensitive) is `weekly` (also when blank), `biweekly` or `fortnightly`, `monthly` ' +
      '(the same day next month, or the last day of a shorter month: Jan 31 → Feb 28), or a whole number of days.',
    'The time of day of the last check-in is kept, across daylight-saving changes too.',
    'With no check-in yet, the first is due on period_start; without period_start the result is blank.',
  ].join('\n'),
  params: [
    { name: 'last_checkin', description: 'The date of the latest check-in; blank if there has been none.' },
    { name: 'cadence', description: 'weekly, biweekly, fortnightly, monthly, or a number of days; blank means weekly.' },
    { name: 'period_start', description: 'The first day of the period: when the first check-in is due.', optional: true },
  ],
  returns: 'A date, or blank.',
  examples: [
    { formula: '=OKR_NEXT_CHECKIN(DATE(2026,3,2), "weekly")', result: '2026-03-09' },
    { formula: '=OKR_NEXT_CHECKIN(DATE(2026,3,2), "fortnightly")', result: '2026-03-16' },
    { formula: '=OKR_NEXT_CHECKIN(DATE(2026,1,31), "monthly")', result: '2026-02-28', note: 'Clamped to the end of February.' },
    { formula: '=OKR_NEXT_CHECKIN(DATE(2026,3,2), 3)', result: '2026-03-05', note: 'Every three days.' },
    { formula: '=OKR_NEXT_CHECKIN(, "weekly", DATE(2026,1,1))', result: '2026-01-01', note: 'No check-in yet: due from the start.' },
    { formula: '=OKR_NEXT_CHECKIN(, "weekly")', result: '', note: 'No check-in and no period start.' },
  ],
  errors: [
    'OKR_NEXT_CHECKIN: cadence "quarterly" is unknown: use weekly, biweekly, fortnightly, monthly, or a number of days',
    'OKR_NEXT_CHECKIN: cadence -7 is not a positive whole number of days',
    'OKR_NEXT_CHECKIN: last_checkin "last week" is not a date: use a date cell or YYYY-MM-DD',
    'OKR_NEXT_CHECKIN: period_start "Q1" is not a date: use a date cell or YYYY-MM-DD',
  ],
  impl: (args, context) => OKR_NEXT_CHECKIN(context.zone, args[0], args[1], args[2]),
};
