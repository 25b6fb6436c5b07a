/**
 * The stored state of one sheet other than cell values (those live in the formula engine):
 * grid size, original formula text, formats, rules, protections and layout. The facades
 * (`FakeSheet`, `FakeRange`) read and change it.
 */
import { CellProps, shiftKeys } from './cell-props.js';
import type { FakeConditionalFormatRule } from './conditional-format.js';
import type { ChartRecord } from './chart.js';
import type { ProtectionState } from './protection.js';

export class SheetModel {
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  /** Hidden from the tab bar (`Sheet.hideSheet`); its cells work as any other sheet's. */
  hidden = false;
  /** Formula text as the script wrote it, by cell key; the engine holds the translated text. */
  formulas = new Map<number, string>();
  /** Formula cells with an open-ended range → the translated text the engine holds; redone when a grid grows. */
  openEnded = new Map<number, string>();
  readonly props = new CellProps();
  conditionalRules: FakeConditionalFormatRule[] = [];
  readonly protections: ProtectionState[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly hiddenRows = new Set<number>();
  readonly charts: ChartRecord[] = [];

  constructor(
    public name: string,
    /** The gid in the sheet's URL (`#gid=`), stable for the sheet's life. */
    readonly sheetId: number,
    /** The sheet's id inside the formula engine. */
    readonly engineId: number,
    public maxRows: number,
    public maxColumns: number,
  ) {}

  /** Moves formulas and per-cell properties when rows or columns are inserted before `from`. */
  shift(axis: 'row' | 'column', from: number, count: number): void {
    this.formulas = shiftKeys(this.formulas, axis, from, count);
    this.openEnded = shiftKeys(this.openEnded, axis, from, count);
    this.props.shift(axis, from, count);
  }
}
