/**
 * The custom functions as Apps Script calls them: positional arguments, the clock supplied
 * here (the core never reads it). The build writes a top-level JSDoc'd stub per function that
 * calls into this object, because Apps Script only sees top-level `function` declarations
 * with `@customfunction` (https://developers.google.com/apps-script/guides/sheets/functions#autocomplete, https://developers.google.com/apps-script/guides/sheets/functions#function_naming).
 */
import { CUSTOM_FUNCTIONS } from '../shared/functions.js';
import type { CallContext } from '../shared/custom-function.js';

const context: CallContext = { now: () => Date.now() };

export type CustomFunctionTable = Record<string, (...args: unknown[]) => unknown>;

export function bindCustomFunctions(ctx: CallContext = context): CustomFunctionTable {
  const table: CustomFunctionTable = {};
  for (const spec of CUSTOM_FUNCTIONS) {
    table[spec.name] = (...args: unknown[]) => spec.impl(args, ctx);
  }
  return table;
}
