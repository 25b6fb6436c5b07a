/**
 * The state of one spreadsheet: its sheets (in tab order), the formula engine holding their
 * cells, the active sheet and range, named ranges and toasts. Facades for the Apps Script API
 * are made through `facades`, so this module imports none of them.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { RuntimeContext } from './context.js';
import type { CustomFunctionTable } from './engine-hooks.js';
import { FormulaEngine } from './formula-engine.js';
import { engineHooks, recoverBlockedSpills } from './workbook-engine.js';
import { translateFormula } from './formula-translate.js';
import { keyColumn, keyRow } from './cell-props.js';
import { SheetModel } from './sheet-model.js';
import type { FakeRange } from './range.js';
import type { FakeSheet } from './sheet.js';

/**
 * Content in the row below each grid, so an array result that would run past the last row is
 * blocked (#REF!) as in Sheets ("Result was not automatically expanded, please insert more
 * rows"), instead of spilling into rows the grid does not have. Nothing reads that row.
 */
const GRID_EDGE = '\u0000grid-edge';

export interface Facades {
  sheet(model: SheetModel): FakeSheet;
  range(model: SheetModel, row: number, column: number, numRows: number, numColumns: number): FakeRange;
}

export interface Area {
  sheet: SheetModel;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface Toast {
  message: string;
  title: string;
  seconds: number;
}

export class Workbook {
  readonly engine: FormulaEngine;
  readonly sheets: SheetModel[] = [];
  readonly namedRanges = new Map<string, Area>();
  readonly toasts: Toast[] = [];
  functions: CustomFunctionTable = {};
  active!: SheetModel;
  activeArea: Area | undefined;
  facades!: Facades;
  name: string;
  id = randomBytes(33).toString('base64url');
  timeZone: string;
  /** Set when a write may have unblocked an array formula that could not spill. */
  spillsMayRecover = false;
  /**
   * Cells a test asked to show as still recalculating: `sheet:row:column` → reads left. Google
   * recalculates custom functions asynchronously, so a script's read may see "Loading..."
   * (https://developers.google.com/apps-script/guides/sheets/functions); the engine here is
   * synchronous, so the runtime presents it on request (`runtime.presentLoading`).
   */
  readonly loading = new Map<string, number>();

  constructor(readonly ctx: RuntimeContext) {
    this.name = ctx.options.spreadsheetName;
    this.timeZone = ctx.options.timeZone;
    this.engine = new FormulaEngine(engineHooks(this));
  }

  sheetByName(name: string): SheetModel | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheetByEngineId(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.engineId === id);
  }

  /** Adds a sheet at `index` (0-based, default last). Names are unique regardless of case. */
  addSheet(name: string, index = this.sheets.length, sheetId?: number): SheetModel {
    if (this.sheetByName(name) !== undefined) this.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const gid = sheetId ?? (this.sheets.length === 0 ? 0 : this.freshSheetId());
    const model = new SheetModel(name, gid, this.engine.addSheet(name), this.ctx.options.maxRows, this.ctx.options.maxColumns);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, model);
    this.placeGridEdge(model, 1);
    // Formulas elsewhere may have been waiting for this sheet (open-ended ranges into it).
    this.retranslate();
    return model;
  }

  /** Writes the edge row below the grid, from column `fromColumn` on. */
  placeGridEdge(model: SheetModel, fromColumn: number): void {
    const width = model.maxColumns - fromColumn + 1;
    if (width > 0) this.engine.write(model.engineId, model.maxRows, fromColumn - 1, [new Array(width).fill(GRID_EDGE)]);
  }

  /** Sets a grid's size outright (restoring a snapshot), moving the edge row. */
  resizeGrid(model: SheetModel, rows: number, columns: number): void {
    this.engine.write(model.engineId, model.maxRows, 0, [new Array(model.maxColumns).fill(null)]);
    model.maxRows = rows;
    model.maxColumns = columns;
    this.placeGridEdge(model, 1);
  }

  private freshSheetId(): number {
    for (;;) {
      const id = randomInt(1, 2_000_000_000);
      if (!this.sheets.some((s) => s.sheetId === id)) return id;
    }
  }

  removeSheet(model: SheetModel): void {
    if (this.sheets.length === 1) this.ctx.fail("You can't remove all the sheets in a document.");
    this.engine.removeSheet(model.engineId);
    this.sheets.splice(this.sheets.indexOf(model), 1);
    for (const [name, area] of this.namedRanges) if (area.sheet === model) this.namedRanges.delete(name);
    if (this.active === model) this.active = this.sheets[0];
    if (this.activeArea?.sheet === model) this.activeArea = undefined;
  }

  renameSheet(model: SheetModel, name: string): void {
    const other = this.sheetByName(name);
    if (other !== undefined && other !== model) this.ctx.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.engine.renameSheet(model.engineId, name);
    model.name = name;
  }

  /** Grid rows of the sheet a formula on `home` names (its own when unnamed). */
  maxRowsOf(sheetName: string | undefined, home: SheetModel): number {
    if (sheetName === undefined) return home.maxRows;
    return this.sheetByName(sheetName)?.maxRows ?? this.ctx.options.maxRows;
  }

  /** Rewrites open-ended formulas whose grid bounds changed. */
  retranslate(): void {
    for (const sheet of this.sheets) {
      for (const [key, current] of sheet.openEnded) {
        const original = sheet.formulas.get(key);
        if (original === undefined) continue;
        const text = translateFormula(original, (name) => this.maxRowsOf(name, sheet)).text;
        if (text === current) continue;
        sheet.openEnded.set(key, text);
        this.engine.write(sheet.engineId, keyRow(key) - 1, keyColumn(key) - 1, [[text]]);
      }
    }
  }

  /** "Loading..." over the cells of `values` (read from `area`) still loading; each read uses one of their reads. */
  presentLoading(area: Area, values: unknown[][]): unknown[][] {
    if (this.loading.size === 0) return values;
    for (const [key, left] of this.loading) {
      const [sheet, row, column] = key.split(':').map(Number);
      if (sheet !== area.sheet.engineId || row < area.row || row >= area.row + area.numRows || column < area.column || column >= area.column + area.numColumns) continue;
      values[row - area.row][column - area.column] = 'Loading...';
      if (left <= 1) this.loading.delete(key);
      else this.loading.set(key, left - 1);
    }
    return values;
  }

  /** Recalculates pending changes; re-sets array formulas a since-cleared cell had blocked. */
  settle(): void {
    if (!this.engine.settle() || !this.spillsMayRecover) return;
    this.spillsMayRecover = false;
    if (recoverBlockedSpills(this)) this.engine.settle();
  }

  destroy(): void {
    this.engine.destroy();
  }
}
