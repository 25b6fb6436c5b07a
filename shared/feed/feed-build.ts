/**
 * Builds the feed from the tracker's raw columns with the same core functions the sheet's
 * formulas call, column for column (`apps-script/template/formulas.ts`), so the feed agrees
 * with the sheet and is right even before the sheet recalculates.
 */
import { FEED_VERSION, type Feed, type FeedKeyResult, type FeedKpi, type FeedObjective, type FeedPeriod } from './feed.js';
import { reviewState } from '../cycle/review-state.js';
import type { TrackerColumns } from '../tracker-columns.js';
import { OKR_LATEST } from '../functions/latest.js';
import { OKR_GRADE } from '../functions/grade.js';
import { OKR_STATUS, FEED_STATUS, type OkrStatus } from '../functions/status.js';
import { OKR_FORECAST } from '../functions/forecast.js';
import { OKR_NEXT_CHECKIN } from '../functions/next-checkin.js';
import { OKR_ROLLUP } from '../functions/rollup.js';
import { KPI_STATUS, FEED_KPI_STATUS, type KpiStatus } from '../functions/kpi-status.js';
import { isBlank, isDate, numberOrNull, timeOrNull, toText, toTimeOrBlank } from '../cells/cell.js';
import { formatLocalDate } from '../dates.js';
import { startOfDay } from '../period.js';
import { isErrorText } from '../cells/formula-error.js';
import { historiesOf, latestConfidence } from './feed-history.js';
import { progressOf } from './feed-progress.js';
import { locateOkrFindings } from '../okr-checks/check-okrs.js';
import { SHEETS } from '../tracker-layout.js';
import type { Zone } from '../zone.js';

export interface FeedEnvironment {
  now: number;
  /** The spreadsheet's zone: the tracker's dates and "today" are its calendar days. */
  zone: Zone;
  trackerName: string;
  trackerUrl: string | null;
  /**
   * The link to a data row of a sheet (`rowIndex` from 0 under the header), or null. Only the
   * adapter knows the spreadsheet's URL and sheet ids; without it the feed carries no links.
   */
  rowLink?: (sheet: string, rowIndex: number) => string | null;
  /** The newest Review sheet (`latestReviewSheet`) and its values, header row first; none before the first Close quarter…. */
  review?: { sheet: string; values: readonly unknown[][] } | null;
}

const grid = (column: readonly unknown[]): unknown[][] => column.map((v) => [v]);
const flat = (result: unknown): unknown[] => (Array.isArray(result) ? (result as unknown[][]).map((row) => row[0]) : [result]);

/** A computed cell as a plain number, or null for blanks and error texts. */
function computedNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isDate(value)) return value.getTime();
  return null;
}

function textOrNull(value: unknown): string | null {
  const text = toText(value);
  return text === '' ? null : text;
}

function dateOrNull(value: unknown, zone: Zone): string | null {
  const time = timeOrNull(value, zone);
  return time === null ? null : formatLocalDate(time, zone);
}

/** The log's values as the feed shows a current value: numbers, or milestone text. */
function currentOf(value: unknown): number | string | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'done' : 'not done';
  const text = toText(value);
  return text === '' || isErrorText(value) ? null : text;
}

