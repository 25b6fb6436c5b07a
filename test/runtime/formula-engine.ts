/**
 * One HyperFormula instance per spreadsheet, configured like Google Sheets in en-US
 * (https://hyperformula.handsontable.com/guide/compatibility-with-google-sheets.html, https://hyperformula.handsontable.com/guide/license-key.html). Writes suspend evaluation and the next read resumes it, so a
 * script's many writes cost one recalculation, the way Sheets batches pending changes until a
 * read or `flush()` (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()).
 */
import { CellType, HyperFormula, type CellValue, type ConfigParams, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { registerCustomFunctionPlugin } from './custom-function-plugin.js';
import type { EngineHooks } from './engine-hooks.js';
import { messageOf } from './realm.js';
import { reuseLinkedRanges } from './range-reuse.js';
import { skipChangeLists } from './no-change-lists.js';
import { registerSheetsFunctionsPlugin } from './sheets-functions-plugin.js';

/** Sheets' cell limit is 10 million cells; the engine must allow any grid the fake allows. */
const ENGINE_MAX_ROWS = 10_000_000;

function sheetsConfig(hooks: EngineHooks): Partial<ConfigParams> {
  return {
    licenseKey: 'gpl-v3',
    context: { okrRuntimeHooks: hooks },
    dateFormats: ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY/MM/DD'],
    timeFormats: ['hh:mm', 'hh:mm:ss.sss'],
    currencySymbol: ['$', 'USD'],
    localeLang: 'en-US',
    nullDate: { year: 1899, month: 12, day: 30 },
    leapYear1900: false,
    evaluateNullToZero: true,
    useArrayArithmetic: false,
    useWildcards: true,
    useRegularExpressions: false,
    caseSensitive: false,
    maxRows: ENGINE_MAX_ROWS,
    maxColumns: 18_278,
    // Sheets hands scripts full doubles; HyperFormula would round results to 10 digits (a date-time to ~1 s).
    smartRounding: false,
    undoLimit: 0,
  };
}

export class FormulaEngine {
  readonly hf: HyperFormula;
  private suspended = false;
  private settledOnce = false;

  constructor(hooks: EngineHooks) {
    registerCustomFunctionPlugin();
    registerSheetsFunctionsPlugin();
    this.hf = HyperFormula.buildEmpty(sheetsConfig(hooks));
    reuseLinkedRanges(this.hf);
    skipChangeLists(this.hf);
    // Sheets reads bare TRUE and FALSE as booleans; HyperFormula only knows TRUE() and FALSE().
    this.hf.addNamedExpression('TRUE', '=TRUE()');
    this.hf.addNamedExpression('FALSE', '=FALSE()');
  }

  addSheet(name: string): number {
    const added = this.hf.addSheet(name);
    return this.hf.getSheetId(added) as number;
  }

  removeSheet(id: number): void {
    // Known gap: HyperFormula 3.5 throws "Unknown array" when the removed sheet feeds array
    // formulas on other sheets (Sheets would show #REF! there). Tests rename such sheets instead.
    this.hf.removeSheet(id);
  }

  renameSheet(id: number, name: string): void {
    this.hf.renameSheet(id, name);
  }

  /** Writes a block of raw contents at a 0-based corner; evaluation waits for the next read. */
  write(sheet: number, row: number, col: number, contents: RawCellContent[][]): void {
    if (contents.length === 0) return;
    this.suspend();
    this.hf.setCellContents({ sheet, row, col }, contents);
  }

  addRows(sheet: number, at: number, count: number): void {
    this.suspend();
    this.hf.addRows(sheet, [at, count]);
  }

  addColumns(sheet: number, at: number, count: number): void {
    this.suspend();
    this.hf.addColumns(sheet, [at, count]);
  }

  private suspend(): void {
    if (this.suspended) return;
    this.hf.suspendEvaluation();
    this.suspended = true;
  }

  /** Whether any formula has been evaluated yet (every evaluation happens in `settle`). */
  get evaluated(): boolean {
    return this.settledOnce;
  }

  /** Brings every value up to date; true when there was something to recalculate. */
  settle(): boolean {
    if (!this.suspended) return false;
    this.suspended = false;
    this.settledOnce = true;
    try {
      this.hf.resumeEvaluation();
    } catch (error) {
      throw new Error(`formula engine: recalculation failed: ${messageOf(error)}`, { cause: error });
    }
    return true;
  }

  values(sheet: number, row: number, col: number, numRows: number, numCols: number): CellValue[][] {
    this.settle();
    return this.hf.getRangeValues({ start: { sheet, row, col }, end: { sheet, row: row + numRows - 1, col: col + numCols - 1 } });
  }

  value(address: SimpleCellAddress): CellValue {
    this.settle();
    return this.hf.getCellValue(address);
  }

  detailedType(address: SimpleCellAddress): string {
    this.settle();
    return this.hf.getCellValueDetailedType(address);
  }

  formula(address: SimpleCellAddress): string | undefined {
    return this.hf.getCellFormula(address);
  }

  /** Whether a cell holds anything: a value, a formula, or part of a formula's spilled result. */
  hasContent(address: SimpleCellAddress): boolean {
    return this.hf.getCellType(address) !== CellType.EMPTY;
  }

  /** The used area HyperFormula tracks, spills included (an upper bound on the cells with content). */
  dimensions(sheet: number): { width: number; height: number } {
    this.settle();
    return this.hf.getSheetDimensions(sheet);
  }

  /** The used area as written so far, without recalculating (spills may be missing). */
  writtenDimensions(sheet: number): { width: number; height: number } {
    return this.hf.getSheetDimensions(sheet);
  }

  destroy(): void {
    this.hf.destroy();
  }
}
