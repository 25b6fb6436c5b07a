/**
 * "Close quarter…": copies the period's Objectives, Key Results and Check-ins into an archive
 * sheet named after the period (values only, as they stand now), creates "Review <period>" for
 * the team's review (final grades, mid-period forecasts, what went well, what we learned, what
 * to carry over), then moves Settings on to the next period. Nothing is deleted: the live
 * sheets keep their rows, so Start next period… can carry key results over.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { nextPeriod } from '../../shared/period.js';
import { addCalendarDays, formatLocalDate } from '../../shared/dates.js';
import { headerColumn, REVIEW_KIND, reviewSheetName } from '../../shared/cycle/cycle-layout.js';
import { reviewRecords } from '../../shared/cycle/review.js';
import type { Dialogs } from '../ui.js';
import { findSheet, TrackerError } from '../sheet-table.js';
import { SETTINGS_ROWS } from '../template/settings.js';
import { bumpRevision } from '../script-state.js';
import { withScriptLock } from '../ui.js';
import { readPeriodSources, settingsPeriod, type PeriodSources, type SettingsPeriod } from '../cycle/period-sources.js';
import { computedColumns } from '../template/formulas.js';
import { writeArchiveSheet, type ArchiveCounts } from '../cycle/archive-sheet.js';
import { writeReviewSheet } from './review-sheet.js';
import { reconcileKeyResults } from '../recorded-fields.js';
import { spreadsheetZone } from '../spreadsheet-zone.js';

export interface ClosedPeriod {
  archive: string;
  rows: ArchiveCounts;
  /** The review sheet, and how many key results it lists. */
  review: { sheet: string; keyResults: number };
  next: { name: string; start: string; end: string };
}

/** The sheet that shows this period was closed already, if any. */
function closedBy(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, period: string): string | null {
  for (const name of [period, reviewSheetName(period)]) if (spreadsheet.getSheetByName(name) !== null) return name;
  return null;
}

function samePeriod(a: SettingsPeriod, b: SettingsPeriod): boolean {
  return a.name === b.name && a.start === b.start && a.end === b.end;
}

/** The computed columns whose values the archive and the review copy. */
const COPIED_COMPUTED = computedColumns(() => 1).filter((c) => c.sheet === SHEETS.objectives || c.sheet === SHEETS.keyResults);

/** What a cell shows while its custom function is still running, or when it failed: never a value to archive. */
function unsettled(value: unknown): boolean {
  return typeof value === 'string' && (/^Loading/i.test(value) || /^#(ERROR!|REF!|N\/A|VALUE!|NAME\?|DIV\/0!|NUM!|NULL!)$/.test(value));
}

/** "Key Results › Grade, row 4 (Loading...)" for each computed cell of a key result or objective that is not settled. */
export function unsettledCells(sources: PeriodSources): string[] {
  const found: string[] = [];
  for (const [sheet, values] of [[SHEETS.objectives, sources.objectives], [SHEETS.keyResults, sources.keyResults]] as const) {
    const headers = values[0] ?? [];
    const id = headerColumn(headers, 'ID');
    for (const { header } of COPIED_COMPUTED.filter((c) => c.sheet === sheet)) {
      const column = headerColumn(headers, header);
      if (column < 0) continue;
      values.forEach((row, r) => {
        if (r > 0 && String(row[id] ?? '').trim() !== '' && unsettled(row[column])) found.push(`${sheet} › ${header}, row ${r + 1} (${String(row[column])})`);
      });
    }
  }
  return found;
}

/**
 * The sources, once every computed cell they copy has settled. Custom functions recalculate
 * asynchronously, and a read right after a change may see "Loading..." or #ERROR!
 * (https://developers.google.com/apps-script/guides/sheets/functions); flush() applies pending
 * writes but does not wait for them (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()).
 * So: flush, read, and if anything is still unsettled flush and read once more; then refuse,
 * naming the cells, rather than archive a "Loading..." for good.
 */
function settledSources(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): PeriodSources {
  SpreadsheetApp.flush();
  let sources = readPeriodSources(spreadsheet);
  let cells = unsettledCells(sources);
  if (cells.length === 0) return sources;
  SpreadsheetApp.flush();
  sources = readPeriodSources(spreadsheet);
  cells = unsettledCells(sources);
  if (cells.length === 0) return sources;
  const shown = cells.slice(0, 5).join('; ') + (cells.length > 5 ? `; and ${cells.length - 5} more` : '');
  throw new TrackerError(
    `Some computed cells are still recalculating or show an error, so nothing was archived: ${shown}. ` +
      'Wait a moment and run Close quarter… again; if a cell keeps its error, fix what its note says first.',
  );
}

export function closeQuarter(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs, now: number = Date.now()): ClosedPeriod | null {
  const zone = spreadsheetZone(spreadsheet);
  const period = settingsPeriod(spreadsheet, zone);
  const { name } = period;
  const existing = closedBy(spreadsheet, name);
  if (existing !== null) {
    dialogs.inform('Already archived', `A sheet named "${existing}" already exists, so this period looks closed already. Rename that sheet to close the period again.`);
    return null;
  }
  // A damaged tracker is reported before the question, and again under the lock below.
  readPeriodSources(spreadsheet);
  const next = nextPeriod(period, zone);
  const nextText = { name: next.name, start: formatLocalDate(next.start, zone), end: formatLocalDate(next.end, zone) };
  const reviewName = reviewSheetName(name);
  const ok = dialogs.confirm(
    `Close ${name}?`,
    `Objectives, Key Results and the check-ins of ${name} are copied (values only) into a new sheet "${name}", ` +
      `and "${reviewName}" lists every objective and key result for the team's review. ` +
      `Then Settings moves on to ${nextText.name} (${nextText.start} to ${nextText.end}). Nothing is deleted.`,
  );
  if (!ok) return null;

  // The lock is taken after the question: Apps Script keeps no lock across ui.alert.
  // Everything is read and checked again under it, before the first write.
  const done = withScriptLock(() => {
    if (!samePeriod(settingsPeriod(spreadsheet, zone), period)) {
      throw new TrackerError(`Settings changed while Close quarter… was waiting: ${name} is no longer the period in Settings. Nothing was changed; run Close quarter… again.`);
    }
    const taken = closedBy(spreadsheet, name);
    if (taken !== null) throw new TrackerError(`"${taken}" was created while Close quarter… was waiting, so ${name} is closed already. Nothing was changed.`);
    const sources = settledSources(spreadsheet);
    reconcileKeyResults(spreadsheet, sources.keyResults, now);
    const records = reviewRecords({ ...sources.review, period, zone });

    const rows = writeArchiveSheet(spreadsheet, name, sources, period.start, addCalendarDays(period.end, 1, zone), zone);
    writeReviewSheet(spreadsheet, reviewName, records);
    const settingsSheet = findSheet(spreadsheet, SHEETS.settings);
    const rowOf = (key: string) => SETTINGS_ROWS.findIndex((r) => r.key === key) + 2;
    settingsSheet.getRange(rowOf('periodName'), 2).setValue(next.name);
    settingsSheet.getRange(rowOf('periodStart'), 2, 2, 1).setValues([[new Date(next.start)], [new Date(next.end)]]);
    bumpRevision();
    return { rows, keyResults: records.filter((r) => r.Kind === REVIEW_KIND.keyResult).length };
  });
  return { archive: name, rows: done.rows, review: { sheet: reviewName, keyResults: done.keyResults }, next: nextText };
}
