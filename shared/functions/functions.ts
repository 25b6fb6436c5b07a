/**
 * The registry of custom functions: the one list the build turns into Apps Script stubs,
 * the tests into a HyperFormula plugin, and the README into its function reference.
 */
import type { CustomFunctionSpec } from './custom-function.js';
import { OKR_FORECAST_SPEC } from './forecast.js';
import { OKR_GRADE_SPEC } from './grade.js';
import { KPI_STATUS_SPEC } from './kpi-status.js';
import { OKR_LATEST_SPEC } from './latest.js';
import { OKR_NEXT_CHECKIN_SPEC } from './next-checkin.js';
import { OKR_PACE_SPEC } from './pace.js';
import { OKR_ROLLUP_SPEC } from './rollup.js';
import { OKR_STATUS_SPEC } from './status.js';
import { OKR_WEEKLY_SPEC } from './weekly.js';

/** In the order the README presents them: a key result's life, its progress over time, then objectives, then KPIs. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  OKR_GRADE_SPEC,
  OKR_STATUS_SPEC,
  OKR_LATEST_SPEC,
  OKR_FORECAST_SPEC,
  OKR_NEXT_CHECKIN_SPEC,
  OKR_WEEKLY_SPEC,
  OKR_PACE_SPEC,
  OKR_ROLLUP_SPEC,
  KPI_STATUS_SPEC,
];
