/**
 * OKR_LATEST: the current value of each key result, read from the append-only Check-ins log:
 * the value of its most recent check-in.
 */
import { parseNumericText } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import { columnArg, mapIds } from '../cells/id-columns.js';
import { LOG_PARAMS, scanLog, throwIfBad, type LogAccumulator } from '../check-in/check-in-log.js';
import type { Zone } from '../zone.js';

interface Latest extends LogAccumulator {
  time: number;
  value: unknown;
}

function newLatest(): Latest {
  return { error: null, time: -Infinity, value: null };
}

/** Keeps the greatest time; on equal times the later row wins (the log is in entry order). */
function addCheckIn(acc: Latest, time: number, value: unknown): void {
  if (time >= acc.time) {
    acc.time = time;
    acc.value = value;
  }
}

/** A logged value as the cell shows it: numeric text as its number, other text trimmed, the rest as is. */
export function loggedValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return parseNumericText(value) ?? value.trim();
}

export function OKR_LATEST(zone: Zone, ids: unknown, logIds: unknown, logTimes: unknown, logValues: unknown): unknown {
  const fn = 'OKR_LATEST';
  const idColumn = columnArg(fn, 'ids', ids);
  const latest = scanLog(fn, idColumn, [logIds, logTimes, logValues], newLatest, addCheckIn, zone);
  return mapIds(fn, ids, idColumn, (key) => {
    const acc = latest.get(key);
    throwIfBad(acc);
    return acc === undefined || acc.value === null ? null : loggedValue(acc.value);
  });
}

export const OKR_LATEST_SPEC: CustomFunctionSpec = {
  name: 'OKR_LATEST',
  summary: 'Gives the value of the most recent check-in of each key result from the check-in log.',
  description: [
    'For each id, among the log rows whose ID equals it (trimmed, case-insensitive) and whose value is not blank, ' +
      'the value of the one with the greatest time; on equal times the later row wins. No check-in → blank.',
    'Values come back as logged: numbers (numeric text such as `1,200` or `40%` as its number), or text such as `done` for a milestone.',
    'A check-in of a requested id with a bad time makes that id an error; rows of other IDs are not read.',
    'The log ranges must have the same rows. The result is one column with the rows of ids.',
  ].join('\n'),
  params: [
    ...LOG_PARAMS,
    { name: 'log_values', description: 'The value column of the check-in log.' },
  ],
  returns: 'One value per id (a number or text), or blank.',
  examples: [
    {
      formula: '=OKR_LATEST("KR1", {"KR1";"KR2";"KR1"}, {DATE(2026,1,5);DATE(2026,1,6);DATE(2026,1,12)}, {40;7;46})',
      result: '46',
      note: 'The check-in of Jan 12 is the latest of KR1.',
    },
    {
      formula: '=OKR_LATEST("KR1", {"KR1";"KR1"}, {DATE(2026,1,12);DATE(2026,1,5)}, {46;40})',
      result: '46',
      note: 'By time, not by row.',
    },
    { formula: '=OKR_LATEST("KR9", {"KR9";"KR9"}, {DATE(2026,1,5);DATE(2026,1,9)}, {"not started";"done"})', result: 'done', note: 'A milestone.' },
    { formula: '=OKR_LATEST("KR1", {"KR1";"KR1"}, {DATE(2026,1,5);DATE(2026,1,9)}, {40;""})', result: '40', note: 'A blank value is not a check-in.' },
    { formula: '=OKR_LATEST("KR3", "KR1", DATE(2026,1,5), 40)', result: '', note: 'No check-in of KR3 yet.' },
  ],
  errors: [
    'OKR_LATEST: check-in row 4: time is blank: enter a date',
    'OKR_LATEST: check-in row 4: time "yesterday" is not a date: use a date cell or YYYY-MM-DD',
    'OKR_LATEST: log_ids has 100 rows but log_values has 99; give ranges with the same rows',
    'OKR_LATEST: ids is 5×2: give a single column',
  ],
  resultShape: 'first',
  impl: (args, context) => OKR_LATEST(context.zone, args[0], args[1], args[2], args[3]),
};
