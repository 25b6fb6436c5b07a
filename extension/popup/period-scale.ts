/**
 * The period's shape that every sparkline of a tracker shares: where its weeks end, and the
 * grade expected at its end. Made once per tracker, and kept while the period stays the same,
 * so a refresh does not hand 500 memoised key results a new prop (see memo.ts).
 */
import { useMemo } from 'preact/hooks';
import type { FeedPeriod } from '../../shared/feed/feed.js';
import { daysBetween } from '../format/local-date.js';
import type { PeriodScale } from './sparkline-geometry.js';

/**
 * The sheet's default success grade (DEFAULT_SUCCESS in shared/functions/status.ts). Not imported from
 * there: that module brings OKR_STATUS and its array machinery, 7 KB gzip, into the popup.
 * Used when the feed (from an older web app) does not carry `period.success`.
 */
export const DEFAULT_SUCCESS = 0.7;

/** `start` and `end` may be dates or ISO times: their day is what counts. */
export function periodScale(start: string | null, end: string | null, weeks: readonly string[] | undefined, success = DEFAULT_SUCCESS): PeriodScale {
  const scale = { weekEnds: null, success };
  if (start === null || end === null || weeks === undefined || weeks.length === 0) return scale;
  const day = (date: string) => date.slice(0, 10);
  const length = daysBetween(day(start), day(end));
  if (!(length > 0)) return scale;
  return { ...scale, weekEnds: weeks.map((week) => daysBetween(day(start), week) / length) };
}

export function usePeriodScale(period: FeedPeriod | undefined): PeriodScale {
  const { start = null, end = null, weeks, success } = period ?? {};
  return useMemo(() => periodScale(start, end, weeks, success), [start, end, weeks?.join(), success]);
}
