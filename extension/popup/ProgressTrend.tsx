import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { confidenceText, paceText, trendText } from '../format/progress-text.js';
import type { PeriodScale } from './sparkline-geometry.js';
import { Sparkline } from './Sparkline.js';

/**
 * The key result's weekly sparkline, its latest confidence and the pace it needs, on one line
 * that wraps at 360 px. Each part shows only when the feed has its fields (older web apps
 * send none, and then the line is not there at all).
 */
export function ProgressTrend({ keyResult, scale }: { keyResult: FeedKeyResult; scale: PeriodScale }) {
  const trend = trendText(keyResult);
  const confidence = confidenceText(keyResult);
  const pace = paceText(keyResult, scale.success);
  // One text node, separated as the line above it is, so a screen reader reads it as one sentence.
  const words = [confidence, pace].filter((part) => part !== null).join(' · ');
  if (trend === null && words === '') return null;
  // Called, not mounted: it has no state, so it needs no component instance of its own (one
  // per key result, 500 in a long list).
  return (
    <p class="kr-trend">
      {trend !== null && keyResult.weekly && Sparkline({ weekly: keyResult.weekly, scale, label: trend })}
      {words}
    </p>
  );
}
