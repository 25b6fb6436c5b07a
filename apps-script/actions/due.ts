/** "Check-ins due": the key results whose next check-in is today or earlier, with owners. */
import { buildFeed } from '../../shared/feed/feed-build.js';
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { readTracker } from '../tracker-reader.js';
import { trackerIdentity } from '../tracker-identity.js';
import { escapeHtml, showDialog } from '../html.js';
import { MENU, menuPath } from '../../shared/menu-path.js';

function dueKeyResults(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): FeedKeyResult[] {
  const feed = buildFeed(readTracker(spreadsheet).data, { now, ...trackerIdentity(spreadsheet) });
  return feed.keyResults.filter((kr) => kr.due).sort((a, b) => String(a.nextCheckIn).localeCompare(String(b.nextCheckIn)));
}

export function showDueDialog(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, now: number): void {
  const due = dueKeyResults(spreadsheet, now);
  const body =
    due.length === 0
      ? '<p>No check-ins are due. 🎉</p>'
      : `<p>${due.length} key result${due.length === 1 ? '' : 's'} to check in (${menuPath(MENU.recordCheckIn)}):</p>
<table><thead><tr><th>ID</th><th>Key result</th><th>Owner</th><th>Due since</th></tr></thead><tbody>${due
          .map((kr) => `<tr><td>${escapeHtml(kr.id)}</td><td>${escapeHtml(kr.title)}</td><td>${escapeHtml(kr.owner ?? '')}</td><td>${escapeHtml(kr.nextCheckIn ?? '')}</td></tr>`)
          .join('')}</tbody></table>`;
  showDialog(body, `Check-ins due (${due.length})`, 640, 420);
}
