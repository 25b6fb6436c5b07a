/**
 * The feed contract, version 1: what the web app serves and the extension reads. Plain JSON
 * only (no Date objects): dates are `YYYY-MM-DD`, times ISO 8601, grades 0..1 or null,
 * statuses lower-case kebab, missing values null. `feed.schema.json` is the same contract as
 * a JSON Schema; a test keeps the two and the validator in step.
 */
export const FEED_VERSION = 1;

export type KeyResultStatus = 'done' | 'on-track' | 'at-risk' | 'off-track' | 'not-started';
export type KpiStatus = 'healthy' | 'warning' | 'breach';

export interface FeedPeriod {
  name: string;
  start: string | null;
  end: string | null;
}

export interface FeedObjective {
  id: string;
  title: string;
  owner: string | null;
  parent: string | null;
  grade: number | null;
  status: KeyResultStatus | null;
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
}

export interface Feed {
  version: typeof FEED_VERSION;
  tracker: { name: string; url: string | null };
  generatedAt: string;
  period: FeedPeriod;
  objectives: FeedObjective[];
  keyResults: FeedKeyResult[];
  kpis: FeedKpi[];
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
}

export interface CheckInResponse {
  ok: true;
  checkIn: FeedCheckIn;
  keyResult: FeedKeyResult | null;
  kpi?: FeedKpi | null;
  /** True when the request ID was already in the log: nothing was written this time. */
  duplicate?: boolean;
}

export type ApiErrorCode = 'unauthorized' | 'bad-request' | 'not-found' | 'conflict' | 'internal';

export interface ApiError {
  error: { code: ApiErrorCode; message: string };
}

/** The largest check-in body the web app reads; anything bigger is refused unread. */
export const MAX_REQUEST_BYTES = 8 * 1024;
