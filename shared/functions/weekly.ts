/**
 * OKR_WEEKLY: each key result's value week by week ("each point on the lines represents the
 * progress made each week", seeds 002), from one pass over the Check-ins log. Its table feeds
 * OKR_GRADE (broadcasting grades it whole), the Progress sheet's charts and the feed.
 */
import { isRange, messageOf, scalarArg } from './array-args.js';
import { idKey, isBlank, toTime, toTimeOrBlank } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { LOG_PARAMS, scanLog, type LogAccumulator } from '../check-in/check-in-log.js';
import { ERROR_PREFIX, FormulaError } from '../cells/formula-error.js';
import { columnArg } from '../cells/id-columns.js';
import { loggedValue } from './latest.js';
import { weekWindow, type WeekWindow } from '../progress.js';
import type { Zone } from '../zone.js';

/** One id's row: `values[k]` is its value at the end of week k, null where blank. */
export interface WeeklyRow {
  values: unknown[];
  /** The id's first bad check-in (`check-in row 4: time is blank: …`); its values are then all null. */
  error: string | null;
}

interface WeeklyAcc extends LogAccumulator {
  /** The time of the latest check-in within each shown week (−∞: none); null before the first. */
  times: Float64Array | null;
  values: unknown[];
}

/**
 * The week holding `time`, among the first `shown`. Searched, not divided out: weeks are calendar
 * weeks, and one across a daylight-saving change is an hour shorter or longer in ms.
 */
