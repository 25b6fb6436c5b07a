/**
 * OKR_FORECAST: where a key result is heading: the least-squares line through its check-ins
 * (value against time), read at a date, usually the period end.
 *
 * Times are about 1.8e12 ms, so the textbook sums (Σt², Σt·v) lose every significant digit of
 * a quarter's spread. The fit keeps running means and centred co-moments instead (Welford's
 * update), which only ever square deviations from the mean.
 */
import { asGrid, isRange, messageOf } from './array-args.js';
import { toNumber, toTime } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { LOG_PARAMS, scanLog, throwIfBad, type LogAccumulator } from '../check-in/check-in-log.js';
import { FormulaError } from '../cells/formula-error.js';
import { columnArg, mapIds } from '../cells/id-columns.js';
import type { Zone } from '../zone.js';

export interface LineFit extends LogAccumulator {
  count: number;
  firstTime: number;
  distinctTimes: boolean;
  meanTime: number;
  meanValue: number;
  /** Σ (t − mean t)². */
  timeSpread: number;
  /** Σ (t − mean t)(v − mean v). */
  coMoment: number;
}

export function newLineFit(): LineFit {
  return { error: null, count: 0, firstTime: 0, distinctTimes: false, meanTime: 0, meanValue: 0, timeSpread: 0, coMoment: 0 };
}

/** Adds one point to the fit. */
export function addPoint(fit: LineFit, time: number, value: number): void {
  if (fit.count === 0) fit.firstTime = time;
  else if (time !== fit.firstTime) fit.distinctTimes = true;
  fit.count += 1;
  const dt = time - fit.meanTime;
  fit.meanTime += dt / fit.count;
  const dv = value - fit.meanValue;
  fit.meanValue += dv / fit.count;
  fit.timeSpread += dt * (time - fit.meanTime);
  fit.coMoment += dt * (value - fit.meanValue);
}

/** The fitted line at `time`; `null` with fewer than two distinct times. */
export function lineAt(fit: LineFit, time: number): number | null {
  if (!fit.distinctTimes || fit.timeSpread <= 0) return null;
  return fit.meanValue + (fit.coMoment / fit.timeSpread) * (time - fit.meanTime);
}

function addCheckIn(fit: LineFit, time: number, value: unknown): void {
  addPoint(fit, time, toNumber(value, 'value'));
}

/** `at` for the row of each id: a single date for all, or a column with the rows of ids. */
function atReader(fn: string, at: unknown, idRows: number, zone: Zone): (row: number) => number {
  const grid = isRange(at) ? asGrid(at) : undefined;
  if (grid === undefined || (grid.length === 1 && grid[0].length === 1)) {
    let time: number;
    try {
      time = toTime(grid === undefined ? at : grid[0][0], 'at', zone);
    } catch (error) {
      throw new FormulaError(`${fn}: ${messageOf(error)}`, 'bad-argument');
    }
    return () => time;
  }
  const column = columnArg(fn, 'at', at);
  if (column.length !== idRows) {
    throw new FormulaError(`${fn}: ids has ${idRows} rows but at has ${column.length}; give one date, or a range with the rows of ids`, 'bad-shape');
  }
  return (row) => toTime(column[row], 'at', zone);
}

export function OKR_FORECAST(zone: Zone, ids: unknown, logIds: unknown, logTimes: unknown, logValues: unknown, at: unknown): unknown {
  const fn = 'OKR_FORECAST';
  const idColumn = columnArg(fn, 'ids', ids);
  const atRow = atReader(fn, at, idColumn.length, zone);
  const fits = scanLog(fn, idColumn, [logIds, logTimes, logValues], newLineFit, addCheckIn, zone);
  return mapIds(fn, ids, idColumn, (key, row) => {
    const fit = fits.get(key);
    throwIfBad(fit);
    return fit === undefined ? null : lineAt(fit, atRow(row));
  });
}

export const OKR_FORECAST_SPEC: CustomFunctionSpec = {
  name: 'OKR_FORECAST',
  summary: 'Projects each key result to a date (usually the period end) along the straight line that best fits its check-ins.',
  description: [
    'For each id, the least-squares line through its check-ins (value against time) from the log, evaluated at `at`.',
    'Check-ins with a blank value are skipped; fewer than two distinct times give blank. ' +
      'A check-in of the id whose value is not a number (such as a milestone\u2019s `done`) or whose time is bad makes that id an error.',
    'at is one date for every id, or a range with the rows of ids. The log ranges must have the same rows. ' +
      'The result is one column with the rows of ids; compare it with the target, or grade it with OKR_GRADE.',
  ].join('\n'),
  params: [
    ...LOG_PARAMS,
    { name: 'log_values', description: 'The value column of the check-in log (numbers).' },
    { name: 'at', description: 'The date to project to, usually the period end.' },
  ],
  returns: 'One projected value per id, or blank.',
  examples: [
    {
      formula: '=OKR_FORECAST("KR1", {"KR1";"KR1"}, {DATE(2026,1,1);DATE(2026,1,11)}, {10;20}, DATE(2026,1,21))',
      result: '30',
      note: 'Ten more every ten days.',
    },
    {
      formula: '=OKR_FORECAST("KR1", {"KR1";"KR1";"KR1"}, {DATE(2026,1,1);DATE(2026,1,2);DATE(2026,1,3)}, {1;3;2}, DATE(2026,1,5))',
      result: '3.5',
      note: 'The best straight line through scattered check-ins.',
    },
    { formula: '=OKR_FORECAST("KR1", "KR1", DATE(2026,1,5), 40, DATE(2026,3,31))', result: '', note: 'One check-in draws no line.' },
  ],
  errors: [
    'OKR_FORECAST: check-in row 2: value "done" is not a number',
    'OKR_FORECAST: check-in row 2: time "yesterday" is not a date: use a date cell or YYYY-MM-DD',
    'OKR_FORECAST: at is blank: enter a date',
    'OKR_FORECAST: ids has 5 rows but at has 4; give one date, or a range with the rows of ids',
    'OKR_FORECAST: log_ids has 100 rows but log_values has 99; give ranges with the same rows',
  ],
  resultShape: 'first',
  impl: (args, context) => OKR_FORECAST(context.zone, args[0], args[1], args[2], args[3], args[4]),
};