export function buildFeed(data: TrackerColumns, env: FeedEnvironment): Feed {
  const { settings, keyResults: kr, checkIns: log, objectives: obj, kpis } = data;
  const logIds = grid(log.ID);
  const logTimes = grid(log.Time);
  const logValues = grid(log.Value);
  // A key result tied to a KPI follows that KPI's check-ins, as the sheet's Log ID column does.
  const logIdColumn = kr.ID.map((id, i) => (isBlank(id) ? '' : isBlank(kr.KPI[i]) ? id : kr.KPI[i]));
  const krIds = grid(logIdColumn);
  const now = () => env.now;
  const zone = env.zone;
  // Statuses are judged as of today, as the sheet's `OKR_STATUS(..., TODAY())` does, so the
  // feed and the sheet never disagree about a key result near the line.
  const asOf = startOfDay(env.now, zone);

  const current = OKR_LATEST(zone, krIds, logIds, logTimes, logValues);
  const last = OKR_LATEST(zone, krIds, logIds, logTimes, logTimes);
  const grades = OKR_GRADE(grid(kr.Start), grid(kr.Target), current, grid(kr.Type));
  const statuses = OKR_STATUS(grades, settings.periodStart, settings.periodEnd, asOf, settings.success, '', now, zone);
  // A blank or bad period end breaks only the Forecast column in the sheet; here it must not stop the whole feed.
  const forecasts = dateOrNull(settings.periodEnd, zone) === null ? [] : OKR_FORECAST(zone, krIds, logIds, logTimes, logValues, settings.periodEnd);
  const cadences = kr.Cadence.map((c, i) => (isBlank(kr.ID[i]) ? '' : isBlank(c) ? settings.cadence : c));
  const next = OKR_NEXT_CHECKIN(zone, last, grid(cadences), settings.periodStart);

  const own = OKR_ROLLUP(grid(obj.ID), grid(kr.Objective), grades, grid(kr.Weight));
  const children = OKR_ROLLUP(grid(obj.ID), grid(obj.Parent), own);
  const ownFlat = flat(own);
  const childFlat = flat(children);
  const objectiveGrades = ownFlat.map((g, i) => (g === '' ? childFlat[i] : g));
  const objectiveStatuses = flat(OKR_STATUS(grid(objectiveGrades), settings.periodStart, settings.periodEnd, asOf, settings.success, '', now, zone));

  const kpiIds = grid(kpis.ID);
  const kpiValues = OKR_LATEST(zone, kpiIds, logIds, logTimes, logValues);
  const kpiUpdated = flat(OKR_LATEST(zone, kpiIds, logIds, logTimes, logTimes));
  const kpiStatuses = flat(KPI_STATUS(kpiValues, grid(kpis.Low), grid(kpis.High)));

  const c = flat(current);
  const progress = progressOf(data, logIdColumn, c, flat(forecasts), asOf, zone);
  const histories = historiesOf(kr, logIdColumn, log, settings.periodStart, settings.periodEnd, zone);
  const rowLink = env.rowLink ?? (() => null);
  const l = flat(last);
  const g = flat(grades);
  const s = flat(statuses);
  const f = flat(forecasts);
  const n = flat(next);

  const keyResults: FeedKeyResult[] = [];
  for (let i = 0; i < kr.rows; i++) {
    const id = toText(kr.ID[i]);
    if (id === '') continue;
    const nextTime = computedNumber(n[i]);
    const history = histories[i];
    keyResults.push({
      id,
      objective: textOrNull(kr.Objective[i]),
      title: toText(kr['Key result'][i]),
      owner: textOrNull(kr.Owner[i]),
      type: textOrNull(kr.Type[i])?.toLowerCase() ?? null,
      unit: textOrNull(kr.Unit[i]),
      start: numberOrNull(kr.Start[i]),
      target: numberOrNull(kr.Target[i]),
      current: currentOf(c[i]),
      weight: weightOf(kr.Weight[i]),
      grade: computedNumber(g[i]),
      status: statusOf(s[i]),
      forecast: computedNumber(f[i]),
      cadence: textOrNull(cadences[i]),
      lastCheckIn: lastTimeOf(l[i], zone),
      nextCheckIn: nextTime === null ? null : formatLocalDate(nextTime, zone),
      due: nextTime !== null && startOfDay(nextTime, zone) <= asOf,
      history,
      ...progress.keyResults[i],
      confidence: latestConfidence(history),
      kpi: textOrNull(kr.KPI[i]),
      link: rowLink(SHEETS.keyResults, i),
    });
  }

  const objectives: FeedObjective[] = [];
  for (let i = 0; i < obj.rows; i++) {
    const id = toText(obj.ID[i]);
    if (id === '') continue;
    objectives.push({
      id,
      title: toText(obj.Objective[i]),
      owner: textOrNull(obj.Owner[i]),
      parent: textOrNull(obj.Parent[i]),
      grade: computedNumber(objectiveGrades[i]),
      status: statusOf(objectiveStatuses[i]),
      weekly: progress.objectives[i],
    });
  }

  const kpiValuesFlat = flat(kpiValues);
  const feedKpis: FeedKpi[] = [];
  for (let i = 0; i < kpis.rows; i++) {
    const id = toText(kpis.ID[i]);
    if (id === '') continue;
    const status = kpiStatuses[i];
    feedKpis.push({
      id,
      title: toText(kpis.KPI[i]),
      owner: textOrNull(kpis.Owner[i]),
      value: computedNumber(kpiValuesFlat[i]),
      low: numberOrNull(kpis.Low[i]),
      high: numberOrNull(kpis.High[i]),
      status: kpiStatusOf(status),
      updated: dateOrNull(kpiUpdated[i], zone),
      weekly: progress.kpis[i],
      weeklyStatus: progress.kpis[i].map((value) => kpiStatusAt(value, kpis.Low[i], kpis.High[i])),
    });
  }

  return {
    version: FEED_VERSION,
    tracker: { name: env.trackerName, url: env.trackerUrl },
    generatedAt: new Date(env.now).toISOString(),
    period: { ...periodOf(settings, zone), weeks: progress.weeks, success: progress.success, ...reviewOf(data, env, keyResults.length, rowLink) },
    objectives,
    keyResults,
    kpis: feedKpis,
    findings: locateOkrFindings(data, env.now, zone).map(({ finding, at }) => ({ ...finding, link: rowLink(at.sheet, at.row - 2) })),
  };
}

