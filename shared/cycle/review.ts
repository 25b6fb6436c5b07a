/**
 * The rows of a period's review sheet: each objective, then its key results, with where they
 * ended (values as they stand at Close quarter…, since the tracker moves on), where they were
 * heading at mid-period, and empty cells for the team's reflection, as the OKR articles' cycle
 * ends ("teams review their OKRs to assess what was achieved and learn from the outcomes").
 */
import { idKey, isBlank, toText } from '../cells/cell.js';
import { REVIEW_COLUMNS, REVIEW_KIND, type ReviewColumn } from './cycle-layout.js';
import { checkInStats, forecastGrade, type LogColumns, type PeriodSpan } from './review-forecast.js';
import type { Zone } from '../zone.js';

type Column = readonly unknown[];

export interface ReviewInput {
  objectives: { ID: Column; Objective: Column; Grade: Column; Status: Column; rows: number };
  keyResults: {
    ID: Column;
    Objective: Column;
    'Key result': Column;
    Start: Column;
    Target: Column;
    Type: Column;
    Current: Column;
    Grade: Column;
    Status: Column;
    /** The KPI a key result follows: its check-ins are logged under the KPI's ID. */
    KPI?: Column;
    rows: number;
  };
  checkIns: LogColumns;
  period: PeriodSpan;
  /** The spreadsheet's zone: the period's days are its calendar days. */
  zone: Zone;
}

export type ReviewRecord = Record<ReviewColumn, unknown>;

function blankRecord(): ReviewRecord {
  return Object.fromEntries(REVIEW_COLUMNS.map((h) => [h, ''])) as ReviewRecord;
}

/** The review's rows, objectives in sheet order each followed by its key results. */
export function reviewRecords(input: ReviewInput): ReviewRecord[] {
  const { objectives, keyResults, period } = input;
  // The ID each key result's check-ins are logged under, as the sheet's Log ID column reads it.
  const logIds = keyResults.ID.map((id, r) => (isBlank(id) || isBlank(keyResults.KPI?.[r]) ? id : keyResults.KPI?.[r]));
  const stats = checkInStats(logIds, input.checkIns, period, input.zone);

  const keyResultRecord = (r: number): ReviewRecord => {
    const found = stats.get(idKey(logIds[r]));
    return {
      ...blankRecord(),
      Kind: REVIEW_KIND.keyResult,
      ID: toText(keyResults.ID[r]),
      Objective: toText(keyResults.Objective[r]),
      Title: keyResults['Key result'][r],
      'Final value': keyResults.Current[r],
      'Final grade': keyResults.Grade[r],
      'Final status': keyResults.Status[r],
      'Mid-period forecast grade': forecastGrade(found?.fit ?? null, period, keyResults.Start[r], keyResults.Target[r], keyResults.Type[r]) ?? '',
      'Check-ins': found?.count ?? 0,
      'Last confidence': found?.lastConfidence ?? '',
      // Written as FALSE, so the checkbox shows unticked rather than a blank cell.
      'Carry over': false,
    };
  };

  const byObjective = new Map<string, number[]>();
  for (let r = 0; r < keyResults.rows; r++) {
    if (isBlank(keyResults.ID[r])) continue;
    const key = idKey(keyResults.Objective[r]);
    const list = byObjective.get(key) ?? [];
    list.push(r);
    byObjective.set(key, list);
  }

  const out: ReviewRecord[] = [];
  for (let o = 0; o < objectives.rows; o++) {
    if (isBlank(objectives.ID[o])) continue;
    const key = idKey(objectives.ID[o]);
    out.push({
      ...blankRecord(),
      Kind: REVIEW_KIND.objective,
      ID: toText(objectives.ID[o]),
      Title: objectives.Objective[o],
      'Final grade': objectives.Grade[o],
      'Final status': objectives.Status[o],
    });
    for (const r of byObjective.get(key) ?? []) out.push(keyResultRecord(r));
    byObjective.delete(key);
  }
  // Key results whose objective is blank or missing still get reviewed, last.
  for (const rows of byObjective.values()) for (const r of rows) out.push(keyResultRecord(r));
  return out;
}

/** The review sheet's values: the header row, then one row per record. */
export function reviewGrid(records: readonly ReviewRecord[]): unknown[][] {
  return [[...REVIEW_COLUMNS], ...records.map((record) => REVIEW_COLUMNS.map((h) => record[h]))];
}
