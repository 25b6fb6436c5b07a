/**
 * The words beside a key result's sparkline: its latest confidence, one line of pace guidance
 * in the key result's own unit, and the sparkline's text alternative. Each gives null when the
 * feed lacks the fields it needs (a web app older than the progress fields), so the popup shows nothing.
 */
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { guidanceFor } from '../../shared/feed/judgement.js';
import { formatGrade, formatNumber, inPercent, percent, unitSuffix } from './format.js';
import * as strings from '../strings/popup.js';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** "confidence 7/10", or null when no check-in gave one. */
export function confidenceText(keyResult: FeedKeyResult): string | null {
  return isNumber(keyResult.confidence) ? strings.confidence(keyResult.confidence) : null;
}

/**
 * Two significant digits, whole numbers kept whole: guidance is a rate to aim at, and "+1.4872"
 * would claim a precision the forecast does not have.
 */
export function roundForGuidance(value: number): number {
  return Math.abs(value) >= 10 ? Math.round(value) : Number(value.toPrecision(2));
}

/**
 * A signed change of value with its unit, as the popup shows the key result's values:
 * "+1.5 points", "−2 ms", "+1.5%" for a percent key result stored as fractions.
 */
export function signedAmount(keyResult: FeedKeyResult, change: number): string {
  const asPercent = inPercent(keyResult);
  const size = roundForGuidance(Math.abs(asPercent ? change * 100 : change));
  // U+2212: screen readers say "minus" for it, and it lines up with "+".
  const sign = change < 0 ? '−' : '+';
  return asPercent ? `${sign}${percent(size / 100)}` : `${sign}${formatNumber(size)}${unitSuffix(keyResult)}`;
}

/**
 * "on pace for 0.82", "needs +1.5 points/week to reach 0.70", or null: the guidance its status
 * allows (shared/feed/judgement.ts), so an at-risk key result never reads "on pace". The popup hands
 * in the local view's key result (feed/local-view.ts), judged and paced for today.
 */
export function paceText(keyResult: FeedKeyResult, success: number): string | null {
  const needs = isNumber(keyResult.needsPerWeek) ? keyResult.needsPerWeek : null;
  const forecast = isNumber(keyResult.forecastGrade) ? keyResult.forecastGrade : null;
  const pace = guidanceFor(keyResult.status, needs, forecast, success);
  if (pace === null) return null;
  if (pace.kind === 'on-pace') return strings.onPaceFor(formatGrade(pace.grade));
  return strings.needsPerWeek(signedAmount(keyResult, pace.perWeek), formatGrade(success));
}

/**
 * The sparkline's text alternative: "grade 0.20 → 0.45 over 6 weeks, expected 0.50", from the
 * first to the last week with a grade; null when no week has one.
 */
export function trendText(keyResult: FeedKeyResult): string | null {
  const weekly = keyResult.weekly ?? [];
  const first = weekly.findIndex(isNumber);
  if (first < 0) return null;
  let last = weekly.length - 1;
  while (!isNumber(weekly[last])) last -= 1;
  const expected = isNumber(keyResult.expected) ? formatGrade(keyResult.expected) : null;
  return strings.trend(formatGrade(weekly[first]!), formatGrade(weekly[last]!), last - first + 1, expected);
}
