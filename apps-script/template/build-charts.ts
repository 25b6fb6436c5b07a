/**
 * The Dashboard's line charts, built with the Spreadsheet service's chart builder. Their ranges
 * are rows of the Progress sheet, whose formulas follow the log, so a new check-in moves a chart
 * without any script running; only a new key result or objective needs Set up tracker again.
 *
 * Each series is a row (label, then one cell per week): the ranges are stacked as rows
 * (MERGE_ROWS) and read across (transposed). The first range is the row of week-end dates (the
 * x axis), the last the expected grade, drawn dashed.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
import { PROGRESS_ROWS, type ProgressLayout } from '../../shared/tracker-layout.js';
import { CHART_TITLE_PREFIX, chartPlans, rowRuns, type ChartPlan } from './progress-charts.js';

/** Charts stack down the Dashboard, right of its tables. */
const CHART_COLUMN = 14;
const CHART_ROWS = 18;
const COLOURS = ['#1a73e8', '#e8710a', '#188038', '#d93025', '#9334e6', '#12b5cb', '#f9ab00', '#e52592', '#5f6368', '#7cb342'];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Plans from the Key Results and Objectives rows as set-up knows them (values as read, header
 * row first), so drawing the charts reads nothing: a read would make the engine recalculate.
 */
export function plansFromValues(keyResults: readonly unknown[][], objectives: readonly unknown[][]): ChartPlan[] {
  const columns = (values: readonly unknown[][], headers: readonly string[]) => {
    const header = (values[0] ?? []).map((h) => String(h ?? '').trim().toLowerCase());
    const index = headers.map((h) => header.indexOf(h.toLowerCase()));
    return values.slice(1).map((row) => index.map((i) => (i < 0 ? '' : row[i])));
  };
  return chartPlans(
    columns(keyResults, ['ID', 'Objective']).map(([id, objective]) => ({ id, objective })),
    columns(objectives, ['ID', 'Objective', 'Parent']).map(([id, title, parent]) => ({ id, title, parent })),
  );
}

function isProgressChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): boolean {
  return String(chart.getOptions().get('title') ?? '').startsWith(CHART_TITLE_PREFIX);
}

/** Removes the charts an earlier set-up made, then adds one per plan. Returns the number added. */
export function buildProgressCharts(dashboard: Sheet, progress: Sheet, layout: ProgressLayout, plans: readonly ChartPlan[]): number {
  for (const chart of dashboard.getCharts()) if (isProgressChart(chart)) dashboard.removeChart(chart);
  plans.forEach((plan, i) => {
    const block = layout[plan.block];
    const rows = (first: number, count = 1) => progress.getRange(first, block.label, count, 1 + layout.weeks);
    let builder = dashboard
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .setMergeStrategy(Charts.ChartMergeStrategy.MERGE_ROWS)
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .addRange(rows(PROGRESS_ROWS.weekEnds));
    for (const run of rowRuns(plan.rows)) builder = builder.addRange(rows(run.start, run.count));
    const lines = plan.rows.length;
    builder = builder
      .addRange(rows(PROGRESS_ROWS.expected))
      .setOption('title', plan.title)
      .setOption('legend', { position: 'right' })
      .setOption('hAxis', { title: 'Week ending', format: 'MMM d' })
      .setOption('vAxis', { title: 'Grade', viewWindow: { min: 0, max: 1 } })
      .setOption('pointSize', 4)
      .setOption('interpolateNulls', false)
      .setOption('colors', [...COLOURS.slice(0, lines), '#5f6368'])
      .setOption('series', { [lines]: { lineDashStyle: [6, 4], lineWidth: 1, pointSize: 0 } })
      .setOption('width', 640)
      .setOption('height', 320)
      .setPosition(1 + i * CHART_ROWS, CHART_COLUMN, 0, 0);
    dashboard.insertChart(builder.build());
  });
  return plans.length;
}