function periodOf(settings: TrackerColumns['settings'], zone: Zone): Pick<FeedPeriod, 'name' | 'start' | 'end'> {
  return { name: toText(settings.periodName), start: dateOrNull(settings.periodStart, zone), end: dateOrNull(settings.periodEnd, zone) };
}

/** Whether a review is due, and where: see shared/cycle/review-state.ts. */
function reviewOf(data: TrackerColumns, env: FeedEnvironment, keyResults: number, rowLink: NonNullable<FeedEnvironment['rowLink']>): Pick<FeedPeriod, 'ended' | 'reviewPeriod' | 'toReview' | 'reviewLink'> {
  const end = timeOrNull(data.settings.periodEnd, env.zone);
  const state = reviewState({
    period: { name: toText(data.settings.periodName), end: end === null ? null : startOfDay(end, env.zone) },
    now: env.now,
    zone: env.zone,
    keyResults,
    review: env.review ?? null,
  });
  return { ended: state.ended, reviewPeriod: state.reviewPeriod, toReview: state.toReview, reviewLink: state.reviewSheet === null ? null : rowLink(state.reviewSheet, 0) };
}

/** A check-in time as ISO 8601: a Date cell, or a time typed as text or a serial day. */
function lastTimeOf(value: unknown, zone: Zone): string | null {
  if (isDate(value)) return value.toISOString();
  if (isErrorText(value)) return null;
  try {
    const time = toTimeOrBlank(value, 'time', zone);
    return time === null ? null : new Date(time).toISOString();
  } catch {
    return null;
  }
}

/** A weight the feed can carry: a negative one is an error the sheet shows in the rollup, so null here. */
function weightOf(value: unknown): number | null {
  const weight = numberOrNull(value);
  return weight === null || weight < 0 ? null : weight;
}

function kpiStatusOf(value: unknown): FeedKpi['status'] {
  return typeof value === 'string' && value in FEED_KPI_STATUS ? FEED_KPI_STATUS[value as KpiStatus] : null;
}

/** A weekly KPI value's band, as the KPIs sheet's Status column would have shown it that week. */
function kpiStatusAt(value: number | null, low: unknown, high: unknown): FeedKpi['status'] {
  if (value === null) return null;
  try {
    return kpiStatusOf(KPI_STATUS(value, low, high));
  } catch {
    return null;
  }
}

function statusOf(value: unknown): FeedKeyResult['status'] {
  return typeof value === 'string' && value in FEED_STATUS ? FEED_STATUS[value as OkrStatus] : null;
}
