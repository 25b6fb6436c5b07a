/**
 * One pass over the Check-ins log for the IDs a formula asks about (OKR_LATEST, OKR_FORECAST).
 * The log is append-only and grows all period, so rows of other IDs are skipped before
 * anything else is read: a bad time on someone else's row is not this formula's problem.
 */
import type { ParamSpec } from '../functions/custom-function.js';
import { messageOf } from '../functions/array-args.js';
import { idKey, isBlank, toTime } from '../cells/cell.js';
import { FormulaError } from '../cells/formula-error.js';
import { alignedColumns } from '../cells/id-columns.js';
import type { Zone } from '../zone.js';

export interface LogAccumulator {
  /** The first bad check-in of this ID; it makes the ID's cell an error. */
  error: string | null;
}

const LOG_NAMES = ['log_ids', 'log_times', 'log_values'];

/**
 * Feeds each check-in (time, value) of a requested ID to its accumulator, in log order.
 * Check-ins with a blank value are skipped. `add` may throw a FormulaError for a bad value.
 */
export function scanLog<A extends LogAccumulator>(
  fn: string,
  ids: readonly unknown[],
  log: readonly [unknown, unknown, unknown],
  create: () => A,
  add: (acc: A, time: number, value: unknown) => void,
  zone: Zone,
): Map<string, A> {
  const wanted = new Map<string, A>();
  for (const id of ids) {
    if (isBlank(id)) continue;
    const key = idKey(id);
    if (!wanted.has(key)) wanted.set(key, create());
  }
  const [logIds, times, values] = alignedColumns(fn, log, LOG_NAMES);
  // The log repeats each ID many times: resolve each distinct cell value once.
  const byCell = new Map<unknown, A | null>();
  for (let r = 0; r < logIds.length; r++) {
    const logId = logIds[r];
    let acc = byCell.get(logId);
    if (acc === undefined) {
      acc = isBlank(logId) ? null : (wanted.get(idKey(logId)) ?? null);
      byCell.set(logId, acc);
    }
    if (acc === null || acc.error !== null) continue;
    const value = values[r];
    if (isBlank(value)) continue;
    try {
      add(acc, toTime(times[r], 'time', zone), value);
    } catch (error) {
      acc.error = `check-in row ${r + 1}: ${messageOf(error)}`;
    }
  }
  return wanted;
}

/** Throws the accumulator's error, for the cell of its ID. */
export function throwIfBad(acc: LogAccumulator | undefined): void {
  if (acc !== undefined && acc.error !== null) throw new FormulaError(acc.error, 'reference');
}

/** The parameters every log-reading function starts with, as formula help names them. */
export const LOG_PARAMS: readonly ParamSpec[] = [
  { name: 'ids', description: 'The key results: a column of IDs, or one ID.' },
  { name: 'log_ids', description: 'The ID column of the check-in log.' },
  { name: 'log_times', description: 'The time column of the check-in log.' },
];
