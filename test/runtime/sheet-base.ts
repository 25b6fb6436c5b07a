/**
 * The identity and layout half of the fake `Sheet`: name, ids, tab order, grid size, frozen
 * panes, column widths, hidden columns, tab colour. Column widths and hiding are recorded only.
 */
import { normaliseColor } from './color.js';
import type { RuntimeContext } from './context.js';
import { insertColumns, insertRows } from './sheet-ops.js';
import type { SheetModel } from './sheet-model.js';
import type { FakeSpreadsheet } from './spreadsheet.js';
import type { Workbook } from './workbook.js';

/** Sheets' default column width in pixels. */
const DEFAULT_COLUMN_WIDTH = 100;

function checkCount(ctx: RuntimeContext, n: number, what: string): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || Math.trunc(n) < 1) ctx.fail(`The number of ${what} must be at least 1.`);
  return Math.trunc(n);
}

export class SheetBase {
  constructor(
    readonly ctx: RuntimeContext,
    readonly book: Workbook,
    readonly model: SheetModel,
    readonly parent: () => FakeSpreadsheet,
  ) {}

  getName(): string {
    return this.model.name;
  }
  setName(name: string): this {
    this.book.renameSheet(this.model, String(name));
    return this;
  }
  getSheetName(): string {
    return this.model.name;
  }
  getSheetId(): number {
    return this.model.sheetId;
  }
  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.book.sheets.indexOf(this.model) + 1;
  }
  getParent(): FakeSpreadsheet {
    return this.parent();
  }
  activate(): this {
    this.book.active = this.model;
    return this;
  }
  getMaxRows(): number {
    return this.model.maxRows;
  }
  getMaxColumns(): number {
    return this.model.maxColumns;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.model.maxRows) this.ctx.fail('Those rows are out of bounds.');
    insertRows(this.book, this.model, Math.trunc(afterPosition), checkCount(this.ctx, howMany, 'rows'));
    return this;
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this.model.maxRows) this.ctx.fail('Those rows are out of bounds.');
    insertRows(this.book, this.model, Math.trunc(beforePosition) - 1, checkCount(this.ctx, howMany, 'rows'));
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    if (afterPosition < 1 || afterPosition > this.model.maxColumns) this.ctx.fail('Those columns are out of bounds.');
    insertColumns(this.book, this.model, Math.trunc(afterPosition), checkCount(this.ctx, howMany, 'columns'));
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    if (beforePosition < 1 || beforePosition > this.model.maxColumns) this.ctx.fail('Those columns are out of bounds.');
    insertColumns(this.book, this.model, Math.trunc(beforePosition) - 1, checkCount(this.ctx, howMany, 'columns'));
    return this;
  }
  setFrozenRows(rows: number): this {
    if (rows < 0 || rows >= this.model.maxRows) this.ctx.fail('Sorry, it is not possible to freeze all rows.');
    this.model.frozenRows = Math.trunc(rows);
    return this;
  }
  getFrozenRows(): number {
    return this.model.frozenRows;
  }
  setFrozenColumns(columns: number): this {
    if (columns < 0 || columns >= this.model.maxColumns) this.ctx.fail('Sorry, it is not possible to freeze all columns.');
    this.model.frozenColumns = Math.trunc(columns);
    return this;
  }
  getFrozenColumns(): number {
    return this.model.frozenColumns;
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.model.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    for (let c = 0; c < numColumns; c++) this.model.columnWidths.set(startColumn + c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.model.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): this {
    this.model.rowHeights.set(rowPosition, height);
    return this;
  }
  hideColumns(columnIndex: number, numColumns = 1): this {
    for (let c = 0; c < numColumns; c++) this.model.hiddenColumns.add(columnIndex + c);
    return this;
  }
  showColumns(columnIndex: number, numColumns = 1): this {
    for (let c = 0; c < numColumns; c++) this.model.hiddenColumns.delete(columnIndex + c);
    return this;
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.model.hiddenColumns.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows = 1): this {
    for (let r = 0; r < numRows; r++) this.model.hiddenRows.add(rowIndex + r);
    return this;
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.model.hiddenRows.has(rowPosition);
  }
  setTabColor(color: string | null): this {
    this.model.tabColor = normaliseColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this.model.tabColor;
  }
}
