/**
 * How a chart's ranges become series, as Sheets reads them (Google's chart builder docs; the
 * header and domain rules are an inference from the chart editor, unverified):
 * - the ranges are joined side by side (MERGE_COLUMNS, the default) or stacked (MERGE_ROWS);
 * - series run down columns, or across rows when transposed;
 * - the first series is the domain (the x axis), the others are the lines;
 * - the first `numHeaders` cells of each series are its label, the rest its points.
 */
export interface SeriesInput {
  ranges: readonly { numRows: number; numColumns: number }[];
  mergeStrategy: 'MERGE_COLUMNS' | 'MERGE_ROWS';
  transpose: boolean;
  /** -1: Sheets guesses (one header when the first cells are text; taken as 1 here). */
  numHeaders: number;
}

export interface SeriesShape {
  /** Lines drawn: the series after the domain. */
  series: number;
  /** Points on each line. */
  points: number;
}

export function seriesShape(input: SeriesInput): SeriesShape {
  if (input.ranges.length === 0) return { series: 0, points: 0 };
  const stacked = input.mergeStrategy === 'MERGE_ROWS';
  const rows = stacked ? sum(input.ranges.map((r) => r.numRows)) : Math.max(...input.ranges.map((r) => r.numRows));
  const columns = stacked ? Math.max(...input.ranges.map((r) => r.numColumns)) : sum(input.ranges.map((r) => r.numColumns));
  const [across, along] = input.transpose ? [rows, columns] : [columns, rows];
  const headers = input.numHeaders < 0 ? 1 : input.numHeaders;
  return { series: Math.max(across - 1, 0), points: Math.max(along - headers, 0) };
}

/** Ranges merged one way must agree in the other dimension, or Sheets cannot line them up. */
export function mismatchedRange(input: SeriesInput): string | null {
  const stacked = input.mergeStrategy === 'MERGE_ROWS';
  const size = (r: { numRows: number; numColumns: number }) => (stacked ? r.numColumns : r.numRows);
  const first = input.ranges[0];
  if (first === undefined) return null;
  const odd = input.ranges.find((r) => size(r) !== size(first));
  if (odd === undefined) return null;
  const what = stacked ? 'columns' : 'rows';
  return `Ranges merged with ${input.mergeStrategy} must have the same number of ${what}: ${size(first)} and ${size(odd)}.`;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
