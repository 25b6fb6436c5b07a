/**
 * A warning-only protection over rows 2+ of every computed column: a value typed into an array
 * formula's range stops the whole result (#REF! in row 2, every row blank), so Sheets asks
 * "are you sure?" first. Editors can still go on, as with the header row
 * (https://developers.google.com/apps-script/reference/spreadsheet/protection#setwarningonlywarningonly).
 * A constant number of calls per column, whatever the rows.
 */
const PREFIX = 'okr-sheets: computed column';

function description(header: string): string {
  return `${PREFIX} ${header}: its formula in row 2 fills every row, and a value typed here stops it for all rows. Run Check OKRs… or Set up tracker to repair it.`;
}

/** Replaces this sheet's computed-column protections with one per column in `columns` (1-based, with their headers). */
export function protectComputedColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: readonly { column: number; header: string }[]): void {
  for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (protection.getDescription().startsWith(PREFIX)) protection.remove();
  }
  const rows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const { column, header } of columns) {
    if (column > 0) sheet.getRange(2, column, rows, 1).protect().setDescription(description(header)).setWarningOnly(true);
  }
}
