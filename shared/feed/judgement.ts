/**
 * One judgement of a key result or objective at one instant, shared by every place that says how
 * it is going: the sheet's Status column and the feed (OKR_STATUS is `statusAt`), and in the
 * extension the status label, the badge's colour and tooltip, and the pace guidance. One
 * vocabulary: on track, at risk, off track, done, not started (the feed's KeyResultStatus).
 *
 * The extension judges at today in the user's zone, from the period's dates: a cached feed can be
 * days old, so its `status` (judged when it was built) is not reused. Guidance never contradicts
 * the status: a key result at risk or off track is told what it needs per week, never "on pace".
 */
import type { FeedKeyResult, FeedPeriod, KeyResultStatus } from './feed.js';
import { paceOf } from '../functions/pace.js';
import type { PaceGuidance } from '../pace-guidance.js';
import { paceGuidance } from '../pace-guidance.js';
import { DEFAULT_SUCCESS, FEED_STATUS, elapsedFraction, statusAt } from '../functions/status.js';
import { UTC } from '../zone.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** Below this elapsed fraction, one day more or less changes the recovered success too much. */
const MIN_ELAPSED_TO_READ_SUCCESS = 0.1;

/** The instant and yardstick of a judgement: times are day counts (UTC midnights) of local dates. */
export interface Frame {
  start: number;
  end: number;
  today: number;
  success: number;
}

/** A local date `YYYY-MM-DD` as a day count; every date of one judgement is counted the same way. */
export function dayTime(date: string): number | null {
  if (!DATE_ONLY.test(date)) return null;
  const time = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== date ? null : time;
}

/**
 * Success as the feed says (`period.success`); a feed from an older web app carries only
 * `expected` = success × elapsed on the day it was built (`builtOn`), read back to the nearest
 * 0.05 once enough of the period had passed, else the sheet's default 0.7.
 */
export function successOf(period: FeedPeriod, keyResults: readonly Pick<FeedKeyResult, 'expected'>[], builtOn: string | null): number {
  if (typeof period.success === 'number' && period.success > 0 && period.success <= 1) return period.success;
  const start = period.start === null ? null : dayTime(period.start);
  const end = period.end === null ? null : dayTime(period.end);
  const built = builtOn === null ? null : dayTime(builtOn);
  const expected = keyResults.find((keyResult) => typeof keyResult.expected === 'number' && keyResult.expected > 0)?.expected;
  if (start === null || end === null || built === null || !(end > start) || typeof expected !== 'number') return DEFAULT_SUCCESS;
  const elapsed = elapsedFraction(start, end, built);
  if (elapsed < MIN_ELAPSED_TO_READ_SUCCESS) return DEFAULT_SUCCESS;
  const success = Math.round((expected / elapsed) * 20) / 20;
  return success > 0 && success <= 1 ? success : DEFAULT_SUCCESS;
}

/**
 * The frame of a period at `today`, or null when the period has no usable dates. Without dates
 * an older feed's `expected` is all there is: it is read as the default success × elapsed.
 */
export function frameOf(period: FeedPeriod, today: string, success: number, expected?: number | null): Frame | null {
  const now = dayTime(today);
  if (now === null) return null;
  const start = period.start === null ? null : dayTime(period.start.slice(0, 10));
  const end = period.end === null ? null : dayTime(period.end.slice(0, 10));
  if (start !== null && end !== null && end > start) return { start, end, today: now, success };
  if (typeof expected !== 'number' || !(expected >= 0)) return null;
  return { start: 0, end: 1, today: Math.min(1, expected / DEFAULT_SUCCESS), success: DEFAULT_SUCCESS };
}

/** The status of a grade in a frame; null without a grade. */
export function judgeGrade(grade: number | null, frame: Frame): KeyResultStatus | null {
  if (grade === null || !Number.isFinite(grade) || grade < 0) return null;
  return FEED_STATUS[statusAt(grade, frame.start, frame.end, frame.today, frame.success)];
}

/** The signed change per week still needed to reach success (OKR_PACE at `frame.today`), or null. */
export function needsPerWeekAt(keyResult: Pick<FeedKeyResult, 'type' | 'start' | 'target' | 'current'>, frame: Frame): number | null {
  const { type, start, target, current } = keyResult;
  const kind = type?.trim().toLowerCase() ?? '';
  if ((kind !== '' && kind !== 'increase' && kind !== 'decrease') || typeof start !== 'number' || typeof target !== 'number' || typeof current !== 'number') return null;
  if (start === target || (kind === 'increase' && target < start) || (kind === 'decrease' && target > start)) return null;
  // Frames count local calendar days as UTC midnights, so the zone of their arithmetic is UTC.
  return paceOf(start, target, current, frame.end, frame.today, UTC, frame.success);
}

/**
 * The one line of guidance a status allows: on track may read "on pace for 0.82" (forecast at or
 * above success) or what it needs; at risk and off track only what they need; done and not
 * started nothing to chase.
 */
export function guidanceFor(status: KeyResultStatus | null, needsPerWeek: number | null, forecastGrade: number | null, success: number): PaceGuidance {
  if (status === 'done') return null;
  const guidance = paceGuidance(needsPerWeek, forecastGrade, success);
  if (status === 'at-risk' || status === 'off-track') {
    return needsPerWeek !== null && needsPerWeek !== 0 ? { kind: 'needs', perWeek: needsPerWeek } : null;
  }
  return guidance;
}

export interface KeyResultJudgement {
  status: KeyResultStatus | null;
  needsPerWeek: number | null;
  guidance: PaceGuidance;
}

/** A key result judged in a frame: its status, the pace it needs, and the guidance line's data. */
export function judgeKeyResult(keyResult: FeedKeyResult, frame: Frame): KeyResultJudgement {
  const status = keyResult.status === 'done' && keyResult.grade === null ? 'done' : judgeGrade(keyResult.grade, frame);
  const needsPerWeek = frame.start === 0 && frame.end === 1 ? (keyResult.needsPerWeek ?? null) : needsPerWeekAt(keyResult, frame);
  return { status, needsPerWeek, guidance: guidanceFor(status, needsPerWeek, keyResult.forecastGrade ?? null, frame.success) };
}

/** Worst first: the order the badge's colour and tooltip follow. */
export const STATUS_SEVERITY: Readonly<Record<KeyResultStatus, number>> = { 'off-track': 3, 'at-risk': 2, 'on-track': 1, 'not-started': 0, done: 0 };

export function worstStatus(statuses: readonly (KeyResultStatus | null)[]): KeyResultStatus | null {
  return statuses.reduce<KeyResultStatus | null>((worst, status) => (status !== null && (worst === null || STATUS_SEVERITY[status] > STATUS_SEVERITY[worst]) ? status : worst), null);
}
