/**
 * The check-in history of each key result for the feed: this period's rows of the log, oldest
 * first, each graded with the key result's targets as they are now (the same OKR_GRADE the
 * sheet uses), so the history view and the sparkline tell one story.
 */
import { personText } from '../cells/cell-text.js';
import { addCalendarDays } from '../dates.js';
import type { FeedHistoryPoint } from './feed.js';
import { OKR_GRADE } from '../functions/grade.js';
import { idKey, isBlank, isDate, timeOrNull, toNumberOrBlank, toText } from '../cells/cell.js';
import { loggedValue } from '../functions/latest.js';
import { startOfDay } from '../period.js';
import type { Columns } from '../tracker-columns.js';
import type { CheckInColumn, KeyResultColumn } from '../tracker-layout.js';
import type { Zone } from '../zone.js';

interface Entry {
  time: number;
  row: number;
  value: number | string;
  confidence: number | null;
  note: string | null;
  by: string | null;
}

/** A confidence the contract allows (1–10), or null for a blank, a typo or a value out of range. */
function confidenceOf(value: unknown): number | null {
  try {
    const number = toNumberOrBlank(value, 'confidence');
    return number !== null && number >= 1 && number <= 10 ? number : null;
  } catch {
    return null;
  }
}

function valueOf(value: unknown): number | string | null {
  if (typeof value === 'boolean') return value ? 'done' : 'not done';
  if (isDate(value)) return null;
  const logged = loggedValue(value);
  return typeof logged === 'number' || typeof logged === 'string' ? logged : null;
}

/** A Note or By cell as it was sent (shared/cells/cell-text.ts): not trimmed, the formula guard undone. */
const textOrNull = (value: unknown): string | null => {
  const text = personText(value);
  return isBlank(text) ? null : typeof text === 'string' ? text : toText(text);
};

/** [first instant, first instant after] of the period; the end date counts as a whole day. */
function periodWindow(periodStart: unknown, periodEnd: unknown, zone: Zone): [number, number] | null {
  const start = timeOrNull(periodStart, zone);
  const end = timeOrNull(periodEnd, zone);
  if (start === null || end === null || !(end >= start)) return null;
  return [startOfDay(start, zone), addCalendarDays(startOfDay(end, zone), 1, zone)];
}

/**
 * One history per key result row (empty for a blank ID or a bad period). `logIds` is the ID each
 * row's check-ins are logged under: its own, or the KPI it follows. Rows with a blank value,
 * a bad time or a time outside the period are left out, as OKR_LATEST leaves out blanks.
 */
export function historiesOf(
  keyResults: Columns<KeyResultColumn>,
  logIds: readonly unknown[],
  log: Columns<CheckInColumn>,
  periodStart: unknown,
  periodEnd: unknown,
  zone: Zone,
): FeedHistoryPoint[][] {
  const entries = new Map<string, Entry[]>();
  for (let i = 0; i < keyResults.rows; i++) {
    const id = logIds[i];
    if (!isBlank(id) && !isBlank(keyResults.ID[i])) entries.set(idKey(id), []);
  }
  const window = periodWindow(periodStart, periodEnd, zone);
  if (window !== null) collect(log, window, entries, zone);

  const rows = keyResults.rows;
  const histories: FeedHistoryPoint[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const id = logIds[i];
    const list = isBlank(id) || isBlank(keyResults.ID[i]) ? undefined : entries.get(idKey(id));
    histories[i] = list === undefined ? [] : graded(list, keyResults, i);
  }
  return histories;
}

function collect(log: Columns<CheckInColumn>, [from, until]: [number, number], entries: Map<string, Entry[]>, zone: Zone): void {
  for (let r = 0; r < log.rows; r++) {
    const id = log.ID[r];
    if (isBlank(id)) continue;
    const list = entries.get(idKey(id));
    if (list === undefined || isBlank(log.Value[r])) continue;
    const value = valueOf(log.Value[r]);
    const time = timeOrNull(log.Time[r], zone);
    if (value === null || time === null || time < from || time >= until) continue;
    list.push({ time, row: r, value, confidence: confidenceOf(log.Confidence[r]), note: textOrNull(log.Note[r]), by: textOrNull(log.By[r]) });
  }
}

/** Oldest first (equal times in log order), each point graded in one OKR_GRADE call. */
function graded(list: Entry[], keyResults: Columns<KeyResultColumn>, row: number): FeedHistoryPoint[] {
  if (list.length === 0) return [];
  list.sort((a, b) => a.time - b.time || a.row - b.row);
  const grades = OKR_GRADE(keyResults.Start[row], keyResults.Target[row], list.map((e) => [e.value]), keyResults.Type[row]) as unknown[][];
  return list.map((entry, k) => {
    const grade = grades[k][0];
    return {
      time: new Date(entry.time).toISOString(),
      value: entry.value,
      grade: typeof grade === 'number' && Number.isFinite(grade) ? grade : null,
      confidence: entry.confidence,
      note: entry.note,
      by: entry.by,
    };
  });
}

/** The confidence of the latest check-in that gave one, or null. */
export function latestConfidence(history: readonly FeedHistoryPoint[]): number | null {
  for (let k = history.length - 1; k >= 0; k--) if (history[k].confidence !== null) return history[k].confidence;
  return null;
}
