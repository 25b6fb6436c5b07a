/**
 * Cell styles of the fake `Range`: colours, fonts, notes, wrapping and alignment, recorded per
 * cell and read back with Sheets' defaults. Nothing is rendered; borders are accepted and ignored.
 */
import { normaliseColor } from './color.js';
import type { PropName, PropTypes } from './cell-props.js';
import { signatureMismatch } from './context.js';
import { areaOf } from './range-base.js';
import { propArea } from './range-formats.js';
import { RangeValues } from './range-values.js';

export function gridOf<K extends PropName, T>(range: RangeValues, name: K, fallback: T, map: (v: PropTypes[K]) => T = (v) => v as unknown as T): T[][] {
  return Array.from({ length: range.numRows }, (_, r) =>
    Array.from({ length: range.numColumns }, (_, c) => {
      const value = range.model.props.get(name, range.row + r, range.column + c);
      return value === undefined ? fallback : map(value);
    }),
  );
}

export function setAll<K extends PropName>(range: RangeValues, name: K, value: PropTypes[K] | undefined): RangeValues {
  if (value === undefined) range.model.props.clear([name], propArea(areaOf(range)));
  else range.model.props.fill(name, propArea(areaOf(range)), value);
  return range;
}

export function setEach<K extends PropName>(range: RangeValues, name: K, grid: unknown, method: string, convert: (v: unknown) => PropTypes[K] | undefined): RangeValues {
  if (!Array.isArray(grid) || grid.length !== range.numRows || !grid.every((row) => Array.isArray(row) && row.length === range.numColumns)) {
    signatureMismatch(range.ctx, `SpreadsheetApp.Range.${method}`, [grid]);
  }
  range.model.props.each(name, propArea(areaOf(range)), (r, c) => convert((grid as unknown[][])[r][c]));
  return range;
}

export class RangeStyles extends RangeValues {
  setBackground(color: string | null): this {
    return setAll(this, 'background', normaliseColor(color)) as this;
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return setEach(this, 'background', colors, 'setBackgrounds', (v) => normaliseColor(v as string | null)) as this;
  }
  getBackground(): string {
    return this.model.props.get('background', this.row, this.column) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    return gridOf(this, 'background', '#ffffff');
  }
  setFontColor(color: string | null): this {
    return setAll(this, 'fontColor', normaliseColor(color)) as this;
  }
  getFontColor(): string {
    return this.model.props.get('fontColor', this.row, this.column) ?? '#000000';
  }
  setFontWeight(weight: string | null): this {
    return setAll(this, 'fontWeight', weight === null || weight === 'normal' ? undefined : String(weight)) as this;
  }
  setFontWeights(weights: (string | null)[][]): this {
    return setEach(this, 'fontWeight', weights, 'setFontWeights', (v) => (v === null || v === 'normal' ? undefined : String(v))) as this;
  }
  getFontWeight(): string {
    return this.model.props.get('fontWeight', this.row, this.column) ?? 'normal';
  }
  getFontWeights(): string[][] {
    return gridOf(this, 'fontWeight', 'normal');
  }
  setFontStyle(style: string | null): this {
    return setAll(this, 'fontStyle', style === null || style === 'normal' ? undefined : String(style)) as this;
  }
  setFontSize(size: number): this {
    return setAll(this, 'fontSize', size) as this;
  }
  setNote(note: string | null): this {
    return setAll(this, 'note', note === null || note === '' ? undefined : String(note)) as this;
  }
  setNotes(notes: (string | null)[][]): this {
    return setEach(this, 'note', notes, 'setNotes', (v) => (v === null || v === '' ? undefined : String(v))) as this;
  }
  getNote(): string {
    return this.model.props.get('note', this.row, this.column) ?? '';
  }
  getNotes(): string[][] {
    return gridOf(this, 'note', '');
  }
  clearNote(): this {
    return setAll(this, 'note', undefined) as this;
  }
  setWrap(wrap: boolean): this {
    return setAll(this, 'wrap', Boolean(wrap)) as this;
  }
  setWrapStrategy(strategy: string): this {
    return setAll(this, 'wrap', strategy === 'WRAP') as this;
  }
  getWrap(): boolean {
    return this.model.props.get('wrap', this.row, this.column) ?? false;
  }
  setHorizontalAlignment(alignment: string | null): this {
    return setAll(this, 'horizontalAlignment', alignment === null ? undefined : String(alignment)) as this;
  }
  getHorizontalAlignment(): string {
    return this.model.props.get('horizontalAlignment', this.row, this.column) ?? 'general';
  }
  setVerticalAlignment(alignment: string | null): this {
    return setAll(this, 'verticalAlignment', alignment === null ? undefined : String(alignment)) as this;
  }
  /** Accepted and ignored: borders are not modelled. */
  setBorder(..._args: unknown[]): this {
    return this;
  }
}
