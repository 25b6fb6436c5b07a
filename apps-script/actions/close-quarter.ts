/**
 * "Close quarter…": copies the period's Objectives, Key Results and Check-ins into an archive
 * sheet named after the period (values only, as they stand now), then moves Settings on to the
 * next period. Nothing is deleted: the live sheets keep their rows for the next period's
 * review and carry-over.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { nextPeriod } from '../../shared/period.js';
import { formatLocalDate } from '../../shared/dates.js';
import { isDate, toText, toTimeOrBlank } from '../../shared/cell.js';
import type { Dialogs } from '../ui.js';
import { findSheet, TrackerError } from '../sheet-table.js';
import { settingsFrom } from '../template/settings-values.js';
import { SETTINGS_ROWS } from '../template/settings.js';
import { bumpRevision } from '../script-state.js';
import { withScriptLock } from '../ui.js';

export interface ClosedPeriod {
  archive: string;
  rows: { objectives: number; keyResults: number; checkIns: number };
  next: { name: string; start: string; end: string };
}

/** Values of a sheet without its trailing all-blank rows. */
function trimmed(values: unknown[][]): unknown[][] {
  let end = values.length;
  while (end > 1 && values[end - 1].every((v) => v === '' || v === null)) end--;
  return values.slice(0, end);
}

export function closeQuarter(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, dialogs: Dialogs): ClosedPeriod | null {
  const settingsSheet = findSheet(spreadsheet, SHEETS.settings);
  const settings = settingsFrom(settingsSheet.getDataRange().getValues());
  const name = toText(settings.periodName);
  const start = toTimeOrBlank(settings.periodStart ?? '', 'Period start');
  const end = toTimeOrBlank(settings.periodEnd ?? '', 'Period end');
  if (name === '' || start === null || end === null) {
    throw new TrackerError('Settings needs a Period name, Period start and Period end before a quarter can be closed: fill them in, or run Set up tracker.');
  }
  if (spreadsheet.getSheetByName(name) !== null) {
    dialogs.inform('Already archived', `A sheet named "${name}" already exists, so this period looks closed already. Rename that sheet to close the period again.`);
    return null;
  }
  const next = nextPeriod({ name, start, end });
  const nextText = { name: next.name, start: formatLocalDate(next.start), end: formatLocalDate(next.end) };
  const ok = dialogs.confirm(
    `Close ${name}?`,
    `Objectives, Key Results and the check-ins of ${name} are copied (values only) into a new sheet "${name}". ` +
      `Then Settings moves on to ${nextText.name} (${nextText.start} to ${nextText.end}). Nothing is deleted.`,
  );
  if (!ok) return null;

  // The lock is taken after the question: Apps Script keeps no lock across ui.alert (facts 2.20).
  const rows = withScriptLock(() => {
    const objectives = trimmed(findSheet(spreadsheet, SHEETS.objectives).getDataRange().getValues());
    const keyResults = trimmed(findSheet(spreadsheet, SHEETS.keyResults).getDataRange().getValues());
    const log = findSheet(spreadsheet, SHEETS.checkIns).getDataRange().getValues();
    const timeColumn = (log[0] ?? []).findIndex((h) => String(h).trim().toLowerCase() === 'time');
    const dayAfterEnd = next.start;
    const periodLog = [
      log[0] ?? [],
      ...log.slice(1).filter((row) => {
        const cell = row[timeColumn];
        const time = isDate(cell) ? cell.getTime() : NaN;
        return time >= start && time < dayAfterEnd;
      }),
    ];

    const blocks: [string, unknown[][]][] = [
      [SHEETS.objectives, objectives],
      [SHEETS.keyResults, keyResults],
      [SHEETS.checkIns, periodLog],
    ];
    const width = Math.max(...blocks.map(([, rows]) => Math.max(...rows.map((r) => r.length), 1)));
    const pad = (row: unknown[]) => [...row, ...new Array(width - row.length).fill('')];
    const grid: unknown[][] = [];
    const titleRows: number[] = [];
    for (const [title, rows] of blocks) {
      titleRows.push(grid.length + 1);
      grid.push(pad([`${title} — ${name}`]));
      for (const row of rows) grid.push(pad(row));
      grid.push(pad([]));
    }
    const archive = spreadsheet.insertSheet(name);
    if (grid.length > archive.getMaxRows()) archive.insertRowsAfter(archive.getMaxRows(), grid.length - archive.getMaxRows());
    if (width > archive.getMaxColumns()) archive.insertColumnsAfter(archive.getMaxColumns(), width - archive.getMaxColumns());
    archive.getRange(1, 1, grid.length, width).setValues(grid);
    for (const row of titleRows) archive.getRange(row, 1, 2, width).setFontWeight('bold');

    const rowOf = (key: string) => SETTINGS_ROWS.findIndex((r) => r.key === key) + 2;
    settingsSheet.getRange(rowOf('periodName'), 2).setValue(next.name);
    settingsSheet.getRange(rowOf('periodStart'), 2, 2, 1).setValues([[new Date(next.start)], [new Date(next.end)]]);
    bumpRevision();
    return { objectives: objectives.length - 1, keyResults: keyResults.length - 1, checkIns: periodLog.length - 1 };
  });
  return {
    archive: name,
    rows,
    next: nextText,
  };
}
