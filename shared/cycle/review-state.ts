/**
 * Where the team stands with the end of the cycle, for the feed (`period.ended`,
 * `period.toReview`) and the popup's "2026-Q4 ended: review 12 key results".
 *
 * A key result's review row is "empty" while both "What went well" and "What we learned" are
 * blank and its "Carry over" box is not ticked. An unticked box cannot say "decided not to carry
 * over" (a checkbox holds FALSE from the start), so writing either text counts as reviewed.
 */
import { isBlank } from '../cells/cell.js';
import { addCalendarDays } from '../dates.js';
import { headerColumn, isTicked, periodOfReviewSheet, REVIEW_KIND } from './cycle-layout.js';
import type { Zone } from '../zone.js';

/** Key-result rows of a review sheet (values, header row first) that nobody has reviewed yet. */
export function countToReview(values: readonly unknown[][]): number {
  const header = values[0];
  const kind = headerColumn(header, 'Kind');
  const id = headerColumn(header, 'ID');
  const well = headerColumn(header, 'What went well');
  const learned = headerColumn(header, 'What we learned');
  const carry = headerColumn(header, 'Carry over');
  const cell = (row: readonly unknown[], column: number) => (column < 0 ? '' : row[column]);
  let count = 0;
  for (const row of values.slice(1)) {
    if (isBlank(cell(row, id))) continue;
    // Without its Kind column (a user deleted it) every row with an ID counts.
    if (kind >= 0 && String(row[kind] ?? '').trim().toLowerCase() !== REVIEW_KIND.keyResult.toLowerCase()) continue;
    if (isBlank(cell(row, well)) && isBlank(cell(row, learned)) && !isTicked(cell(row, carry))) count++;
  }
  return count;
}

export interface ReviewStateInput {
  /** The period in Settings: its name, and its last day (local midnight, ms) or null when unset. */
  period: { name: string; end: number | null };
  now: number;
  /** The spreadsheet's zone: the period's last day ends at its midnight. */
  zone: Zone;
  /** Key results with an ID in Key Results: all of them await review once the period ends. */
  keyResults: number;
  /** The newest review sheet (`latestReviewSheet`) and its values, header row first; null when there is none. */
  review: { sheet: string; values: readonly unknown[][] } | null;
}

export interface ReviewState {
  /** The Settings period's last day is over. */
  ended: boolean;
  /** Key results of `reviewPeriod` whose review row is still empty. */
  toReview: number;
  /** The sheet to link to, or null when the review has no sheet yet (Close quarter… makes it). */
  reviewSheet: string | null;
  /** The period `toReview` counts for: the Settings period once it ended, else the last closed one. */
  reviewPeriod: string | null;
}

/**
 * Close quarter… moves Settings on to the next period as it creates the review sheet, so the
 * period awaiting review is the Settings one only between its end and Close quarter…; after
 * that it is the period of the newest review sheet, while the Settings period has not ended.
 */
export function reviewState(input: ReviewStateInput): ReviewState {
  const { period, now, review } = input;
  const ended = period.end !== null && now >= addCalendarDays(period.end, 1, input.zone);
  const reviewed = review === null ? null : periodOfReviewSheet(review.sheet);
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  if (review !== null && reviewed !== null && (!ended || same(reviewed, period.name))) {
    return { ended, toReview: countToReview(review.values), reviewSheet: review.sheet, reviewPeriod: reviewed };
  }
  if (ended) return { ended, toReview: Math.max(0, input.keyResults), reviewSheet: null, reviewPeriod: period.name };
  return { ended, toReview: 0, reviewSheet: null, reviewPeriod: null };
}
