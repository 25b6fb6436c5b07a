/**
 * Creates a tracker sheet, or repairs one: missing headers are added at the end of row 1, and
 * nothing the user wrote is moved or removed. Reads the sheet once.
 */
import type { SheetSpec } from './sheet-specs.js';

export interface EnsuredSheet {
  sheet: GoogleAppsScript.Spreadsheet.Sheet;
  /** The sheet's values after the repair (header row first). */
  values: unknown[][];
  headers: string[];
  created: boolean;
  addedHeaders: string[];
}

const key = (text: unknown) => String(text ?? '').trim().toLowerCase();

export function ensureSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, spec: SheetSpec): EnsuredSheet {
  let sheet = spreadsheet.getSheetByName(spec.name);
  const created = sheet === null;
  if (sheet === null) sheet = spreadsheet.insertSheet(spec.name);
  const values = created ? [] : sheet.getDataRange().getValues();
  const headers = (values[0] ?? []).map((h) => String(h ?? '').trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const present = new Set(headers.map(key));
  const addedHeaders = spec.headers.filter((h) => !present.has(key(h)));
  if (addedHeaders.length > 0) {
    const first = headers.length + 1;
    const lastNeeded = first + addedHeaders.length - 1;
    const extra = lastNeeded - sheet.getMaxColumns();
    if (extra > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), extra);
    sheet.getRange(1, first, 1, addedHeaders.length).setValues([addedHeaders]);
    headers.push(...addedHeaders);
    if (values.length === 0) values.push([]);
    values[0] = [...headers];
  }
  return { sheet, values, headers, created, addedHeaders };
}

/** 1-based column of `header` in `headers`, or 0. */
export function columnIn(headers: readonly string[], header: string): number {
  return headers.findIndex((h) => key(h) === key(header)) + 1;
}
