/**
 * A runtime's state as plain JSON (for the local demo's persistence): spreadsheet, sheets with
 * cell contents (formula text as written), number formats, simple styles, notes, validation and
 * conditional rules, protections, named ranges, embedded charts, and the property stores.
 * Caches, locks and UI records are not saved. The demo persists its tracker with it, and the
 * workbook tests start each tracker from the saved result of one "Set up tracker with examples".
 */
import { CellType } from 'hyperformula';
import { a1Notation, quoteSheetName } from './a1.js';
import { cellKey, keyColumn, keyRow, type PropName } from './cell-props.js';
import type { ChartRecord } from './chart.js';
import type { PropertyStores } from './properties.js';
import type { SheetModel } from './sheet-model.js';
import { isDate } from './realm.js';
import { SerialDate } from './serial.js';
import type { Workbook } from './workbook.js';

export const SNAPSHOT_VERSION = 1;
export const SAVED_PROPS = ['numberFormat', 'background', 'fontWeight', 'fontColor', 'fontStyle', 'fontSize', 'note', 'wrap', 'horizontalAlignment', 'verticalAlignment'] as const;

export type CellContent = string | number | boolean | { serial: number };
interface RuleSnapshot {
  criteria: string;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}
interface ConditionalSnapshot {
  condition: Record<string, unknown>;
  ranges: string[];
}
export interface SheetSnapshot {
  name: string;
  sheetId: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  tabColor: string | null;
  cells: [number, number, CellContent][];
  props: Partial<Record<(typeof SAVED_PROPS)[number], [number, number, unknown][]>>;
  validations: [number, number, RuleSnapshot][];
  conditionalRules: ConditionalSnapshot[];
  protections: { type: 'RANGE' | 'SHEET'; range: string; description: string; warningOnly: boolean }[];
  columnWidths: [number, number][];
  hiddenColumns: number[];
  /** Embedded charts as recorded, their ranges as A1 text. */
  charts?: (Omit<ChartRecord, 'ranges'> & { ranges: string[] })[];
}
export interface Snapshot {
  version: number;
  spreadsheet: { id: string; name: string; timeZone: string; activeSheet: string };
  sheets: SheetSnapshot[];
  namedRanges: { name: string; range: string }[];
  properties: { script: Record<string, string>; document: Record<string, string>; users: Record<string, Record<string, string>> };
}

function rangeText(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): string {
  return `${quoteSheetName(sheet.name)}!${a1Notation(row, column, numRows, numColumns)}`;
}

/** A range inside a rule's criteria, as JSON; other values pass through. */
function criteriaValue(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && 'model' in value && 'numRows' in value) {
    const r = value as { model: SheetModel; row: number; column: number; numRows: number; numColumns: number };
    return { range: rangeText(r.model, r.row, r.column, r.numRows, r.numColumns) };
  }
  return isDate(value) ? { date: value.toISOString() } : value;
}

function cellsOf(book: Workbook, sheet: SheetModel): [number, number, CellContent][] {
  book.settle();
  const cells: [number, number, CellContent][] = [];
  const grid = book.engine.hf.getSheetSerialized(sheet.engineId);
  grid.slice(0, sheet.maxRows).forEach((line, r) =>
    line.forEach((raw, c) => {
      const formula = sheet.formulas.get(cellKey(r + 1, c + 1));
      if (formula !== undefined) return cells.push([r + 1, c + 1, formula]);
      if (raw === null || raw === undefined || raw === '') return;
      if (book.engine.hf.getCellType({ sheet: sheet.engineId, row: r, col: c }) === CellType.ARRAY) return;
      if (raw instanceof SerialDate) return cells.push([r + 1, c + 1, { serial: raw.serial }]);
      const text = typeof raw === 'string' && sheet.props.get('numberFormat', r + 1, c + 1) === '@' && raw.startsWith("'") ? raw.slice(1) : raw;
      if (typeof text === 'string' || typeof text === 'number' || typeof text === 'boolean') cells.push([r + 1, c + 1, text]);
    }),
  );
  return cells;
}

function sheetSnapshot(book: Workbook, sheet: SheetModel): SheetSnapshot {
  const props: SheetSnapshot['props'] = {};
  for (const name of SAVED_PROPS) {
    const entries = sheet.props.entries(name as PropName).map(([key, value]) => [keyRow(key), keyColumn(key), value] as [number, number, unknown]);
    if (entries.length > 0) props[name] = entries;
  }
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    tabColor: sheet.tabColor,
    cells: cellsOf(book, sheet),
    props,
    validations: sheet.props.entries('validation').map(([key, rule]) => [
      keyRow(key),
      keyColumn(key),
      { criteria: rule.state.criteria ?? '', values: rule.state.values.map(criteriaValue), allowInvalid: rule.state.allowInvalid, helpText: rule.state.helpText },
    ]),
    conditionalRules: sheet.conditionalRules.map((rule) => ({
      condition: { ...rule.state.condition, values: rule.state.condition.values.map(criteriaValue) },
      ranges: rule.state.ranges.map((r) => rangeText(r.model, r.row, r.column, r.numRows, r.numColumns)),
    })),
    protections: sheet.protections.map((p) => ({
      type: p.type,
      range: rangeText(p.area.sheet, p.area.row, p.area.column, p.area.numRows, p.area.numColumns),
      description: p.description,
      warningOnly: p.warningOnly,
    })),
    columnWidths: [...sheet.columnWidths],
    hiddenColumns: [...sheet.hiddenColumns],
    charts: sheet.charts.map((chart) => ({
      ...chart,
      ranges: chart.ranges.map((r) => rangeText(r.model, r.row, r.column, r.numRows, r.numColumns)),
      options: structuredClone(chart.options),
      position: { ...chart.position },
    })),
  };
}

export function takeSnapshot(book: Workbook, properties: PropertyStores): Snapshot {
  return {
    version: SNAPSHOT_VERSION,
    spreadsheet: { id: book.id, name: book.name, timeZone: book.timeZone, activeSheet: book.active.name },
    sheets: book.sheets.map((s) => sheetSnapshot(book, s)),
    namedRanges: [...book.namedRanges].map(([name, a]) => ({ name, range: rangeText(a.sheet, a.row, a.column, a.numRows, a.numColumns) })),
    properties: {
      script: Object.fromEntries(properties.script),
      document: Object.fromEntries(properties.document),
      users: Object.fromEntries([...properties.users].map(([user, store]) => [user, Object.fromEntries(store)])),
    },
  };
}
