/**
 * KPI_STATUS: whether a health metric is inside its band. KPIs are kept, not moved ("KPIs are
 * expected to be met or exceeded regularly"), so the question is only how far outside the band
 * a value has drifted: a little (Warning) or too far (Breach).
 */
import { mapCells } from './array-args.js';
import { toNumberOrBlank } from '../cells/cell.js';
import type { CustomFunctionSpec } from './custom-function.js';
import type { KpiStatus as FeedKpiStatus } from '../feed/feed.js';
import { FormulaError } from '../cells/formula-error.js';

/** What KPI_STATUS writes in a cell. */
export const KPI_STATUS_NAMES = ['Healthy', 'Warning', 'Breach'] as const;
export type KpiStatus = (typeof KPI_STATUS_NAMES)[number];

const DEFAULT_MARGIN = 0.1;

export const FEED_KPI_STATUS: Readonly<Record<KpiStatus, FeedKpiStatus>> = {
  Healthy: 'healthy',
  Warning: 'warning',
  Breach: 'breach',
};

// 0.1 × 70 is 7.000000000000001 in floating point; a value exactly at the margin is a Warning.
const TOLERANCE = 1e-9;

/** How far outside a bound still counts as a Warning: a fraction of the bound, or absolute for 0. */
export function warningDistance(bound: number, margin: number): number {
  return bound === 0 ? margin : margin * Math.abs(bound);
}

/** The status of `value` against a band whose missing side is `null` (plain numbers). */
export function kpiStatusOf(value: number, low: number | null, high: number | null, margin: number = DEFAULT_MARGIN): KpiStatus {
  if (low === null && high === null) throw new FormulaError('low and high are both blank: give at least one bound', 'bad-argument');
  if (low !== null && high !== null && low > high) throw new FormulaError(`low ${low} is above high ${high}: swap them`, 'bad-argument');
  if (margin < 0) throw new FormulaError(`margin ${margin} is negative: use a fraction such as 10%, or leave it blank for 10%`, 'bad-argument');
  let bound: number;
  let distance: number;
  if (low !== null && value < low) {
    bound = low;
    distance = low - value;
  } else if (high !== null && value > high) {
    bound = high;
    distance = value - high;
  } else {
    return 'Healthy';
  }
  const allowed = warningDistance(bound, margin);
  return distance <= allowed + TOLERANCE * Math.max(1, Math.abs(bound)) ? 'Warning' : 'Breach';
}

/** One cell of KPI_STATUS; `null` (blank) when there is no value yet. */
function kpiStatusOne(values: readonly unknown[]): KpiStatus | null {
  const value = toNumberOrBlank(values[0], 'value');
  if (value === null) return null;
  const low = toNumberOrBlank(values[1], 'low');
  const high = toNumberOrBlank(values[2], 'high');
  const margin = toNumberOrBlank(values[3], 'margin') ?? DEFAULT_MARGIN;
  return kpiStatusOf(value, low, high, margin);
}

const NAMES = ['value', 'low', 'high', 'margin'];

export function KPI_STATUS(value: unknown, low: unknown, high: unknown, margin?: unknown): unknown {
  return mapCells('KPI_STATUS', [value, low, high, margin ?? ''], NAMES, kpiStatusOne);
}

export const KPI_STATUS_SPEC: CustomFunctionSpec = {
  name: 'KPI_STATUS',
  summary: 'Says whether a KPI is Healthy (inside its band), Warning (just outside) or Breach (far outside).',
  description: [
    '- `Healthy`: low ≤ value ≤ high. Either bound may be blank for a one-sided KPI (a floor or a ceiling), not both;',
    '- `Warning`: outside the band by at most margin × |the nearest bound| (for a bound of 0, by at most margin itself);',
    '- `Breach`: further out than that.',
    'Blank value → blank. The margin is 10% when blank.',
  ].join('\n'),
  params: [
    { name: 'value', description: 'The latest value of the KPI.' },
    { name: 'low', description: 'The lowest healthy value; blank for no floor.' },
    { name: 'high', description: 'The highest healthy value; blank for no ceiling.' },
    { name: 'margin', description: 'How far outside still warns, as a fraction of the nearest bound; 10% when blank.', optional: true },
  ],
  returns: 'Healthy, Warning, Breach, or blank.',
  examples: [
    { formula: '=KPI_STATUS(75%, 70%, 80%)', result: 'Healthy', note: 'Utilisation inside its 70–80% band.' },
    { formula: '=KPI_STATUS(84%, 70%, 80%)', result: 'Warning', note: 'Above 80%, within 10% of it (up to 88%).' },
    { formula: '=KPI_STATUS(90%, 70%, 80%)', result: 'Breach' },
    { formula: '=KPI_STATUS(4.5, , 4, 25%)', result: 'Warning', note: 'A ceiling only: first response within 4 hours, warn up to 5.' },
    { formula: '=KPI_STATUS(38, 40)', result: 'Warning', note: 'A floor only: NPS above 40.' },
    { formula: '=KPI_STATUS(, 70%, 80%)', result: '', note: 'No value yet.' },
  ],
  errors: [
    'KPI_STATUS: value "abc" is not a number',
    'KPI_STATUS: low and high are both blank: give at least one bound',
    'KPI_STATUS: low 80 is above high 70: swap them',
    'KPI_STATUS: margin -0.1 is negative: use a fraction such as 10%, or leave it blank for 10%',
  ],
  impl: (args) => KPI_STATUS(args[0], args[1], args[2], args[3]),
};
