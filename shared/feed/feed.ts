/**
 * The feed contract, version 1: what the web app serves and the extension reads. Plain JSON
 * only (no Date objects): dates are `YYYY-MM-DD`, times ISO 8601, grades 0..1 or null,
 * statuses lower-case kebab, missing values null. `feed.schema.json` is the same contract as
 * a JSON Schema; a test keeps the two and the validator in step.
 */
export const FEED_VERSION = 1;

/** A key result's status in the feed: the sheet's OKR_STATUS words in kebab case. */
export const KEY_RESULT_STATUSES = ['done', 'on-track', 'at-risk', 'off-track', 'not-started'] as const;
export type KeyResultStatus = (typeof KEY_RESULT_STATUSES)[number];
export const KPI_STATUSES = ['healthy', 'warning', 'breach'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export interface FeedPeriod {
  name: string;
  start: string | null;
  end: string | null;
  /** The last day of each week of the period (`YYYY-MM-DD`): the x axis of every `weekly` list. */
  weeks?: string[];
  /** The grade that counts as success at period end (Settings' success threshold, 0.7 by default). */
  success?: number;
  /** True once the period's end is past: the team should review it. */
  ended?: boolean;
  /**
   * The period awaiting review: this one once it ended, or the one Close quarter… just closed
   * (which moved Settings on to the next period); null when no review is due.
   */
  reviewPeriod?: string | null;
  /** How many key results of `reviewPeriod` still have an empty row in its Review sheet (all of them before the sheet exists). */
  toReview?: number;
  /** A link to the Review sheet, once Close quarter… has made it. */
  reviewLink?: string | null;
}

export interface FeedObjective {
  id: string;
  title: string;
  owner: string | null;
  parent: string | null;
  grade: number | null;
  status: KeyResultStatus | null;
  /** The weighted grade per week of the period (`period.weeks`), null for weeks not reached. */
  weekly?: (number | null)[];
}

/** One check-in of this period, as the history view lists it. */
export interface FeedHistoryPoint {
  /** ISO 8601 time of the check-in. */
  time: string;
  value: number | string;
  /** The key result's grade at this value, with the targets as they are now. */
  grade: number | null;
  confidence: number | null;
  note: string | null;
  by: string | null;
}

export interface FeedKeyResult {
  id: string;
  objective: string | null;
  title: string;
  owner: string | null;
  type: string | null;
  unit: string | null;
  start: number | null;
  target: number | null;
  /** A number, or for a milestone its text ("done", "40%"). */
  current: number | string | null;
  weight: number | null;
  grade: number | null;
  status: KeyResultStatus | null;
  forecast: number | null;
  cadence: string | null;
  lastCheckIn: string | null;
  nextCheckIn: string | null;
  due: boolean;
  /** This period's check-ins, oldest first. */
  history?: FeedHistoryPoint[];
  /** The grade at the end of each week of the period (`period.weeks`), null for weeks not reached. */
  weekly?: (number | null)[];
  /** The grade expected today: success × the elapsed fraction of the period. */
  expected?: number | null;
  /** The grade of the forecast value at period end. */
  forecastGrade?: number | null;
  /** The change of value per week needed from today to reach the success grade by period end (signed). */
  needsPerWeek?: number | null;
  /** The confidence (1–10) of the latest check-in that gave one. */
  confidence?: number | null;
  /** The ID of the KPI this key result follows, or null. */
  kpi?: string | null;
  /** The key result's row in the spreadsheet (the sheet's gid and the row's range). */
  link?: string | null;
}

export interface FeedKpi {
  id: string;
  title: string;
  owner: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  status: KpiStatus | null;
  updated: string | null;
  /** The value at the end of each week of the period (`period.weeks`), null for weeks not reached. */
  weekly?: (number | null)[];
  /** The health band of each of those weekly values. */
  weeklyStatus?: (KpiStatus | null)[];
}

/** One result of the OKR checks (`shared/okr-checks/check-okrs.ts`): what is wrong, where, and how to fix it. */
export interface FeedFinding {
  /** Kebab case, e.g. `too-many-key-results`. */
  kind: string;
  /** The ID of the objective, key result or KPI concerned, or the owner's name for per-owner checks. */
  id: string;
  message: string;
  /** The row in the spreadsheet, when there is one. */
  link?: string | null;
}

export interface Feed {
  version: typeof FEED_VERSION;
  /** Changes whenever the tracker's content does: `?since=<revision>` answers `unchanged` until then. */
  revision?: string;
  /** The least number of minutes a reader should wait between polls (the web app's advice). */
  minRefreshMinutes?: number;
  tracker: { name: string; url: string | null };
  generatedAt: string;
  period: FeedPeriod;
  objectives: FeedObjective[];
  keyResults: FeedKeyResult[];
  kpis: FeedKpi[];
  findings?: FeedFinding[];
}

/** The answer to `?since=<revision>` when nothing changed: the reader keeps its copy. */
export interface FeedUnchanged {
  unchanged: true;
  revision: string;
  minRefreshMinutes?: number;
}

/** One row of the Check-ins log, as the web app answers it. */
export interface FeedCheckIn {
  time: string;
  id: string;
  value: number | string;
  confidence: number | null;
  note: string | null;
  by: string | null;
  requestId: string;
}

/** The body of a check-in POST (sent as text/plain so the browser makes no preflight). */
export interface CheckInRequest {
  token: string;
  id: string;
  value: number | string;
  confidence?: number | null;
  note?: string | null;
  by?: string | null;
  requestId: string;
  /**
   * The `lastCheckIn` the user saw when they typed the value (null: none). When the log has a
   * newer check-in of the key result, the answer lists it in `since`.
   */
  seenLastCheckIn?: string | null;
}

export interface CheckInResponse {
  ok: true;
  checkIn: FeedCheckIn;
  keyResult: FeedKeyResult | null;
  kpi?: FeedKpi | null;
  /** True when the request ID was already in the log: nothing was written this time. */
  duplicate?: boolean;
  /** Check-ins of this key result logged after the one the user saw (`seenLastCheckIn`), oldest first. */
  since?: FeedCheckIn[];
}

/** `not-bound`: the web app's script has no spreadsheet of its own (README, Troubleshooting). */
export type ApiErrorCode = 'unauthorized' | 'bad-request' | 'not-found' | 'conflict' | 'not-bound' | 'internal';

export interface ApiError {
  /**
   * `retry: false` says that sending the same request again cannot succeed, whatever its code:
   * a `conflict` is usually "busy, try again", but a request ID already used for another key
   * result's check-in stays a conflict forever (the client must send a new request ID).
   */
  error: { code: ApiErrorCode; message: string; retry?: boolean };
}

/** The largest check-in body the web app reads; anything bigger is refused unread. */
export const MAX_REQUEST_BYTES = 8 * 1024;
