/**
 * The fake `Spreadsheet` (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet):
 * sheets in tab order, the active sheet and range, named ranges, toasts. A new runtime's
 * spreadsheet has one empty sheet, "Sheet1", like a new file. Differences: one locale (en_US);
 * named ranges are simple (no protection, no sheet scope).
 */
import { parseA1 } from './a1.js';
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';
import { FakeRange } from './range.js';
import { areaOf } from './range-base.js';
import { a1Area, FakeSheet } from './sheet.js';
import type { SheetModel } from './sheet-model.js';
import { checkZone } from './time-zone.js';
import type { Workbook } from './workbook.js';

const NAMED_RANGE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

export function activeRangeOf(ctx: RuntimeContext, book: Workbook): FakeRange {
  const mode = ctx.mode;
  if (mode.kind === 'customFunction') {
    const model = book.sheetByEngineId(mode.sheet) ?? book.active;
    return book.facades.range(model, mode.row + 1, mode.column + 1, 1, 1);
  }
  const area = book.activeArea ?? { sheet: book.active, row: 1, column: 1, numRows: 1, numColumns: 1 };
  return book.facades.range(area.sheet, area.row, area.column, area.numRows, area.numColumns);
}

export class FakeSpreadsheet {
  private readonly sheetFacades = new WeakMap<SheetModel, FakeSheet>();

  constructor(
    readonly ctx: RuntimeContext,
    readonly book: Workbook,
  ) {
    book.facades = {
      sheet: (model) => {
        let facade = this.sheetFacades.get(model);
        if (facade === undefined) {
          facade = new FakeSheet(ctx, book, model, () => this);
          this.sheetFacades.set(model, facade);
        }
        return facade;
      },
      range: (model, row, column, numRows, numColumns) => new FakeRange(ctx, book, model, row, column, numRows, numColumns),
    };
  }

  getName(): string {
    return this.book.name;
  }
  rename(name: string): void {
    this.book.name = String(name);
  }
  getId(): string {
    return this.book.id;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  /** Date cells keep their wall-clock value, as in Sheets: their instants move with the zone. */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      checkZone(timezone);
    } catch {
      this.ctx.fail(`Invalid argument: timezone`);
    }
    this.book.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    return 'en_US';
  }
  getSheets(): FakeSheet[] {
    return this.book.sheets.map((m) => this.book.facades.sheet(m));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  getSheetByName(name: string): FakeSheet | null {
    const model = this.book.sheetByName(String(name));
    return model === undefined ? null : this.book.facades.sheet(model);
  }
  getSheetById(id: number): FakeSheet | null {
    const model = this.book.sheets.find((s) => s.sheetId === id);
    return model === undefined ? null : this.book.facades.sheet(model);
  }
  /** `insertSheet()`, `insertSheet(index)`, `insertSheet(name)`, `insertSheet(name, index)`; the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number): FakeSheet {
    let name: string | undefined;
    let at: number | undefined;
    if (typeof nameOrIndex === 'number') at = nameOrIndex;
    else if (typeof nameOrIndex === 'string') [name, at] = [nameOrIndex, index];
    else if (nameOrIndex !== undefined) signatureMismatch(this.ctx, 'SpreadsheetApp.Spreadsheet.insertSheet', [nameOrIndex]);
    if (name === undefined) {
      let n = this.book.sheets.length + 1;
      while (this.book.sheetByName(`Sheet${n}`) !== undefined) n++;
      name = `Sheet${n}`;
    }
    if (name.trim() === '') this.ctx.fail('Invalid argument: sheetName');
    const model = this.book.addSheet(name, at);
    this.book.active = model;
    return this.book.facades.sheet(model);
  }
  deleteSheet(sheet: FakeSheet): void {
    if (!(sheet instanceof FakeSheet) || !this.book.sheets.includes(sheet.model)) signatureMismatch(this.ctx, 'SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    this.book.removeSheet(sheet.model);
  }
  getActiveSheet(): FakeSheet {
    return this.book.facades.sheet(this.book.active);
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.book.active = sheet.model;
    return sheet;
  }
  /** The selection; inside a custom function, the cell being calculated (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getActiveRange()). */
  getActiveRange(): FakeRange {
    return activeRangeOf(this.ctx, this.book);
  }
  getActiveCell(): FakeRange {
    const area = this.book.activeArea ?? { sheet: this.book.active, row: 1, column: 1 };
    return this.book.facades.range(area.sheet, area.row, area.column, 1, 1);
  }
  setActiveRange(range: FakeRange): FakeRange {
    this.book.active = range.model;
    this.book.activeArea = areaOf(range);
    return range;
  }
  /** `'Sheet name'!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1Notation: string): FakeRange {
    if (typeof a1Notation !== 'string') signatureMismatch(this.ctx, 'SpreadsheetApp.Spreadsheet.getRange', [a1Notation]);
    const parsed = parseA1(a1Notation);
    const model = parsed?.sheetName === undefined ? this.book.active : this.book.sheetByName(parsed.sheetName);
    if (parsed === undefined || model === undefined) this.ctx.fail('Range not found');
    const area = a1Area(this.book.facades.sheet(model), a1Notation, 'SpreadsheetApp.Spreadsheet.getRange');
    return this.book.facades.range(model, area.row, area.column, area.numRows, area.numColumns);
  }
  getRangeByName(name: string): FakeRange | null {
    const area = this.book.namedRanges.get(String(name));
    return area === undefined ? null : this.book.facades.range(area.sheet, area.row, area.column, area.numRows, area.numColumns);
  }
  setNamedRange(name: string, range: FakeRange): void {
    if (!NAMED_RANGE.test(String(name)) || parseA1(String(name)) !== undefined) this.ctx.fail('Invalid argument: name');
    this.book.namedRanges.set(String(name), areaOf(range));
  }
  removeNamedRange(name: string): void {
    this.book.namedRanges.delete(String(name));
  }
  toast(msg: string, title = '', timeoutSeconds = 5): void {
    this.book.toasts.push({ message: String(msg), title: String(title), seconds: timeoutSeconds });
  }
  getOwner(): { getEmail(): string } {
    const email = this.ctx.options.owner;
    return { getEmail: () => email };
  }
}

instrument(FakeSpreadsheet, 'Spreadsheet');
