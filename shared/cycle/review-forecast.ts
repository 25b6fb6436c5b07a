/**
 * What the Check-ins log says about each key result over one period, for its review: how many
 * check-ins it had, the last confidence given, and where it was heading at mid-period. The
 * mid-period forecast uses the core's own line fit (OKR_FORECAST) and grade (OKR_GRADE), so the
 * review agrees with what the Forecast column showed at the time.
 */
import { idKey, isBlank, numberOrNull, timeOrNull } from '../cells/cell.js';
import { addCalendarDays } from '../dates.js';
import { addPoint, lineAt, newLineFit, type LineFit } from '../functions/forecast.js';
import { gradeOne, parseType } from '../functions/grade.js';
import type { Zone } from '../zone.js';

export interface PeriodSpan {
  /** Local midnight of the first day (ms). */
  start: number;
  /** Local midnight of the last day (ms), as Settings holds it. */
  end: number;
}

export interface LogColumns {
  Time: readonly unknown[];
  ID: readonly unknown[];
  Value: readonly unknown[];
  Confidence: readonly unknown[];
  rows: number;
}

export interface CheckInStats {
  /** Check-ins with a value inside the period. */
  count: number;
  /** The confidence of the latest check-in of the period that gave one. */
  lastConfidence: number | null;
  lastConfidenceTime: number;
  /** The line through the check-ins up to mid-period; null once a value there is not a number. */
  fit: LineFit | null;
}

/** The middle of the period: half way from its first day's start to its last day's end. */
export function midpointOf(period: PeriodSpan, zone: Zone): number {
  return period.start + (addCalendarDays(period.end, 1, zone) - period.start) / 2;
}

/**
 * One pass over the log for the given key results. Rows of other IDs, rows without a value and
 * rows whose time is not a date are skipped: a bad row elsewhere is not this review's problem.
 */
export function checkInStats(ids: readonly unknown[], log: LogColumns, period: PeriodSpan, zone: Zone): Map<string, CheckInStats> {
  const stats = new Map<string, CheckInStats>();
  for (const id of ids) {
    if (!isBlank(id)) stats.set(idKey(id), { count: 0, lastConfidence: null, lastConfidenceTime: -Infinity, fit: newLineFit() });
  }
  const dayAfterEnd = addCalendarDays(period.end, 1, zone);
  const midpoint = midpointOf(period, zone);
  for (let r = 0; r < log.rows; r++) {
    const entry = stats.get(idKey(log.ID[r]));
    if (entry === undefined || isBlank(log.Value[r])) continue;
    const time = timeOrNull(log.Time[r], zone);
    if (time === null || time < period.start || time >= dayAfterEnd) continue;
    entry.count += 1;
    const confidence = numberOrNull(log.Confidence[r]);
    // On equal times the later row wins, as OKR_LATEST decides.
    if (confidence !== null && time >= entry.lastConfidenceTime) {
      entry.lastConfidence = confidence;
      entry.lastConfidenceTime = time;
    }
    if (time > midpoint || entry.fit === null) continue;
    const value = numberOrNull(log.Value[r]);
    // OKR_FORECAST makes such a key result an error; the review shows no forecast instead.
    if (value === null) entry.fit = null;
    else addPoint(entry.fit, time, value);
  }
  return stats;
}

/**
 * The grade of the fitted line read at the period's end, as OKR_GRADE grades a current value;
 * null when there is no line (fewer than two check-ins by mid-period) or no grade.
 */
export function forecastGrade(fit: LineFit | null, period: PeriodSpan, start: unknown, target: unknown, type: unknown): number | null {
  if (fit === null) return null;
  let projected = lineAt(fit, period.end);
  if (projected === null) return null;
  try {
    // A milestone's progress is a fraction: a line heading past done means done on time.
    if (parseType(type) === 'milestone') projected = Math.min(Math.max(projected, 0), 1);
    return gradeOne(start, target, projected, type);
  } catch {
    return null;
  }
}
