/**
 * The fake `Sheet` (https://developers.google.com/apps-script/reference/spreadsheet/sheet):
 * ranges by position or A1 notation, the data region, appending, clearing, conditional
 * formats (replace-all, https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)), protection and charts. Identity and layout live in
 * `SheetBase`. `appendRow` grows a full grid by one row, as Sheets does.
 */
import { parseA1 } from './a1.js';
import { instrument } from './call-counter.js';
import { clearCells, writeCells } from './cell-io.js';
import { FORMAT_PROPS } from './cell-props.js';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './chart.js';
import { FakeConditionalFormatRule } from './conditional-format.js';
import { signatureMismatch } from './context.js';
import { FakeProtection, type ProtectionState } from './protection.js';
import { checkedArea } from './range-bounds.js';
import type { FakeRange } from './range.js';
import { SheetBase } from './sheet-base.js';
import { insertColumns, insertRows, lastColumn, lastRow } from './sheet-ops.js';
import type { Area } from './workbook.js';
import { sortArea } from './sort.js';

function wholeSheet(sheet: FakeSheet): Area {
  return { sheet: sheet.model, row: 1, column: 1, numRows: sheet.model.maxRows, numColumns: sheet.model.maxColumns };
}

/** The area of A1 notation on this sheet; open bounds reach the edge of the grid. */
export function a1Area(sheet: FakeSheet, a1: string, method: string): Area {
  const parsed = parseA1(a1);
  if (parsed === undefined || (parsed.sheetName !== undefined && parsed.sheetName.toLowerCase() !== sheet.model.name.toLowerCase())) sheet.ctx.fail('Range not found');
  const startRow = parsed.startRow ?? 1;
  const startColumn = parsed.startColumn ?? 1;
  const endRow = parsed.endRow ?? sheet.model.maxRows;
  const endColumn = parsed.endColumn ?? sheet.model.maxColumns;
  return checkedArea(sheet.ctx, method, sheet.model, [startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1]);
}

export class FakeSheet extends SheetBase {
  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): FakeRange {
    const method = 'SpreadsheetApp.Sheet.getRange';
    let area: Area;
    if (typeof rowOrA1 === 'string' && column === undefined) area = a1Area(this, rowOrA1, method);
    else if (typeof rowOrA1 === 'number' && typeof column === 'number') area = checkedArea(this.ctx, method, this.model, [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined));
    else return signatureMismatch(this.ctx, method, [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined));
    return this.book.facades.range(this.model, area.row, area.column, area.numRows, area.numColumns);
  }
  /** A1 to the last row and column with content; just A1 on an empty sheet. */
  getDataRange(): FakeRange {
    const rows = Math.max(1, lastRow(this.book, this.model));
    const columns = Math.max(1, lastColumn(this.book, this.model));
    return this.book.facades.range(this.model, 1, 1, rows, columns);
  }
  getLastRow(): number {
    return lastRow(this.book, this.model);
  }
  getLastColumn(): number {
    return lastColumn(this.book, this.model);
  }
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) signatureMismatch(this.ctx, 'SpreadsheetApp.Sheet.appendRow', [rowContents]);
    if (rowContents.length === 0) return this;
    const row = lastRow(this.book, this.model) + 1;
    if (row > this.model.maxRows) insertRows(this.book, this.model, this.model.maxRows, row - this.model.maxRows);
    if (rowContents.length > this.model.maxColumns) insertColumns(this.book, this.model, this.model.maxColumns, rowContents.length - this.model.maxColumns);
    writeCells(this.book, { sheet: this.model, row, column: 1, numRows: 1, numColumns: rowContents.length }, [rowContents]);
    return this;
  }
  /** Contents and formats; with options, only the parts asked for. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    const only = options !== undefined && (options.contentsOnly || options.formatOnly);
    if (!only || options?.contentsOnly) clearCells(this.book, wholeSheet(this));
    if (!only || options?.formatOnly) this.model.props.clear(FORMAT_PROPS, wholeSheet(this));
    return this;
  }
  clearContents(): this {
    clearCells(this.book, wholeSheet(this));
    return this;
  }
  clearFormats(): this {
    this.model.props.clear(FORMAT_PROPS, wholeSheet(this));
    return this;
  }
  clearNotes(): this {
    this.model.props.clear(['note'], wholeSheet(this));
    return this;
  }
  /** The sheet's protection; an already protected sheet returns its existing one. */
  protect(): FakeProtection {
    let state = this.model.protections.find((p) => p.type === 'SHEET');
    if (state === undefined) {
      state = { type: 'SHEET', area: wholeSheet(this), description: '', warningOnly: false, editors: [this.ctx.options.owner], removed: false } satisfies ProtectionState;
      this.model.protections.push(state);
    }
    return new FakeProtection(this.ctx, this.book, state);
  }
  getProtections(type: 'RANGE' | 'SHEET'): FakeProtection[] {
    if (type !== 'RANGE' && type !== 'SHEET') signatureMismatch(this.ctx, 'SpreadsheetApp.Sheet.getProtections', [type]);
    return this.model.protections.filter((p) => p.type === type).map((p) => new FakeProtection(this.ctx, this.book, p));
  }
  /** Replaces every rule of the sheet (https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule)). */
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof FakeConditionalFormatRule)) {
      signatureMismatch(this.ctx, 'SpreadsheetApp.Sheet.setConditionalFormatRules', [rules]);
    }
    this.model.conditionalRules = [...rules];
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    return [...this.model.conditionalRules];
  }
  clearConditionalFormatRules(): void {
    this.model.conditionalRules = [];
  }
  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.ctx);
  }
  insertChart(chart: FakeEmbeddedChart): void {
    if (!(chart instanceof FakeEmbeddedChart)) signatureMismatch(this.ctx, 'SpreadsheetApp.Sheet.insertChart', [chart]);
    this.model.charts.push(chart.record);
  }
  updateChart(chart: FakeEmbeddedChart): void {
    const at = this.model.charts.findIndex((c) => c.id === chart.record.id);
    if (at < 0) this.ctx.fail('The chart is not on this sheet.');
    this.model.charts[at] = chart.record;
  }
  removeChart(chart: FakeEmbeddedChart): void {
    const at = this.model.charts.findIndex((c) => c.id === chart.record.id);
    if (at >= 0) this.model.charts.splice(at, 1);
  }
  /** Sorts the rows below the frozen ones by a column (sort.ts); a guess that frozen rows stay, as the Sort sheet menu keeps them. */
  sort(columnPosition: number, ascending = true): this {
    if (typeof columnPosition !== 'number') signatureMismatch(this.ctx, 'SpreadsheetApp.Sheet.sort', [columnPosition]);
    const first = this.model.frozenRows + 1;
    const last = lastRow(this.book, this.model);
    const columns = lastColumn(this.book, this.model);
    if (last > first && columns > 0) sortArea(this.book, { sheet: this.model, row: first, column: 1, numRows: last - first + 1, numColumns: columns }, [{ column: columnPosition, ascending }]);
    return this;
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/sheet#hideSheet(): hidden, not protected. */
  hideSheet(): this {
    if (this.book.sheets.filter((s) => !s.hidden && s !== this.model).length === 0) this.ctx.fail("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }
  showSheet(): this {
    this.model.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.model.hidden;
  }
  getCharts(): FakeEmbeddedChart[] {
    return this.model.charts.map((record) => new FakeEmbeddedChart(this.ctx, record));
  }
}

instrument(FakeSheet, 'Sheet');
