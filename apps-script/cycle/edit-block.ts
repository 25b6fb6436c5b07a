/**
 * The plain values of an edit event that the Adjustments log needs, read with as few calls as
 * possible: every edit anywhere runs `onEdit`, so edits outside Key Results' Start, Target, Type
 * and Weight columns leave after one call.
 */
import { SHEETS } from '../../shared/tracker-layout.js';
import { editedFields, type EditedBlock } from '../../shared/cycle/adjustments.js';
import { headerColumn } from '../../shared/cycle/cycle-layout.js';

/** The editor's email when Google gives it to the trigger, else "". */
function editorOf(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return e.user?.getEmail?.() ?? '';
  } catch {
    // Google may refuse the identity outright instead of answering "" (https://developers.google.com/apps-script/reference/base/session#getActiveUser()).
    return '';
  }
}

export function readEditedBlock(e: GoogleAppsScript.Events.SheetsOnEdit, now: number): EditedBlock | null {
  const range = e.range;
  const sheet = range.getSheet();
  if (sheet.getName() !== SHEETS.keyResults) return null;
  const top = range.getRow();
  const bottom = range.getLastRow();
  if (bottom < 2) return null; // the header row only
  const firstColumn = range.getColumn();
  const columns = range.getNumColumns();
  const headers = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0];
  if (editedFields(headers, firstColumn, columns).length === 0) return null;
  const idColumn = headerColumn(headers, 'ID');
  // Without an ID column no row can be attributed; Set up tracker repairs the header.
  if (idColumn < 0) return null;
  const firstRow = Math.max(top, 2);
  const rows = bottom - firstRow + 1;
  const ids = sheet.getRange(firstRow, idColumn + 1, rows, 1).getValues().map((row) => row[0]);
  const values = range.getValues().slice(firstRow - top);
  const single = range.getNumRows() === 1 && columns === 1;
  return {
    firstRow,
    firstColumn,
    headers,
    ids,
    values,
    single,
    oldValue: single ? e.oldValue : undefined,
    time: new Date(now),
    by: editorOf(e),
  };
}
