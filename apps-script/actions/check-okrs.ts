/**
 * "Check OKRs…": runs the OKR checks (`shared/okr-checks/check-okrs.ts`) on the tracker as it is now, lists
 * the findings by kind with a link to each row and how to fix it, and writes the count of each
 * kind onto the Dashboard. Only this action writes those counts: a script cannot run on a
 * schedule without a trigger scope the add-on does not ask for.
 */
import type { FeedFinding } from '../../shared/feed/feed.js';
import { findingCounts, locateOkrFindings, OKR_CHECKS, type RowRef } from '../../shared/okr-checks/check-okrs.js';
import type { TrackerColumns } from '../../shared/tracker-columns.js';
import { SHEETS } from '../../shared/tracker-layout.js';
import { escapeHtml, showDialog } from '../html.js';
import { findSheet } from '../sheet-table.js';
import { readTracker } from '../tracker-reader.js';
import { repairBrokenSpills, type SpillRepair } from '../template/spill-repair.js';
import type { Dialogs } from '../ui.js';
import { spreadsheetZone } from '../spreadsheet-zone.js';

/** The text of the Dashboard cell above the counts; the block is found by it, wherever it is. */
const CHECKS_HEADER = 'OKR checks';

/** A link that opens the spreadsheet at a row (`#gid=<sheet>&range=A<row>`). */
function rowLink(spreadsheetUrl: string, sheetId: number, row: number): string {
  return `${spreadsheetUrl}#gid=${sheetId}&range=A${row}`;
}

/** Links to the rows of the checked sheets; null when the spreadsheet has no URL to link from. */
function rowLinker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): (at: RowRef) => string | null {
  const url = spreadsheet.getUrl();
  const ids = new Map<string, number>();
  return (at) => {
    if (!url) return null;
    if (!ids.has(at.sheet)) ids.set(at.sheet, findSheet(spreadsheet, at.sheet).getSheetId());
    return rowLink(url, ids.get(at.sheet) as number, at.row);
  };
}

/** The findings of tracker data already read, each with the link to its row: what the feed and the dialog show. Writes nothing. */
function linkedFindings(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, data: TrackerColumns, now: number): FeedFinding[] {
  const link = rowLinker(spreadsheet);
  return locateOkrFindings(data, now, spreadsheetZone(spreadsheet)).map(({ finding, at }) => ({ ...finding, link: link(at) }));
}

/**
 * Runs the checks with one read of the tracker and writes the Dashboard block; returns the
 * findings. The Dashboard is looked up first, so a tracker without one gets the set-up message
 * and nothing is written.
 */
export function checkTracker(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): FeedFinding[] {
  const dashboard = findSheet(spreadsheet, SHEETS.dashboard);
  const findings = linkedFindings(spreadsheet, readTracker(spreadsheet).data, now);
  const checked = Utilities.formatDate(new Date(now), spreadsheet.getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm');
  writeDashboardCounts(dashboard, findings, checked);
  return findings;
}

/** Where the block goes: below the header cell found by its text, or a new one where it can break nothing. */
function blockAnchor(sheet: GoogleAppsScript.Spreadsheet.Sheet): { row: number; column: number } {
  const values = sheet.getDataRange().getValues();
  for (let r = 0; r < values.length; r++) {
    const c = values[r].findIndex((cell) => typeof cell === 'string' && cell.trim() === CHECKS_HEADER);
    if (c >= 0) return { row: r + 1, column: c + 1 };
  }
  // Not below the content in column A: the Dashboard's ARRAYFORMULA columns spill to the grid's
  // end, and a value anywhere in a spill turns its formula into #REF! ("Array result was not
  // expanded"). getLastColumn counts spilled cells (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getLastColumn()), so one column past
  // it is clear of every spill.
  return { row: 1, column: sheet.getLastColumn() + 2 };
}

/** The counts block: the header, when it was checked, then one row per kind (zeros too, so rows never shift). One write. */
function writeDashboardCounts(sheet: GoogleAppsScript.Spreadsheet.Sheet, findings: readonly FeedFinding[], checked: string): void {
  const counts = findingCounts(findings);
  const block = [[CHECKS_HEADER, ''], [`Checked ${checked}`, ''], ...OKR_CHECKS.map(({ kind, description }) => [description, counts[kind]])];
  const { row, column } = blockAnchor(sheet);
  const lastRow = row + block.length - 1;
  const lastColumn = column + 1;
  if (lastRow > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), lastRow - sheet.getMaxRows());
  if (lastColumn > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), lastColumn - sheet.getMaxColumns());
  sheet.getRange(row, column, block.length, 2).setValues(block);
}

/** The dialog's HTML: findings grouped by kind in the checks' order, each linked to its row. */
function findingsHtml(findings: readonly FeedFinding[]): string {
  if (findings.length === 0) return '<p>No problems found. Every objective, key result and KPI passes the OKR checks.</p>';
  const groups = OKR_CHECKS.map((check) => ({ ...check, items: findings.filter((f) => f.kind === check.kind) })).filter((g) => g.items.length > 0);
  const item = (f: FeedFinding) => {
    const id = f.link ? `<a href="${escapeHtml(f.link)}">${escapeHtml(f.id)}</a>` : `<b>${escapeHtml(f.id)}</b>`;
    return `<li>${id}: ${escapeHtml(f.message)}</li>`;
  };
  const sections = groups.map((g) => `<h3>${escapeHtml(g.description)} (${g.items.length})</h3><ul>${g.items.map(item).join('')}</ul>`);
  const total = `${findings.length} finding${findings.length === 1 ? '' : 's'}`;
  return `<p>${total}. Click an ID to go to its row; the text says how to fix it. The Dashboard shows the counts.</p>${sections.join('')}`;
}

/** What the repair did, above the findings; nothing when every computed column was whole. */
function repairHtml(repair: SpillRepair): string {
  if (repair.repaired.length === 0) return '';
  const items = repair.repaired.map((line) => `<li>${escapeHtml(line.replace(/^• /, ''))}</li>`).join('');
  if (repair.cancelled) return `<p><strong>Computed columns need repair</strong> (nothing was changed; run Check OKRs… again and answer Yes, or run Set up tracker):</p><ul>${items}</ul>`;
  const logged = repair.movedToLog > 0 ? ` ${repair.movedToLog} typed Current value(s) were copied into the Check-ins log first.` : '';
  return `<p><strong>Repaired computed columns</strong>:${logged}</p><ul>${items}</ul>`;
}

/**
 * The menu action: first repairs computed columns whose formula no longer fills them (after
 * asking), so the checks and the grades read whole columns; then the checks.
 */
export function showCheckOkrsDialog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number, dialogs: Dialogs): void {
  const repair = repairBrokenSpills(spreadsheet, dialogs, now);
  const findings = checkTracker(spreadsheet, now);
  showDialog(repairHtml(repair) + findingsHtml(findings), `Check OKRs (${findings.length})`, 680, 480);
}