function weekOf(ends: readonly number[], shown: number, time: number): number {
  let low = 0;
  let high = shown - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (time < ends[mid]) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The weekly values of each of `ids` (null for a blank id) from the log's ID, time and value
 * columns: ranges as Sheets passes them, or plain arrays (the feed). O(ids + log rows + ids × weeks).
 */
export function weeklyRows(ids: readonly unknown[], log: readonly [unknown, unknown, unknown], span: WeekWindow, zone: Zone, fn = 'OKR_WEEKLY'): (WeeklyRow | null)[] {
  const { ends, shown, cutoff } = span;
  const create = (): WeeklyAcc => ({ error: null, times: null, values: [] });
  const add = (acc: WeeklyAcc, time: number, value: unknown): void => {
    if (time >= cutoff) return;
    const week = weekOf(ends, shown, time);
    if (acc.times === null) acc.times = new Float64Array(shown).fill(-Infinity);
    // On equal times the later row wins, as in OKR_LATEST.
    if (time >= acc.times[week]) {
      acc.times[week] = time;
      acc.values[week] = value;
    }
  };
  const accs = scanLog(fn, shown === 0 ? [] : ids, log, create, add, zone);
  return ids.map((id) => {
    if (isBlank(id)) return null;
    const values = new Array<unknown>(ends.length).fill(null);
    const acc = accs.get(idKey(id));
    if (acc === undefined) return { values, error: null };
    if (acc.error !== null) return { values, error: acc.error };
    if (acc.times === null) return { values, error: null };
    let carried: unknown = null;
    for (let k = 0; k < shown; k++) {
      if (acc.times[k] !== -Infinity) carried = loggedValue(acc.values[k]);
      values[k] = carried;
    }
    return { values, error: null };
  });
}

/** A date argument that must be one value; the message names the function. */
function dateArg(fn: string, name: string, value: unknown, optional: boolean, zone: Zone): number | null {
  const cell = scalarArg(fn, name, value);
  try {
    return optional ? toTimeOrBlank(cell, name, zone) : toTime(cell, name, zone);
  } catch (error) {
    throw new FormulaError(`${fn}: ${messageOf(error)}`, 'bad-argument');
  }
}

export function OKR_WEEKLY(zone: Zone, ids: unknown, logIds: unknown, logTimes: unknown, logValues: unknown, periodStart: unknown, periodEnd: unknown, asOf?: unknown): unknown {
  const fn = 'OKR_WEEKLY';
  const idColumn = columnArg(fn, 'ids', ids);
  const start = dateArg(fn, 'period_start', periodStart, false, zone) as number;
  const end = dateArg(fn, 'period_end', periodEnd, false, zone) as number;
  const day = dateArg(fn, 'as_of', asOf ?? '', true, zone);
  let span: WeekWindow;
  try {
    span = weekWindow(start, end, zone, day);
  } catch (error) {
    throw new FormulaError(`${fn}: ${messageOf(error)}`, 'bad-argument');
  }
  const rows = weeklyRows(idColumn, [logIds, logTimes, logValues], span, zone, fn);
  const weeks = span.ends.length;
  const cells = (row: WeeklyRow | null): unknown[] => {
    if (row === null) return new Array<unknown>(weeks).fill('');
    if (row.error !== null) return new Array<unknown>(weeks).fill(`${ERROR_PREFIX}${fn}: ${row.error}`);
    return row.values.map((value) => value ?? '');
  };
  if (isRange(ids)) return rows.map(cells);
  const row = rows[0];
  if (row === null) return '';
  if (row.error !== null) throw new Error(`${fn}: ${row.error}`);
  return [cells(row)];
}

export const OKR_WEEKLY_SPEC: CustomFunctionSpec = {
  name: 'OKR_WEEKLY',
  summary: 'Gives each key result\u2019s value at the end of every week of the period, from the check-in log: one row per id, one column per week.',
  description: [
    'Week 1 runs from period_start for seven days, week k ends at midnight period_start + 7·k days, and the last week ends with the whole of period_end (it may be shorter). ' +
      'A check-in counts in the week of its own time: one at exactly midnight starting a week belongs to that week, not the one before.',
    'Each cell holds the value of the latest check-in of the id up to the end of that week, carried forward from earlier weeks (and from before period_start); ' +
      'blank before the first check-in. On equal times the later log row wins; a blank value is not a check-in.',
    'as_of is a day (the whole day counts): the week holding it shows the latest value so far, weeks that begin after it are blank. Omitted, it is the period\u2019s end.',
    'Values come back as logged, like OKR_LATEST: numbers, or text such as `done`, so `OKR_GRADE(start, target, OKR_WEEKLY(\u2026), type)` grades the whole table.',
    'A blank id gives a blank row; a check-in of the id with a bad time makes its row an error. The log ranges must have the same rows.',
  ].join('\n'),
  params: [
    ...LOG_PARAMS,
    { name: 'log_values', description: 'The value column of the check-in log.' },
    { name: 'period_start', description: 'The first day of the period: week 1 starts here.' },
    { name: 'period_end', description: 'The last day of the period: the last week ends with it.' },
    { name: 'as_of', description: 'The day to show the table as of; later weeks stay blank. Omitted means the period\u2019s end.', optional: true },
  ],
  returns: 'A range: one row per id, one column per week; values as logged, or blank.',
  examples: [
    {
      formula: '=OKR_WEEKLY("KR1", {"KR1";"KR1";"KR1"}, {DATE(2026,1,2);DATE(2026,1,9);DATE(2026,1,20)}, {10;15;30}, DATE(2026,1,1), DATE(2026,1,28))',
      result: '{10,15,30,30}',
      note: 'Four weeks; week 4 has no check-in and carries 30 forward.',
    },
    {
      formula: '=OKR_WEEKLY("KR1", {"KR1";"KR1"}, {DATE(2026,1,1);DATE(2026,1,8)}, {5;8}, DATE(2026,1,1), DATE(2026,1,21))',
      result: '{5,8,8}',
      note: 'Week 1 is Jan 1\u20137: a check-in dated Jan 8 counts from week 2.',
    },
    {
      formula: '=OKR_WEEKLY("KR1", {"KR1";"KR1"}, {DATE(2026,1,2);DATE(2026,1,9)}, {10;12}, DATE(2026,1,1), DATE(2026,1,28), DATE(2026,1,9))',
      result: '{10,12,,}',
      note: 'As of Jan 9: week 2 so far, weeks 3 and 4 blank.',
    },
    { formula: '=OKR_WEEKLY("KR1", "KR1", DATE(2026,1,16), 40, DATE(2026,1,1), DATE(2026,1,21))', result: '{,,40}', note: 'Blank before the first check-in.' },
    {
      formula: '=OKR_WEEKLY("KR1", {"KR1";"KR1"}, {DATE(2026,1,2);DATE(2026,1,10)}, {"not started";"done"}, DATE(2026,1,1), DATE(2026,1,10))',
      result: '{not started,done}',
      note: 'A ten-day period: the last week is Jan 8\u201310. A milestone\u2019s words stay words.',
    },
  ],
  errors: [
    'OKR_WEEKLY: check-in row 2: time is blank: enter a date',
    'OKR_WEEKLY: period_start is blank: enter a date',
    'OKR_WEEKLY: period_end (2026-01-01) is before period_start (2026-03-31): check the period dates',
    'OKR_WEEKLY: the period 2026-01-01 to 2030-12-31 has 261 weeks; one table holds at most 106 (two years): check the period dates',
    'OKR_WEEKLY: period_start must be a single value, not a 2×1 range',
    'OKR_WEEKLY: as_of "soon" is not a date: use a date cell or YYYY-MM-DD',
    'OKR_WEEKLY: ids is 5×2: give a single column',
    'OKR_WEEKLY: log_ids has 100 rows but log_values has 99; give ranges with the same rows',
  ],
  resultShape: 'weekly',
  impl: (args, context) => OKR_WEEKLY(context.zone, args[0], args[1], args[2], args[3], args[4], args[5], args[6]),
};
