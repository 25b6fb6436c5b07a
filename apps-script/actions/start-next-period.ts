/**
 * "Start next period…": the key results ticked "Carry over" in the newest review sheet are
 * added to Key Results for the period now in Settings, starting at their final value, under
 * their objective. Nothing else is touched. Running it twice creates nothing twice (the review
 * row records where each went in "Carried to"); see `shared/cycle/carry-over.ts` for the new IDs.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { toText } from '../../shared/cells/cell.js';
import { latestReviewSheet, periodOfReviewSheet, headerColumn } from '../../shared/cycle/cycle-layout.js';
import { planCarryOver, type CarryOverPlan } from '../../shared/cycle/carry-over.js';
import { actionAdjustment } from '../../shared/cycle/adjustments.js';
import type { Dialogs } from '../ui.js';
import { withScriptLock } from '../ui.js';
import { appendRows, findSheet, readTable, rowsFor, TrackerError } from '../sheet-table.js';
import { settingsFrom } from '../template/settings-values.js';
import { bumpRevision } from '../script-state.js';
import { recordAdjustments } from '../adjustments.js';
import { copiedContent } from '../../shared/cells/cell-text.js';

export interface CarriedOver {
  review: string;
  period: string;
  created: { from: string; id: string }[];
}

interface Planned {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  reviewValues: unknown[][];
  period: string;
  plan: CarryOverPlan;
}

/** Reads the newest review, Settings and Key Results, and plans; null when there is no review. */
function plan(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Planned | null {
  const name = latestReviewSheet(spreadsheet.getSheets().map((s) => s.getName()));
  if (name === null) return null;
  const period = toText(settingsFrom(findSheet(spreadsheet, SHEETS.settings).getDataRange().getValues()).periodName);
  if (period === '') throw new TrackerError('Settings has no Period name: fill it in (Close quarter… sets it to the next period), then run Start next period… again.');
  const sheet = findSheet(spreadsheet, name);
  const reviewValues = sheet.getDataRange().getValues();
  const keyResults = findSheet(spreadsheet, SHEETS.keyResults).getDataRange().getValues();
  const result = planCarryOver({ review: { sheet: name, period: periodOfReviewSheet(name) ?? name, values: reviewValues }, keyResults, nextPeriod: period });
  if (!result.ok) throw new TrackerError(result.message);
  return { sheet, reviewValues, period, plan: result };
}

function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail();
  } catch {
    return '';
  }
}

export function startNextPeriod(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs, now: number): CarriedOver | null {
  const first = plan(spreadsheet);
  if (first === null) {
    dialogs.inform('No review yet', 'There is no "Review …" sheet yet: run Close quarter… first. It creates the review, where the team ticks the key results to carry over.');
    return null;
  }
  const review = first.sheet.getName();
  if (first.plan.ticked === 0) {
    dialogs.inform('Nothing to carry over', `No key result is ticked in the Carry over column of "${review}": tick the ones to carry over into ${first.period}, then run Start next period… again.`);
    return null;
  }
  if (first.plan.create.length === 0 && !first.plan.carriedToChanged) {
    const list = first.plan.already.map((a) => `${a.from} → ${a.id}`).join(', ');
    dialogs.inform('Already carried over', `Every key result ticked in "${review}" was carried over already (${list}). Nothing was changed.`);
    return null;
  }
  const list = first.plan.create.map((c) => `${c.from} → ${c.id}`).join(', ');
  const ok = dialogs.confirm(
    `Start ${first.period}?`,
    `${first.plan.create.length} key result(s) ticked in "${review}" are added to Key Results for ${first.period}, each starting at its final value, under the same objective: ${list || 'none new'}. Nothing else changes.`,
  );
  if (!ok) return null;

  // Read and plan again under the lock (no lock survives the question: https://developers.google.com/apps-script/reference/base/ui).
  const created = withScriptLock(() => {
    const again = plan(spreadsheet);
    if (again === null || again.sheet.getName() !== review) throw new TrackerError(`"${review}" changed while Start next period… was waiting. Nothing was changed; run it again.`);
    const keyResults = readTable(findSheet(spreadsheet, SHEETS.keyResults), ['ID']);
    appendRows(keyResults, rowsFor(keyResults, again.plan.create.map((c) => c.record)));
    if (again.plan.carriedToChanged) {
      const column = headerColumn(again.reviewValues[0], 'Carried to') + 1;
      again.sheet.getRange(2, column, again.plan.carriedTo.length, 1).setValues(again.plan.carriedTo.map((value) => [copiedContent(value)]));
    }
    const by = activeUserEmail();
    recordAdjustments(
      again.plan.create.map((c) => actionAdjustment(new Date(now), c.id, 'Start', c.previousStart, c.record.Start, by, `Carried over from ${c.from} (${review}): starts at its final value`)),
      spreadsheet,
    );
    bumpRevision();
    return again.plan.create.map(({ from, id }) => ({ from, id }));
  });
  return { review, period: first.period, created };
}
