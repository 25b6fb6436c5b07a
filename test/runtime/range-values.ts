/**
 * The contents half of the fake `Range`: values, display values and formulas
 * (https://developers.google.com/apps-script/reference/spreadsheet/range). A write only reaches the formula engine's pending changes; the next read
 * recalculates, as Sheets applies pending writes before a read.
 */
import { signatureMismatch } from './context.js';
import { clearCells, readDisplayValues, readFormulas, readValues, writeCells } from './cell-io.js';
import { FORMAT_PROPS } from './cell-props.js';
import { areaOf, RangeBase } from './range-base.js';

function checkGrid(range: RangeBase, method: string, grid: unknown): unknown[][] {
  if (!Array.isArray(grid) || !grid.every(Array.isArray)) return signatureMismatch(range.ctx, `SpreadsheetApp.Range.${method}`, [grid]);
  if (grid.length !== range.numRows) {
    range.ctx.fail(`The number of rows in the data does not match the number of rows in the range. The data has ${grid.length} but the range has ${range.numRows}.`);
  }
  for (const row of grid as unknown[][]) {
    if (row.length !== range.numColumns) {
      range.ctx.fail(`The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${range.numColumns}.`);
    }
  }
  return grid as unknown[][];
}

function filled<T>(range: RangeBase, value: T): T[][] {
  return Array.from({ length: range.numRows }, () => new Array<T>(range.numColumns).fill(value));
}

export class RangeValues extends RangeBase {
  getValues(): unknown[][] {
    return readValues(this.book, areaOf(this));
  }
  getValue(): unknown {
    return readValues(this.book, { ...areaOf(this), numRows: 1, numColumns: 1 })[0][0];
  }
  getDisplayValues(): string[][] {
    return readDisplayValues(this.book, areaOf(this));
  }
  getDisplayValue(): string {
    return readDisplayValues(this.book, { ...areaOf(this), numRows: 1, numColumns: 1 })[0][0];
  }
  /** Sets every cell of the range to `value`. */
  setValue(value: unknown): this {
    writeCells(this.book, areaOf(this), filled(this, value));
    return this;
  }
  setValues(values: unknown[][]): this {
    writeCells(this.book, areaOf(this), checkGrid(this, 'setValues', values));
    return this;
  }
  getFormulas(): string[][] {
    return readFormulas(areaOf(this));
  }
  getFormula(): string {
    return readFormulas({ ...areaOf(this), numRows: 1, numColumns: 1 })[0][0];
  }
  /** Writes the same text to every cell; Sheets would shift relative references per cell. */
  setFormula(formula: string): this {
    if (typeof formula !== 'string') signatureMismatch(this.ctx, 'SpreadsheetApp.Range.setFormula', [formula]);
    writeCells(this.book, areaOf(this), filled(this, formula));
    return this;
  }
  setFormulas(formulas: string[][]): this {
    const grid = checkGrid(this, 'setFormulas', formulas);
    if (!grid.every((row) => row.every((f) => typeof f === 'string'))) signatureMismatch(this.ctx, 'SpreadsheetApp.Range.setFormulas', [formulas]);
    writeCells(this.book, areaOf(this), grid);
    return this;
  }
  /** Contents and formats; with options, only the parts asked for. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): this {
    const area = areaOf(this);
    const only = options !== undefined && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    if (!only || options?.contentsOnly) clearCells(this.book, area);
    if (!only || options?.formatOnly) this.model.props.clear(FORMAT_PROPS, area);
    if (options?.validationsOnly) this.model.props.clear(['validation'], area);
    if (options?.commentsOnly) this.model.props.clear(['note'], area);
    return this;
  }
  clearContent(): this {
    clearCells(this.book, areaOf(this));
    return this;
  }
  clearFormat(): this {
    this.model.props.clear(FORMAT_PROPS, areaOf(this));
    return this;
  }
  /** True when no cell holds a value or formula (a formula showing "" is not blank). */
  isBlank(): boolean {
    this.book.settle();
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) {
        if (this.book.engine.hasContent({ sheet: this.model.engineId, row: this.row + r - 1, col: this.column + c - 1 })) return false;
      }
    }
    return true;
  }
}
