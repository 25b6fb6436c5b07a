/**
 * The pace of a key result today: its grade against the grade expected by now, judged by the
 * shared core's `statusAt`, so the badge agrees with the sheet's OKR_STATUS. A cached feed can
 * be days old (an `unchanged` poll keeps it), so "today" is recomputed here from the period's
 * dates rather than read from the feed's `status`.
 *
 * Success is the feed's `period.success`. A feed from an older web app lacks it and carries only
 * `expected` = success × elapsed at the time it was built; success is then recovered from that
 * when enough of the period had passed for a day's difference between the sheet's zone and the
 * user's not to matter, and is 0.7 (the sheet's default) otherwise.
 */
import type { FeedKeyResult, FeedPeriod } from '../../shared/feed.js';
import { DEFAULT_SUCCESS, elapsedFraction, statusAt } from '../../shared/status.js';
import type { OkrStatus } from '../../shared/status.js';
import { isLocalDate } from './zoned-time.js';

export type Pace = 'on-pace' | 'behind' | 'far-behind';

export const PACE_ORDER: Readonly<Record<Pace, number>> = { 'on-pace': 0, behind: 1, 'far-behind': 2 };

/** Below this elapsed fraction, one day more or less changes the recovered success too much. */
export const MIN_ELAPSED_TO_READ_SUCCESS = 0.1;

const PACE_OF_STATUS: Readonly<Record<OkrStatus, Pace>> = {
  Done: 'on-pace',
  'Not started': 'on-pace',
  'On track': 'on-pace',
  'At risk': 'behind',
  'Off track': 'far-behind',
};

/** A local date as a day count; every date of one judgement is counted the same way. */
const dayTime = (date: string) => Date.parse(`${date}T00:00:00Z`);

function periodSpan(period: FeedPeriod): { start: number; end: number } | null {
  if (!isLocalDate(period.start) || !isLocalDate(period.end)) return null;
  const span = { start: dayTime(period.start), end: dayTime(period.end) };
  return span.end > span.start ? span : null;
}

/** success = expected / elapsed on the day the feed was built, to the nearest 0.05. */
export function successFrom(expected: number | null | undefined, span: { start: number; end: number }, builtOn: string | null): number | null {
  if (typeof expected !== 'number' || !(expected > 0) || builtOn === null || !isLocalDate(builtOn)) return null;
  const elapsed = elapsedFraction(span.start, span.end, dayTime(builtOn));
  if (elapsed < MIN_ELAPSED_TO_READ_SUCCESS) return null;
  const success = Math.round((expected / elapsed) * 20) / 20;
  return success > 0 && success <= 1 ? success : null;
}

/**
 * `today` and `builtOn` (the local date the feed was generated) are `YYYY-MM-DD`. Null when
 * the key result has no grade, or neither the period's dates nor `expected` are known.
 */
export function paceOf(keyResult: FeedKeyResult, period: FeedPeriod, today: string, builtOn: string | null): Pace | null {
  const { grade, expected } = keyResult;
  if (grade === null || !Number.isFinite(grade) || grade < 0 || !isLocalDate(today)) return null;
  if (grade >= 1 || keyResult.status === 'done') return 'on-pace';
  const span = periodSpan(period);
  if (span !== null) {
    const success = period.success ?? successFrom(expected, span, builtOn) ?? DEFAULT_SUCCESS;
    return PACE_OF_STATUS[statusAt(grade, span.start, span.end, dayTime(today), success)];
  }
  if (typeof expected !== 'number' || !(expected >= 0)) return null;
  // Without dates, `expected` is all there is: read it as the default success × elapsed.
  const elapsed = Math.min(1, expected / DEFAULT_SUCCESS);
  return PACE_OF_STATUS[statusAt(grade, 0, 1, elapsed, DEFAULT_SUCCESS)];
}

export function worstPace(paces: readonly (Pace | null)[]): Pace | null {
  return paces.reduce<Pace | null>((worst, pace) => (pace !== null && (worst === null || PACE_ORDER[pace] > PACE_ORDER[worst]) ? pace : worst), null);
}
