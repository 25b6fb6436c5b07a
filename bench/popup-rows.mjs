// The popup benchmark's table: one row per timing (popup against the static page, by median)
// and one per bundle, every row with every column so the table keeps one column order.
import { POPUP_GZIP_BUDGET } from './bundle-sizes.mjs';
import { median } from './measure.mjs';

/** The goal: the first key result within 1.5× of the static page; the first paint's code within 20 KB gzip. */
export const GOAL = { maxRatio: 1.5, popupGzipBytes: POPUP_GZIP_BUDGET, firstPaintGzipBytes: 20 * 1024 };

/** Nearest-rank percentile: with few samples it is one of them, never an interpolation. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function timingRow(name, popupMs, staticMs) {
  const medianMs = median(popupMs);
  const staticMedianMs = staticMs === null ? null : median(staticMs);
  const ratio = staticMedianMs === null ? null : medianMs / staticMedianMs;
  return {
    name,
    medianMs,
    p90Ms: percentile(popupMs, 90),
    staticMedianMs,
    staticP90Ms: staticMs === null ? null : percentile(staticMs, 90),
    ratio,
    rawBytes: null,
    gzipBytes: null,
    goal: ratio === null ? null : `≤ ${GOAL.maxRatio}× static`,
    meetsGoal: ratio === null ? null : ratio <= GOAL.maxRatio,
  };
}

export function sizeRow(size) {
  const budgeted = size.gzipBudget !== null;
  return {
    name: size.name,
    medianMs: null,
    p90Ms: null,
    staticMedianMs: null,
    staticP90Ms: null,
    ratio: null,
    rawBytes: size.rawBytes,
    gzipBytes: size.gzipBytes,
    goal: budgeted ? `≤ ${size.gzipBudget / 1024} KB gzip` : null,
    meetsGoal: budgeted ? size.gzipBytes <= size.gzipBudget : null,
  };
}

/** What the popup's first paint loads (scripts/first-paint.mjs), against its goal. */
export function firstPaintRow(bytes, reopened) {
  return {
    name: reopened ? 'popup first paint, a view kept: HTML, CSS, last-view script' : 'popup first paint, no view kept: HTML, CSS, JS (static imports)',
    medianMs: null,
    p90Ms: null,
    staticMedianMs: null,
    staticP90Ms: null,
    ratio: null,
    rawBytes: null,
    gzipBytes: bytes,
    goal: `≤ ${GOAL.firstPaintGzipBytes / 1024} KB gzip`,
    meetsGoal: bytes <= GOAL.firstPaintGzipBytes,
  };
}

/**
 * `samples`: `{ popup, reference, reopened, reopenedReference, afterOptions, afterOptionsReference }`,
 * each a list of bench/paint-marker.mjs marks: openings with no view kept, with the last one
 * (extension/popup/paint-last-view.ts), and after the options change with the views the worker
 * kept (extension/background/sw-views.ts), each with its static pages.
 */
export function timingRows(samples, count) {
  const of = (list, key) => list.map((marks) => marks[key]);
  return [
    timingRow('popup, no view kept: first key result painted', of(samples.popup, 'first'), of(samples.reference, 'first')),
    timingRow(`popup, no view kept: all ${count} key results painted`, of(samples.popup, 'all'), of(samples.reference, 'all')),
    timingRow('popup, a view kept: first key result painted', of(samples.reopened, 'first'), of(samples.reopenedReference, 'first')),
    timingRow(`popup, a view kept: all ${count} key results painted`, of(samples.reopened, 'all'), of(samples.reopenedReference, 'all')),
    timingRow('popup, a view kept: live view in place', of(samples.reopened, 'live'), null),
    timingRow("popup after the options change, the worker's view kept: first key result painted", of(samples.afterOptions, 'first'), of(samples.afterOptionsReference, 'first')),
    timingRow('popup: failed refresh shown', of(samples.popup, 'refreshFailed'), null),
  ];
}
