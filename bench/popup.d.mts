import type { BenchContext, BenchResult, BenchRow } from '../scripts/bench.mjs';
import type { BundleSize } from './bundle-sizes.mjs';

/** A timing row fills the ms columns, a bundle row the byte columns; the others are null. */
export interface PopupRow extends BenchRow {
  medianMs: number | null;
  p90Ms: number | null;
  staticMedianMs: number | null;
  staticP90Ms: number | null;
  ratio: number | null;
  rawBytes: number | null;
  gzipBytes: number | null;
  goal: string | null;
  meetsGoal: boolean | null;
}

/** One open of a page, as bench/paint-marker.mjs recorded it (ms since navigation start). */
export interface PaintMarks {
  first: number;
  all: number;
  /** The popup only: when the live view showed every key result (after the last view, if one was painted). */
  live?: number;
  /** The popup only: when the failed refresh's notice was painted. */
  refreshFailed?: number;
  /** The MutationObserver's callbacks. */
  batches: number;
  /** Elements each target's selector matched at the last callback. */
  counts: Record<string, number>;
  /** ... and when the target was reached. */
  countsAtMark: Record<string, number>;
}

/** A count of elements bench/paint-marker.mjs waits for, then marks the next painted frame. */
export interface PaintTarget {
  key: string;
  selector: string;
  count: number;
}

export interface PopupResult extends BenchResult {
  rows: PopupRow[];
  /** Why the popup was not timed (no browser), or null. */
  skipped: string | null;
  targets: { static: PaintTarget[]; popup: PaintTarget[] } | null;
  /** The day's first openings and the reopenings, each series with its own static pages. */
  samples: { popup: PaintMarks[]; static: PaintMarks[]; reopened: PaintMarks[]; reopenedStatic: PaintMarks[]; afterOptions: PaintMarks[]; afterOptionsStatic: PaintMarks[] } | null;
  sizes: BundleSize[];
}

export const GOAL: { maxRatio: number; popupGzipBytes: number; firstPaintGzipBytes: number };
export const SIZES: { full: { opens: number; keyResults: number }; quick: { opens: number; keyResults: number } };
export const ITEM_SELECTOR: string;
export const LAST_VIEW_KEY: string;
export function paintTargets(count: number): { static: PaintTarget[]; popup: PaintTarget[] };
export function percentile(values: readonly number[], p: number): number;
/** `extensionDir`: time another build of the extension (to try a fix); defaults to dist/extension. */
export function run(context?: Partial<BenchContext> & { extensionDir?: string }): Promise<PopupResult>;
