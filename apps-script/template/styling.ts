/**
 * Formats, input rules, status colours and header protection of a tracker sheet. Each is a
 * constant number of Spreadsheet calls per column, whatever the number of rows.
 */
import { STATUS_COLOURS, type SheetSpec, type Validation } from './sheet-specs.js';
import { columnIn } from './ensure-sheet.js';

const HEADER_PROTECTION = 'okr-sheets: header row (edit with care: the add-on finds columns by these names)';

function dataColumn(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(2, column, Math.max(sheet.getMaxRows() - 1, 1), 1);
}

/** A sheet's header row as set-up has it, or null when the sheet is missing. */
export type HeadersOf = (sheet: string) => readonly string[] | null;

function validationRule(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rule: Validation, headersOf: HeadersOf): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation().setHelpText(rule.help);
  switch (rule.kind) {
    case 'list':
      return builder.requireValueInList([...rule.values], true).setAllowInvalid(!rule.strict).build();
    case 'number':
      return builder.requireNumberBetween(rule.min, rule.max).setAllowInvalid(false).build();
    case 'ids': {
      const source = spreadsheet.getSheetByName(rule.sheet);
      const headers = headersOf(rule.sheet);
      if (source === null || headers === null) return null;
      const column = columnIn(headers, rule.header);
      if (column === 0) return null;
      // A warning, not a block: a key result may be entered before its objective.
      return builder.requireValueInRange(dataColumn(source, column), true).setAllowInvalid(true).build();
    }
  }
}

export function styleSheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  spec: SheetSpec,
  headers: readonly string[],
  headersOf: HeadersOf,
): void {
  const width = headers.length;
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold').setBackground('#f1f3f4');
  sheet.setFrozenRows(1);
  if (spec.tabColor !== undefined) sheet.setTabColor(spec.tabColor);

  for (const [name, format] of Object.entries(spec.formats ?? {})) {
    const column = columnIn(headers, name);
    if (column > 0) dataColumn(sheet, column).setNumberFormat(format);
  }
  for (const [name, px] of Object.entries(spec.widths ?? {})) {
    const column = columnIn(headers, name);
    if (column > 0) sheet.setColumnWidth(column, px);
  }
  for (const [name, rule] of Object.entries(spec.validations ?? {})) {
    const column = columnIn(headers, name);
    const built = column > 0 ? validationRule(spreadsheet, rule, headersOf) : null;
    if (built !== null) dataColumn(sheet, column).setDataValidation(built);
  }
  colourStatuses(sheet, spec, headers);
  protectHeader(sheet, width);
}

/** Adds the status colours, keeping the user's own rules (setConditionalFormatRules replaces all). */
function colourStatuses(sheet: GoogleAppsScript.Spreadsheet.Sheet, spec: SheetSpec, headers: readonly string[]): void {
  const columns = (spec.statusColumns ?? []).map((h) => columnIn(headers, h)).filter((c) => c > 0);
  if (columns.length === 0) return;
  const ours = new Set<string>(STATUS_COLOURS.map((c) => c.text));
  const kept = sheet.getConditionalFormatRules().filter((rule) => {
    const values = rule.getBooleanCondition()?.getCriteriaValues() ?? [];
    return !(values.length === 1 && ours.has(String(values[0])));
  });
  const added = columns.flatMap((column) =>
    STATUS_COLOURS.map((c) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(c.text)
        .setBackground(c.background)
        .setFontColor(c.font)
        .setRanges([dataColumn(sheet, column)])
        .build(),
    ),
  );
  sheet.setConditionalFormatRules([...kept, ...added]);
}

/** A warning, not a lock: editors can still change headers, after a confirmation. */
function protectHeader(sheet: GoogleAppsScript.Spreadsheet.Sheet, width: number): void {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).find((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing !== undefined) existing.remove();
  sheet.getRange(1, 1, 1, width).protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}
