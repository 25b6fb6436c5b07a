/**
 * The OKR checks: one pure function over the tracker's rows (as `apps-script/tracker-reader.ts`
 * reads them) and the clock, giving what is wrong, where, and how to fix it. The add-on's
 * Check OKRs… dialog, the Dashboard and the feed all show this one result.
 */
import type { FeedFinding } from '../feed/feed.js';
import type { TrackerColumns } from '../tracker-columns.js';
import { SHEETS } from '../tracker-layout.js';
import { OKR_CHECK_KINDS, type OkrCheckKind } from './kinds.js';
import { checkedRows, type CheckedRows, type LocatedFinding } from './rows.js';
import { keyResultsPerObjective, objectivesPerPeriod, zeroWeights } from './counts.js';
import { kpisNeedingOkrs } from './kpi-needs-okr.js';
import { notMeasurable } from './measurable.js';
import { duplicateIds, missingOwners, unknownObjectives, unknownParents } from './references.js';
import { parentCycles } from './cycles.js';
import { checkInClock, staleKeyResults, staleKpis, type CheckInClock } from './staleness.js';
import type { Zone } from '../zone.js';

export { OKR_CHECKS, findingCounts } from './kinds.js';
export type { LocatedFinding, RowRef } from './rows.js';

type Rule = (rows: CheckedRows, clock: CheckInClock) => LocatedFinding[];

const RULES: readonly Rule[] = [
  objectivesPerPeriod,
  keyResultsPerObjective,
  notMeasurable,
  missingOwners,
  duplicateIds,
  unknownObjectives,
  unknownParents,
  parentCycles,
  zeroWeights,
  kpisNeedingOkrs,
  staleKeyResults,
  staleKpis,
];

const SHEET_ORDER: readonly string[] = [SHEETS.objectives, SHEETS.keyResults, SHEETS.kpis];
const kindOrder = (kind: string) => OKR_CHECK_KINDS.indexOf(kind as OkrCheckKind);

/** The findings with the row each is about, ordered by kind (as OKR_CHECKS lists them), then sheet, then row. */
export function locateOkrFindings(data: TrackerColumns, now: number, zone: Zone): LocatedFinding[] {
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new TypeError(`OKR checks: now must be a time in milliseconds, got ${String(now)}`);
  const rows = checkedRows(data);
  const clock = checkInClock(data, now, zone);
  const found = RULES.flatMap((rule) => rule(rows, clock));
  // Array.prototype.sort is stable, so findings on the same row keep the order their rule gave.
  return found.sort(
    (a, b) =>
      kindOrder(a.finding.kind) - kindOrder(b.finding.kind) || SHEET_ORDER.indexOf(a.at.sheet) - SHEET_ORDER.indexOf(b.at.sheet) || a.at.row - b.at.row,
  );
}

/** The findings as the feed carries them (no link: each adapter links to the row its own way). */
export function checkOkrs(data: TrackerColumns, now: number, zone: Zone): FeedFinding[] {
  return locateOkrFindings(data, now, zone).map((located) => located.finding);
}
