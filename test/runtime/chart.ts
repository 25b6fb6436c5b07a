/**
 * A recording fake of embedded charts: `sheet.newChart()` builders record the chart type,
 * ranges, position and options, and `insertChart` keeps the result on the sheet. Nothing is
 * drawn and options are not validated; `Charts.ChartType` is the enum the builder takes.
 */
import { instrument } from './call-counter.js';
import type { RuntimeContext } from './context.js';
import { enumOf } from './enums.js';
import type { FakeRange } from './range.js';

export const ChartType = enumOf('AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'LINE', 'ORG', 'PIE', 'RADAR', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TIMELINE', 'TREE_MAP', 'WATERFALL');

export interface ChartRecord {
  id: number;
  type: string | undefined;
  ranges: FakeRange[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
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
    const options = { ...this.record.options };
    return { get: (key: string) => options[key] ?? null };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number } {
    const { row, column } = this.record.position;
    return { getAnchorRow: () => row, getAnchorColumn: () => column };
  }
  modify(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.ctx, { ...this.record, ranges: [...this.record.ranges], options: { ...this.record.options } });
  }
}

export class FakeEmbeddedChartBuilder {
  constructor(
    readonly ctx: RuntimeContext,
    readonly record: ChartRecord = { id: 0, type: undefined, ranges: [], options: {}, position: { row: 1, column: 1, offsetX: 0, offsetY: 0 } },
  ) {}
  setChartType(type: string): this {
    this.record.type = String(type);
    return this;
  }
  asLineChart(): this {
    this.record.type = 'LINE';
    return this;
  }
  asColumnChart(): this {
    this.record.type = 'COLUMN';
    return this;
  }
  asBarChart(): this {
    this.record.type = 'BAR';
    return this;
  }
  asPieChart(): this {
    this.record.type = 'PIE';
    return this;
  }
  addRange(range: FakeRange): this {
    this.record.ranges.push(range);
    return this;
  }
  removeRange(range: FakeRange): this {
    this.record.ranges = this.record.ranges.filter((r) => r !== range);
    return this;
  }
  clearRanges(): this {
    this.record.ranges = [];
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.record.options[key] = value;
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.record.position = { row: anchorRow, column: anchorColumn, offsetX, offsetY };
    return this;
  }
  build(): FakeEmbeddedChart {
    if (this.record.type === undefined) this.ctx.fail('You must set a chart type before building the chart.');
    const id = this.record.id === 0 ? this.ctx.nextId('chart') : this.record.id;
    return new FakeEmbeddedChart(this.ctx, { ...this.record, id, ranges: [...this.record.ranges], options: { ...this.record.options } });
  }
}

instrument(FakeEmbeddedChart, 'EmbeddedChart');
instrument(FakeEmbeddedChartBuilder, 'EmbeddedChartBuilder');
