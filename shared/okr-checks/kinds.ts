/**
 * The OKR checks by kind, in the order findings are listed: the good practice the OKR articles
 * give (3–5 objectives for a team's period, 2–5 measurable key results an objective, a KPI that
 * slipped below acceptable levels becomes an OKR, regular check-ins) and the structure the
 * tracker's formulas rely on (unique IDs, existing parents). A tracker is one team's period:
 * the articles' 3–5 objectives are the team's, not each person's.
 */
import type { FeedFinding } from '../feed/feed.js';

export const OKR_CHECKS = [
  { kind: 'too-many-objectives', description: 'More than 5 objectives in the period' },
  { kind: 'too-few-objectives', description: 'Fewer than 3 objectives in the period' },
  { kind: 'too-few-key-results', description: 'Fewer than 2 key results in an objective' },
  { kind: 'too-many-key-results', description: 'More than 5 key results in an objective' },
  { kind: 'not-measurable', description: 'A key result without numbers, or with its target equal to its start' },
  { kind: 'missing-owner', description: 'An objective or key result without an owner' },
  { kind: 'duplicate-id', description: 'An ID used twice among objectives, key results and KPIs' },
  { kind: 'unknown-objective', description: 'A key result whose objective does not exist' },
  { kind: 'unknown-parent', description: 'An objective whose parent does not exist' },
  { kind: 'parent-cycle', description: "Objectives that are each other's parents" },
  { kind: 'zero-weights', description: 'An objective whose key results all weigh 0' },
  { kind: 'kpi-needs-okr', description: 'A KPI in breach that no key result brings back' },
  { kind: 'stale-key-result', description: 'A key result with no check-in for two of its cadences' },
  { kind: 'stale-kpi', description: 'A KPI not updated in 30 days' },
] as const;

export type OkrCheckKind = (typeof OKR_CHECKS)[number]['kind'];

export const OKR_CHECK_KINDS: readonly OkrCheckKind[] = OKR_CHECKS.map((check) => check.kind);

export const OBJECTIVES_PER_PERIOD = { min: 3, max: 5 } as const;
export const KEY_RESULTS_PER_OBJECTIVE = { min: 2, max: 5 } as const;
export const KPI_STALE_DAYS = 30;

/** The number of findings of every kind, zeros included, in the order of OKR_CHECKS; other kinds are not counted. */
export function findingCounts(findings: readonly Pick<FeedFinding, 'kind'>[]): Record<OkrCheckKind, number> {
  const counts = Object.fromEntries(OKR_CHECK_KINDS.map((kind) => [kind, 0])) as Record<OkrCheckKind, number>;
  // hasOwnProperty, not `in`: `in` would count a kind named "toString".
  for (const { kind } of findings) if (Object.prototype.hasOwnProperty.call(counts, kind)) counts[kind as OkrCheckKind]++;
  return counts;
}
