/**
 * Rebuilds a runtime's state from `takeSnapshot` output. Sheets are created first (so formulas
 * can reference any of them), then formats (so numbers come back as dates), then contents in
 * one block per sheet, then rules. A malformed snapshot fails with the path of the bad part.
 */
import { parseA1 } from './a1.js';
import { writeCells } from './cell-io.js';
import { FakeConditionalFormatRule } from './conditional-format.js';
import { FakeDataValidation, type Criteria } from './data-validation.js';
import type { PropertyStores } from './properties.js';
import type { FakeRange } from './range.js';
import type { SheetModel } from './sheet-model.js';
import { SAVED_PROPS, SNAPSHOT_VERSION, type CellContent, type Snapshot, type SheetSnapshot } from './snapshot.js';
import type { Area, Workbook } from './workbook.js';

function bad(path: string, why: string): never {
  throw new Error(`createRuntime: snapshot ${path} ${why}`);
}

function checkSnapshot(value: unknown): Snapshot {
  if (typeof value !== 'object' || value === null) bad('', 'must be an object from runtime.toJSON()');
  const s = value as Partial<Snapshot>;
  if (s.version !== SNAPSHOT_VERSION) bad('.version', `must be ${SNAPSHOT_VERSION}, got ${JSON.stringify(s.version)}`);
  if (typeof s.spreadsheet !== 'object' || s.spreadsheet === null) bad('.spreadsheet', 'is missing');
  if (!Array.isArray(s.sheets) || s.sheets.length === 0) bad('.sheets', 'must be a non-empty array');
  s.sheets.forEach((sheet, i) => {
    if (typeof sheet?.name !== 'string' || !Number.isInteger(sheet.maxRows) || !Number.isInteger(sheet.maxColumns) || !Array.isArray(sheet.cells)) {
      bad(`.sheets[${i}]`, 'needs name, maxRows, maxColumns and cells');
    }
  });
  return s as Snapshot;
}

function areaOfText(book: Workbook, text: string): Area {
  const parsed = parseA1(text);
  const sheet = parsed?.sheetName === undefined ? undefined : book.sheetByName(parsed.sheetName);
  if (parsed === undefined || sheet === undefined || parsed.startRow === undefined || parsed.startColumn === undefined) return bad(`range ${JSON.stringify(text)}`, 'is not a sheet range');
  const endRow = parsed.endRow ?? sheet.maxRows;
  const endColumn = parsed.endColumn ?? sheet.maxColumns;
  return { sheet, row: parsed.startRow, column: parsed.startColumn, numRows: endRow - parsed.startRow + 1, numColumns: endColumn - parsed.startColumn + 1 };
}

function rangeOf(book: Workbook, text: string): FakeRange {
  const a = areaOfText(book, text);
  return book.facades.range(a.sheet, a.row, a.column, a.numRows, a.numColumns);
}

function criteriaValue(book: Workbook, value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'range' in value) return rangeOf(book, String((value as { range: unknown }).range));
  if (typeof value === 'object' && value !== null && 'date' in value) return book.ctx.newDate(Date.parse(String((value as { date: unknown }).date)));
  return value;
}

/**
 * Writes the saved cells only, in runs of neighbours along a row. Writing the blank cells too
 * (one rectangle) would put empty contents over the spill areas of the array formulas just
 * written, which the engine answers by shrinking and regrowing every array: that cost more than
 * setting the tracker up again. The engine batches the writes (evaluation is suspended).
 */
function restoreCells(book: Workbook, model: SheetModel, saved: SheetSnapshot): void {
  const cells = [...saved.cells].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  // A date is saved as its serial; the date format restored before it makes it a date again.
  const contentOf = (content: CellContent) => (typeof content === 'object' ? content.serial : content);
  for (let i = 0; i < cells.length; ) {
    const [row, column] = cells[i];
    let end = i + 1;
    while (end < cells.length && cells[end][0] === row && cells[end][1] === cells[end - 1][1] + 1) end++;
    const line = cells.slice(i, end).map(([, , content]) => contentOf(content));
    writeCells(book, { sheet: model, row, column, numRows: 1, numColumns: line.length }, [line]);
    i = end;
  }
}

function restoreSheet(book: Workbook, model: SheetModel, saved: SheetSnapshot): void {
  model.frozenRows = saved.frozenRows ?? 0;
  model.frozenColumns = saved.frozenColumns ?? 0;
  model.tabColor = saved.tabColor ?? null;
  for (const name of SAVED_PROPS) {
    for (const [r, c, value] of saved.props?.[name] ?? []) model.props.fill(name, { row: r, column: c, numRows: 1, numColumns: 1 }, value as never);
  }
  restoreCells(book, model, saved);
  for (const [r, c, rule] of saved.validations ?? []) {
    const state = { criteria: rule.criteria as Criteria, values: rule.values.map((v) => criteriaValue(book, v)), allowInvalid: rule.allowInvalid, helpText: rule.helpText };
    model.props.fill('validation', { row: r, column: c, numRows: 1, numColumns: 1 }, new FakeDataValidation(book.ctx, state));
  }
  model.conditionalRules = (saved.conditionalRules ?? []).map(
    (rule) =>
      new FakeConditionalFormatRule(book.ctx, {
        condition: { ...rule.condition, values: ((rule.condition.values as unknown[]) ?? []).map((v) => criteriaValue(book, v)) } as never,
        ranges: rule.ranges.map((text) => rangeOf(book, text)),
      }),
  );
  for (const p of saved.protections ?? []) {
    model.protections.push({ type: p.type, area: areaOfText(book, p.range), description: p.description, warningOnly: p.warningOnly, editors: [book.ctx.options.owner], removed: false });
  }
  for (const [c, w] of saved.columnWidths ?? []) model.columnWidths.set(c, w);
  for (const c of saved.hiddenColumns ?? []) model.hiddenColumns.add(c);
  for (const chart of saved.charts ?? []) {
    model.charts.push({ ...chart, ranges: chart.ranges.map((text) => rangeOf(book, text)), options: structuredClone(chart.options), position: { ...chart.position } });
    // Charts inserted later get new ids, as in Sheets.
    book.ctx.reserveId('chart', chart.id);
  }
}

export function restoreSnapshot(book: Workbook, properties: PropertyStores, value: unknown): void {
  const snapshot = checkSnapshot(value);
  book.id = String(snapshot.spreadsheet.id);
  book.name = String(snapshot.spreadsheet.name);
  book.timeZone = String(snapshot.spreadsheet.timeZone);
  const models = snapshot.sheets.map((saved) => {
    const model = book.addSheet(saved.name, undefined, saved.sheetId);
    book.resizeGrid(model, saved.maxRows, saved.maxColumns);
    return model;
  });
  snapshot.sheets.forEach((saved, i) => restoreSheet(book, models[i], saved));
  book.active = book.sheetByName(snapshot.spreadsheet.activeSheet) ?? models[0];
  for (const { name, range } of snapshot.namedRanges ?? []) book.namedRanges.set(name, areaOfText(book, range));
  for (const [k, v] of Object.entries(snapshot.properties?.script ?? {})) properties.script.set(k, String(v));
  for (const [k, v] of Object.entries(snapshot.properties?.document ?? {})) properties.document.set(k, String(v));
  for (const [user, store] of Object.entries(snapshot.properties?.users ?? {})) for (const [k, v] of Object.entries(store)) properties.user(user).set(k, String(v));
}
