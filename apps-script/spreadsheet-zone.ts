/**
 * The zone every date of the tracker belongs to: the spreadsheet's (File → Settings → Time
 * zone), never the script's. Apps Script runs a script's `Date` local-time methods in the
 * script's zone, the manifest's `timeZone`
 * (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()), while
 * date cells hold the spreadsheet's wall-clock time and custom functions receive them as Dates
 * at that time in the spreadsheet's zone
 * (https://developers.google.com/apps-script/guides/sheets/functions#data_types). So the core
 * is handed this zone and never uses local-time methods.
 */
import { zoneNamed, type Zone } from '../shared/zone.js';

/** The spreadsheet's zone, read once (one Spreadsheet call). */
export function spreadsheetZone(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Zone {
  return zoneNamed(spreadsheet.getSpreadsheetTimeZone());
}

/**
 * The active spreadsheet's zone for one custom-function call: read on first use only, so a
 * function that needs no calendar (OKR_GRADE) costs no Spreadsheet call, and one that does costs
 * one per call, never one per cell.
 */
export function activeSpreadsheetZone(): Zone {
  let zone: Zone | undefined;
  const resolve = (): Zone => (zone ??= spreadsheetZone(SpreadsheetApp.getActiveSpreadsheet()));
  return {
    get name() {
      return resolve().name;
    },
    offsetAt: (ms) => resolve().offsetAt(ms),
  };
}
