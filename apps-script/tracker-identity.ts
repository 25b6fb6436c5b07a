/**
 * The tracker's name and links as the feed gives them: the spreadsheet's URL, and `rowLink`,
 * the URL of one data row (`…/edit#gid=<sheetId>&range=A<row>`, the form Sheets itself writes
 * for "Copy link to this range"), so the extension can open a key result's own row.
 */
import type { Zone } from '../shared/zone.js';
import { spreadsheetZone } from './spreadsheet-zone.js';

export interface TrackerIdentity {
  trackerName: string;
  /** The spreadsheet's zone: the tracker's dates are its calendar days. */
  zone: Zone;
  trackerUrl: string | null;
  /**
   * The link to a data row of a sheet: `rowIndex` counts from 0 at the first row under the
   * header (the index into the sheet's `TrackerColumns`), so it is sheet row `rowIndex + 2`.
   * Null when the spreadsheet has no URL, the sheet is missing or the index is not a row.
   */
  rowLink(sheet: string, rowIndex: number): string | null;
}

export function trackerIdentity(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TrackerIdentity {
  const trackerUrl = spreadsheet.getUrl() || null;
  // Looked up on the first link into each sheet only: a feed links into one or two sheets, and
  // two Spreadsheet calls per sheet keep the cost the same for 10 rows and for 5,000.
  const gids = new Map<string, number | null>();
  const gidOf = (sheet: string): number | null => {
    if (!gids.has(sheet)) gids.set(sheet, spreadsheet.getSheetByName(sheet)?.getSheetId() ?? null);
    return gids.get(sheet) ?? null;
  };
  return {
    trackerName: spreadsheet.getName(),
    zone: spreadsheetZone(spreadsheet),
    trackerUrl,
    rowLink(sheet, rowIndex) {
      if (trackerUrl === null || !Number.isInteger(rowIndex) || rowIndex < 0) return null;
      const gid = gidOf(sheet);
      return gid === null ? null : `${trackerUrl.replace(/#.*$/, '')}#gid=${gid}&range=A${rowIndex + 2}`;
    },
  };
}
