/**
 * The feed's progress-over-time fields, computed with the same core functions as the sheet's
 * Progress table and Key Results columns (OKR_WEEKLY, OKR_GRADE, OKR_PACE, OKR_ROLLUP), so
 * sparklines in the popup and charts in the sheet draw the same lines.
 */
import { numberOrNull, toNumberOrBlank, toTime } from '../cells/cell.js';
import { OKR_PACE } from '../functions/pace.js';
import { expectedGradeAt, forecastGrade, weekLastDays, weekWindow, weeklyGrades } from '../progress.js';
import { OKR_ROLLUP } from '../functions/rollup.js';
import { DEFAULT_SUCCESS } from '../functions/status.js';
import type { TrackerColumns } from '../tracker-columns.js';
import { weeklyRows } from '../functions/weekly.js';
import type { Zone } from '../zone.js';

interface KeyResultProgress {
  weekly: (number | null)[];
  expected: number | null;
  forecastGrade: number | null;
  needsPerWeek: number | null;
}

export interface TrackerProgress {
  /** The last day of each week, or [] when the period's dates are not usable. */
  weeks: string[];
  /** The success threshold every expected grade and pace here is measured against. */
  success: number;
  /** Per key result row (blank rows included, as the columns are). */
  keyResults: KeyResultProgress[];
  /** Per objective row: the weekly rollup, own key results first, else child objectives. */
  objectives: (number | null)[][];
  /** Per KPI row: its value at the end of each week. */
  kpis: (number | null)[][];
}

interface Period {
  start: number;
  end: number;
}

function periodOf(start: unknown, end: unknown, zone: Zone): Period | null {
  try {
    const period = { start: toTime(start, 'period_start', zone), end: toTime(end, 'period_end', zone) };
    weekLastDays(period.start, period.end, zone);
    return period.end > period.start ? period : null;
  } catch {
    return null;
  }
}

/** Settings' success threshold; the default where it is blank or unusable (the sheet's cells show that error). */
function successOf(value: unknown): number {
  try {
    const success = toNumberOrBlank(value, 'success') ?? DEFAULT_SUCCESS;
    return success > 0 && success <= 1 ? success : DEFAULT_SUCCESS;
  } catch {
    return DEFAULT_SUCCESS;
  }
}

const grid = (column: readonly unknown[]): unknown[][] => column.map((v) => [v]);
const finiteOrNull = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/**
 * `logIds` (the ID each key result's check-ins are logged under), `current` and `forecasts` are
 * the feed's already computed columns, one value per key result row; `asOf` is the start of
 * today, as the sheet's `TODAY()`.
 */
export function progressOf(
  data: TrackerColumns,
  logIds: readonly unknown[],
  current: readonly unknown[],
  forecasts: readonly unknown[],
  asOf: number,
  zone: Zone,
): TrackerProgress {
  const { settings, keyResults: kr, checkIns: log, objectives: obj, kpis } = data;
  const period = periodOf(settings.periodStart, settings.periodEnd, zone);
  const rows = kr.rows;
  if (period === null) {
    const empty = { weekly: [], expected: null, forecastGrade: null, needsPerWeek: null };
    return { weeks: [], success: successOf(settings.success), keyResults: Array.from({ length: rows }, () => empty), objectives: obj.ID.map(() => []), kpis: kpis.ID.map(() => []) };
  }
  const success = successOf(settings.success);
  const span = weekWindow(period.start, period.end, zone, asOf);
  const logColumns = [log.ID, log.Time, log.Value] as const;
  const weekly = weeklyRows(logIds, logColumns, span, zone);
  const expected = expectedGradeAt(period.start, period.end, asOf, success);
  const pace = OKR_PACE(zone, grid(kr.Start), grid(kr.Target), grid(current), settings.periodEnd, asOf, success, grid(kr.Type)) as unknown[][];

  const keyResults: KeyResultProgress[] = new Array(rows);
  const gradeTable: unknown[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const grades = weeklyGrades(weekly[i], span.shown, kr.Start[i], kr.Target[i], kr.Type[i]);
    gradeTable[i] = grades.length === 0 ? span.ends.map(() => '') : grades.map((g) => g ?? '');
    keyResults[i] = {
      weekly: grades,
      expected: weekly[i] === null ? null : expected,
      forecastGrade: forecastGrade(kr.Start[i], kr.Target[i], finiteOrNull(forecasts[i]), kr.Type[i]),
      needsPerWeek: finiteOrNull(pace[i]?.[0]),
    };
  }
  return {
    weeks: weekLastDays(period.start, period.end, zone),
    success,
    keyResults,
    objectives: objectiveWeekly(data, gradeTable, span.shown),
    kpis: weeklyRows(kpis.ID, logColumns, span, zone).map((row) => (row === null ? [] : row.values.map((v) => finiteOrNull(numberOrNull(v))))),
  };
}

/** The rollup of each week, as the Progress sheet's objective table computes it. */
function objectiveWeekly(data: TrackerColumns, gradeTable: unknown[][], shown: number): (number | null)[][] {
  const { keyResults: kr, objectives: obj } = data;
  if (obj.rows === 0) return [];
  const ids = grid(obj.ID);
  const own = kr.rows === 0 ? ids.map(() => []) : (OKR_ROLLUP(ids, grid(kr.Objective), gradeTable, grid(kr.Weight)) as unknown[][]);
  const children = own.length === 0 || own[0].length === 0 ? own : (OKR_ROLLUP(ids, grid(obj.Parent), own) as unknown[][]);
  return own.map((row, i) =>
    row.map((grade, k) => {
      if (k >= shown) return null;
      return finiteOrNull(grade === '' ? children[i]?.[k] : grade);
    }),
  );
}
