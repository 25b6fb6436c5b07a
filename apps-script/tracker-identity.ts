/** The tracker's name and link as the feed names them. */
export function trackerIdentity(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { trackerName: string; trackerUrl: string | null } {
  return { trackerName: spreadsheet.getName(), trackerUrl: spreadsheet.getUrl() || null };
}
