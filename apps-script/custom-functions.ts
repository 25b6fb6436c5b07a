/**
 * The custom functions as Apps Script calls them: positional arguments, the clock and the
 * spreadsheet's zone supplied here (the core never reads either). The build writes a top-level
 * JSDoc'd stub per function that calls into this object, because Apps Script only sees
 * top-level `function` declarations with `@customfunction`
 * (https://developers.google.com/apps-script/guides/sheets/functions#autocomplete).
 */
import { CUSTOM_FUNCTIONS } from '../shared/functions/functions.js';
import type { CallContext } from '../shared/functions/custom-function.js';
import { activeSpreadsheetZone } from './spreadsheet-zone.js';

/** A fresh context per call: the zone is read at most once per call, and only if needed. */
const callContext = (): CallContext => ({ now: () => Date.now(), zone: activeSpreadsheetZone() });

export type CustomFunctionTable = Record<string, (...args: unknown[]) => unknown>;

export function bindCustomFunctions(contextOf: () => CallContext = callContext): CustomFunctionTable {
  const table: CustomFunctionTable = {};
  for (const spec of CUSTOM_FUNCTIONS) {
    table[spec.name] = (...args: unknown[]) => spec.impl(args, contextOf());
  }
  return table;
}
