/**
 * The geometry half of the fake `Range`: position, size, A1 notation and derived ranges. Like
 * Apps Script, a Range is a window on the sheet, not a copy: reading it later sees later writes.
 */
import { a1Notation } from './a1.js';
import type { RuntimeContext } from './context.js';
import { checkedArea } from './range-bounds.js';
import type { FakeRange } from './range.js';
import type { FakeSheet } from './sheet.js';
import type { SheetModel } from './sheet-model.js';
import type { Area, Workbook } from './workbook.js';

export class RangeBase {
  constructor(
    readonly ctx: RuntimeContext,
    readonly book: Workbook,
    readonly model: SheetModel,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getRow(): number {
    return this.row;
  }
  getRowIndex(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  getSheet(): FakeSheet {
    return this.book.facades.sheet(this.model);
  }
  getGridId(): number {
    return this.model.sheetId;
  }
  /** A cell of this range, 1-based relative to its top-left corner. */
  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) this.ctx.fail('Cell reference out of range');
    return this.book.facades.range(this.model, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): FakeRange {
    const area = checkedArea(this.ctx, 'SpreadsheetApp.Range.offset', this.model, [
      this.row + rowOffset,
      this.column + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numColumns,
    ]);
    return this.book.facades.range(this.model, area.row, area.column, area.numRows, area.numColumns);
  }
  activate(): this {
    this.book.active = this.model;
    this.book.activeArea = areaOf(this);
    return this;
  }
}

export function areaOf(range: RangeBase): Area {
  return { sheet: range.model, row: range.row, column: range.column, numRows: range.numRows, numColumns: range.numColumns };
}
