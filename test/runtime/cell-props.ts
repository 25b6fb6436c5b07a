/**
 * Per-cell properties that are not values: number formats, colours, fonts, notes, wrapping,
 * alignment and data validation. Sparse maps keyed by cell, so a 50,000-row sheet with a few
 * formatted columns stays small. Sheets also stores these per cell.
 */
import type { FakeDataValidation } from './data-validation.js';

export interface PropTypes {
  numberFormat: string;
  background: string;
  fontWeight: string;
  fontColor: string;
  fontStyle: string;
  fontSize: number;
  note: string;
  wrap: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  validation: FakeDataValidation;
}
export type PropName = keyof PropTypes;
export const FORMAT_PROPS: readonly PropName[] = ['numberFormat', 'background', 'fontWeight', 'fontColor', 'fontStyle', 'fontSize', 'wrap', 'horizontalAlignment', 'verticalAlignment'];

/** Columns per row in a cell key; Sheets allows 18,278 columns. */
const KEY_COLUMNS = 32_768;

export function cellKey(row: number, column: number): number {
  return row * KEY_COLUMNS + column;
}

export function keyRow(key: number): number {
  return Math.floor(key / KEY_COLUMNS);
}

export function keyColumn(key: number): number {
  return key % KEY_COLUMNS;
}

export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export class CellProps {
  private readonly maps = new Map<PropName, Map<number, unknown>>();

  get<K extends PropName>(name: K, row: number, column: number): PropTypes[K] | undefined {
    return this.maps.get(name)?.get(cellKey(row, column)) as PropTypes[K] | undefined;
  }

  /** Sets (or with `undefined`, removes) one property over an area. */
  fill<K extends PropName>(name: K, area: Area, value: PropTypes[K] | undefined): void {
    this.each(name, area, () => value);
  }

  /** Sets one property cell by cell from a grid of values the size of the area. */
  each<K extends PropName>(name: K, area: Area, valueAt: (r: number, c: number) => PropTypes[K] | undefined): void {
    let map = this.maps.get(name);
    if (map === undefined) {
      map = new Map();
      this.maps.set(name, map);
    }
    for (let r = 0; r < area.numRows; r++) {
      for (let c = 0; c < area.numColumns; c++) {
        const key = cellKey(area.row + r, area.column + c);
        const value = valueAt(r, c);
        if (value === undefined) map.delete(key);
        else map.set(key, value);
      }
    }
  }

  /** Removes properties over an area, visiting only the cells that have any (areas can be whole sheets). */
  clear(names: readonly PropName[], area: Area): void {
    const lastRow = area.row + area.numRows - 1;
    const lastColumn = area.column + area.numColumns - 1;
    for (const name of names) {
      const map = this.maps.get(name);
      if (map === undefined) continue;
      for (const key of [...map.keys()]) {
        const row = keyRow(key);
        const column = keyColumn(key);
        if (row >= area.row && row <= lastRow && column >= area.column && column <= lastColumn) map.delete(key);
      }
    }
  }

  /** Every (key, value) of one property, for snapshots. */
  entries<K extends PropName>(name: K): [number, PropTypes[K]][] {
    return [...(this.maps.get(name) ?? new Map<number, unknown>())] as [number, PropTypes[K]][];
  }

  /** Moves every cell at or past `from` along one axis by `count` (rows or columns inserted). */
  shift(axis: 'row' | 'column', from: number, count: number): void {
    for (const [name, map] of this.maps) this.maps.set(name, shiftKeys(map, axis, from, count));
  }
}

export function shiftKeys<V>(map: Map<number, V>, axis: 'row' | 'column', from: number, count: number): Map<number, V> {
  const moved = new Map<number, V>();
  for (const [key, value] of map) {
    const row = keyRow(key);
    const column = keyColumn(key);
    if (axis === 'row') moved.set(row >= from ? cellKey(row + count, column) : key, value);
    else moved.set(column >= from ? cellKey(row, column + count) : key, value);
  }
  return moved;
}
