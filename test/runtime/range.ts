/**
 * The fake `Range` (https://developers.google.com/apps-script/reference/spreadsheet/range):
 * geometry, contents and styles come from its base classes; this adds number formats, data
 * validation, checkboxes, protection and sorting (sort.ts). Differences from Sheets: merges are missing.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch } from './context.js';
import { writeCells } from './cell-io.js';
import { FakeDataValidation } from './data-validation.js';
import { isDateType } from './engine-values.js';
import { DEFAULT_DATE_FORMAT, DEFAULT_DATE_TIME_FORMAT } from './number-format.js';
import { FakeProtection } from './protection.js';
import { sortArea, sortKeys } from './sort.js';
import { areaOf } from './range-base.js';
import { applyNumberFormats, AUTOMATIC_FORMAT } from './range-formats.js';
import { gridOf, RangeStyles, setAll, setEach } from './range-styles.js';

/** Unformatted cells report the format Sheets picked when the value was typed. */
function numberFormatsOf(range: FakeRange, numRows: number, numColumns: number): string[][] {
  range.book.settle();
  return Array.from({ length: numRows }, (_, r) =>
    Array.from({ length: numColumns }, (_, c) => {
      const explicit = range.model.props.get('numberFormat', range.row + r, range.column + c);
      if (explicit !== undefined) return explicit;
      const type = range.book.engine.detailedType({ sheet: range.model.engineId, row: range.row + r - 1, col: range.column + c - 1 });
      if (!isDateType(type)) return AUTOMATIC_FORMAT;
      return type === 'NUMBER_DATE' ? DEFAULT_DATE_FORMAT : DEFAULT_DATE_TIME_FORMAT;
    }),
  );
}

export class FakeRange extends RangeStyles {
  setNumberFormat(format: string): this {
    applyNumberFormats(this.book, areaOf(this), () => (format === '' ? undefined : String(format)));
    return this;
  }
  setNumberFormats(formats: string[][]): this {
    if (!Array.isArray(formats) || formats.length !== this.numRows) signatureMismatch(this.ctx, 'SpreadsheetApp.Range.setNumberFormats', [formats]);
    applyNumberFormats(this.book, areaOf(this), (r, c) => (formats[r][c] === '' ? undefined : String(formats[r][c])));
    return this;
  }
  getNumberFormat(): string {
    return numberFormatsOf(this, 1, 1)[0][0];
  }
  getNumberFormats(): string[][] {
    return numberFormatsOf(this, this.numRows, this.numColumns);
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    if (rule !== null && !(rule instanceof FakeDataValidation)) signatureMismatch(this.ctx, 'SpreadsheetApp.Range.setDataValidation', [rule]);
    return setAll(this, 'validation', rule ?? undefined) as this;
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    return setEach(this, 'validation', rules, 'setDataValidations', (v) => (v instanceof FakeDataValidation ? v : undefined)) as this;
  }
  getDataValidation(): FakeDataValidation | null {
    return this.model.props.get('validation', this.row, this.column) ?? null;
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return gridOf(this, 'validation', null);
  }
  clearDataValidations(): this {
    return setAll(this, 'validation', undefined) as this;
  }
  /** Checkbox validation, and every cell set to the unchecked value (FALSE by default). */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const rule = new FakeDataValidation(this.ctx, {
      criteria: 'CHECKBOX',
      values: checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue],
      allowInvalid: true,
      helpText: null,
    });
    setAll(this, 'validation', rule);
    const unchecked = checkedValue === undefined ? false : uncheckedValue ?? '';
    writeCells(this.book, areaOf(this), Array.from({ length: this.numRows }, () => new Array(this.numColumns).fill(unchecked)));
    return this;
  }
  /** Sorts the range's rows; see sort.ts for what moves and what is a guess. */
  sort(sortSpecObj: unknown): this {
    sortArea(this.book, areaOf(this), sortKeys(this.ctx, sortSpecObj));
    return this;
  }
  protect(): FakeProtection {
    const state = { type: 'RANGE' as const, area: areaOf(this), description: '', warningOnly: false, editors: [this.ctx.options.owner], removed: false };
    this.model.protections.push(state);
    return new FakeProtection(this.ctx, this.book, state);
  }
}

instrument(FakeRange, 'Range');
