import { describe, expect, it } from 'vitest';
import { JAN_15, useRuntime } from './fixtures.js';
import { ChartMergeStrategy, ChartType, seriesOf, type FakeEmbeddedChart } from './chart.js';
import { seriesShape } from './chart-series.js';

/** The builder as a script without types sees it: any method, any arguments (what these cases test). */
type UntypedBuilder = Record<string, (...args: unknown[]) => unknown>;

function sheet() {
  const runtime = useRuntime({ now: JAN_15 });
  const ss = runtime.services.SpreadsheetApp.getActiveSpreadsheet();
  return { runtime, s: ss.getActiveSheet(), other: ss.insertSheet('Data') };
}

describe('embedded chart builder fake', () => {
  it('draws a line per row when rows are stacked and read across, the first row being the x axis', () => {
    const { s, other } = sheet();
    const chart = s
      .newChart()
      .setChartType(ChartType.LINE)
      .setMergeStrategy(ChartMergeStrategy.MERGE_ROWS)
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .addRange(other.getRange('A1:O1'))
      .addRange(other.getRange('A3:O5'))
      .addRange(other.getRange('A2:O2'))
      .build();
    expect(seriesOf(chart.record)).toEqual({ series: 4, points: 14, mismatch: null });
  });

  it.each([
    ['columns side by side, a line per column after the first', { ranges: [{ numRows: 10, numColumns: 1 }, { numRows: 10, numColumns: 3 }], mergeStrategy: 'MERGE_COLUMNS', transpose: false, numHeaders: 1 }, { series: 3, points: 9 }],
    ['one block read down', { ranges: [{ numRows: 5, numColumns: 4 }], mergeStrategy: 'MERGE_COLUMNS', transpose: false, numHeaders: 0 }, { series: 3, points: 5 }],
    ['one block read across', { ranges: [{ numRows: 5, numColumns: 4 }], mergeStrategy: 'MERGE_COLUMNS', transpose: true, numHeaders: -1 }, { series: 4, points: 3 }],
    ['no range', { ranges: [], mergeStrategy: 'MERGE_ROWS', transpose: true, numHeaders: 1 }, { series: 0, points: 0 }],
  ] as const)('counts %s', (_name, input, expected) => {
    expect(seriesShape(input)).toEqual(expected);
  });

  it('says when stacked ranges do not line up', () => {
    const { s } = sheet();
    const chart = s.newChart().asLineChart().setMergeStrategy('MERGE_ROWS').addRange(s.getRange('A1:O1')).addRange(s.getRange('A2:K2')).build();
    expect(seriesOf(chart.record).mismatch).toBe('Ranges merged with MERGE_ROWS must have the same number of columns: 15 and 11.');
  });

  it('records options, position and ranges, and counts every builder call', () => {
    const { s, runtime } = sheet();
    runtime.calls.reset();
    const built = s
      .newChart()
      .setChartType('LINE')
      .addRange(s.getRange('A1:B4'))
      .setOption('series', { 2: { lineDashStyle: [6, 4] } })
      .setPosition(3, 14, 0, 0)
      .build();
    s.insertChart(built);
    const [saved] = s.getCharts() as FakeEmbeddedChart[];
    expect(saved.getOptions().get('series')).toEqual({ 2: { lineDashStyle: [6, 4] } });
    expect([saved.getContainerInfo().getAnchorRow(), saved.getContainerInfo().getAnchorColumn()]).toEqual([3, 14]);
    expect(saved.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(runtime.calls.count('EmbeddedChartBuilder.addRange')).toBe(1);
    expect(runtime.calls.count('EmbeddedChartBuilder.setOption')).toBe(1);
    expect(runtime.calls.count('Sheet.insertChart')).toBe(1);
  });

  it('keeps a built chart apart from later changes to its builder or options', () => {
    const { s } = sheet();
    const options = { min: 0 };
    const builder = s.newChart().asLineChart().setOption('vAxis', options);
    const chart = builder.build();
    options.min = 5;
    builder.setOption('title', 'later');
    expect([chart.getOptions().get('vAxis'), chart.getOptions().get('title')]).toEqual([{ min: 0 }, null]);
  });

  it('modifies a chart in place, keeping its id, and removes only the chart asked for', () => {
    const { s } = sheet();
    const first = s.newChart().asLineChart().addRange(s.getRange('A1:B2')).build();
    const second = s.newChart().asColumnChart().build();
    s.insertChart(first);
    s.insertChart(second);
    s.updateChart(first.modify().removeRange(s.getRange('A1:B2')).setOption('title', 'Renamed').build());
    s.removeChart(second);
    const charts = s.getCharts();
    expect(charts.map((c) => [c.getChartId(), c.getOptions().get('title'), c.getRanges().length])).toEqual([[first.getChartId(), 'Renamed', 0]]);
  });

  it.each([
    ['an unknown chart type', (b: UntypedBuilder) => b.setChartType('LINES'), "don't match the method signature for Charts.EmbeddedChartBuilder.setChartType"],
    ['a range given as A1 text', (b: UntypedBuilder) => b.addRange('A1:B2'), "don't match the method signature for Charts.EmbeddedChartBuilder.addRange"],
    ['an unknown merge strategy', (b: UntypedBuilder) => b.setMergeStrategy('ROWS'), 'setMergeStrategy'],
    ['a non-boolean transpose', (b: UntypedBuilder) => b.setTransposeRowsAndColumns('yes'), 'setTransposeRowsAndColumns'],
    ['headers below -1', (b: UntypedBuilder) => b.setNumHeaders(-2), 'setNumHeaders'],
    ['a fractional position', (b: UntypedBuilder) => b.setPosition(1.5, 1, 0, 0), 'setPosition'],
    ['no chart type', (b: UntypedBuilder) => b.build(), 'You must set a chart type before building the chart.'],
  ])('refuses %s', (_name, call, message) => {
    const { s } = sheet();
    expect(() => call(s.newChart() as unknown as UntypedBuilder)).toThrow(message);
  });
});
