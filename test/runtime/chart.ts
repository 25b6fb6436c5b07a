/**
 * A recording fake of embedded charts: `sheet.newChart()` builders record the chart type,
 * ranges, merge strategy, orientation, headers, position and options, and `insertChart` keeps
 * the result on the sheet. Nothing is drawn and options are not validated (Sheets accepts any
 * key); `series()` says how many lines and points Sheets would draw (see chart-series.ts).
 * Every call is counted (`EmbeddedChartBuilder.addRange`, …) like the other services.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { enumOf } from './enums.js';
import { FakeRange } from './range.js';
import { mismatchedRange, seriesShape, type SeriesShape } from './chart-series.js';

export const ChartType = enumOf('AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREE_MAP', 'WATERFALL');
export const ChartMergeStrategy = enumOf('MERGE_COLUMNS', 'MERGE_ROWS');
export const ChartHiddenDimensionStrategy = enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH');

export interface ChartRecord {
  id: number;
  type: string | undefined;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
  mergeStrategy: keyof typeof ChartMergeStrategy;
  transpose: boolean;
  numHeaders: number;
  hiddenDimensionStrategy: keyof typeof ChartHiddenDimensionStrategy;
}

const copy = (record: ChartRecord): ChartRecord => ({ ...record, ranges: [...record.ranges], options: structuredClone(record.options), position: { ...record.position } });

/** Sheets' defaults: ranges side by side, series in columns, headers guessed. */
const newRecord = (): ChartRecord => ({
  ...{ id: 0, type: undefined, ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 } },
  ...{ mergeStrategy: 'MERGE_COLUMNS', transpose: false, numHeaders: -1, hiddenDimensionStrategy: 'IGNORE_BOTH' },
});

/** Lines and points the chart draws, and why Sheets could not line its ranges up (null: it can). */
export function seriesOf(record: ChartRecord): SeriesShape & { mismatch: string | null } {
  const input = { ranges: record.ranges.map((r) => ({ numRows: r.getNumRows(), numColumns: r.getNumColumns() })), mergeStrategy: record.mergeStrategy, transpose: record.transpose, numHeaders: record.numHeaders };
  return { ...seriesShape(input), mismatch: mismatchedRange(input) };
}

export class FakeEmbeddedChart {
  constructor(
    readonly ctx: RuntimeContext,
    readonly record: ChartRecord,
  ) {}
  getChartId(): number {
    return this.record.id;
  }
  getRanges(): FakeRange[] {
    return [...this.record.ranges];
  }
  getOptions(): { get(key: string): unknown } {
    const options = structuredClone(this.record.options);
    return { get: (key: string) => options[key] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const { row, column, offsetX, offsetY } = this.record.position;
    return { getAnchorRow: () => row, getAnchorColumn: () => column, getOffsetX: () => offsetX, getOffsetY: () => offsetY };
  }
  getMergeStrategy(): string {
    return this.record.mergeStrategy;
  }
  getTransposeRowsAndColumns(): boolean {
    return this.record.transpose;
  }
  getNumHeaders(): number {
    return this.record.numHeaders;
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.ctx, copy(this.record));
  }
}

export class FakeEmbeddedChartBuilder {
  constructor(
    readonly ctx: RuntimeContext,
    readonly record: ChartRecord = newRecord(),
  ) {}
  setChartType(type: string): this {
    if (!(type in ChartType)) signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setChartType', [type]);
    this.record.type = String(type);
    return this;
  }
  getChartType(): string | null {
    return this.record.type ?? null;
  }
  asLineChart(): this {
    return this.setChartType('LINE');
  }
  asColumnChart(): this {
    return this.setChartType('COLUMN');
  }
  addRange(range: FakeRange): this {
    if (!(range instanceof FakeRange)) signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.addRange', [range]);
    this.record.ranges.push(range);
    return this;
  }
  removeRange(range: FakeRange): this {
    this.record.ranges = this.record.ranges.filter((r) => r.model !== range.model || r.getA1Notation() !== range.getA1Notation());
    return this;
  }
  clearRanges(): this {
    this.record.ranges = [];
    return this;
  }
  getRanges(): FakeRange[] {
    return [...this.record.ranges];
  }
  setMergeStrategy(strategy: string): this {
    if (!(strategy in ChartMergeStrategy)) signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setMergeStrategy', [strategy]);
    this.record.mergeStrategy = strategy as ChartRecord['mergeStrategy'];
    return this;
  }
  setTransposeRowsAndColumns(transpose: boolean): this {
    if (typeof transpose !== 'boolean') signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setTransposeRowsAndColumns', [transpose]);
    this.record.transpose = transpose;
    return this;
  }
  setNumHeaders(headers: number): this {
    if (!Number.isInteger(headers) || headers < -1) signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setNumHeaders', [headers]);
    this.record.numHeaders = headers;
    return this;
  }
  setHiddenDimensionStrategy(strategy: string): this {
    if (!(strategy in ChartHiddenDimensionStrategy)) signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setHiddenDimensionStrategy', [strategy]);
    this.record.hiddenDimensionStrategy = strategy as ChartRecord['hiddenDimensionStrategy'];
    return this;
  }
  setOption(key: string, value: unknown): this {
    if (typeof key !== 'string') signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setOption', [key, value]);
    this.record.options[key] = structuredClone(value);
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    const args = [anchorRow, anchorColumn, offsetX, offsetY];
    if (!args.every(Number.isInteger)) signatureMismatch(this.ctx, 'Charts.EmbeddedChartBuilder.setPosition', args);
    this.record.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    if (this.record.type === undefined) this.ctx.fail('You must set a chart type before building the chart.');
    const id = this.record.id === 0 ? this.ctx.nextId('chart') : this.record.id;
    return new FakeEmbeddedChart(this.ctx, { ...copy(this.record), id });
  }
}

instrument(FakeEmbeddedChart, 'EmbeddedChart');
instrument(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');
