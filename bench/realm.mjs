// The built Apps Script file, loaded the way Apps Script runs it: one bare V8 context with no
// Node globals.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadContext } from '../scripts/load-bundle.mjs';

/**
 * A loaded bundle: its context (the top-level stubs are its properties) and a maker of Dates
 * from that context's own `Date`. Apps Script hands a custom function Dates of its one realm;
 * Node's Dates would fail `instanceof Date` inside the bundle and take the slower cross-realm
 * check, timing a cost Sheets never pays.
 */
function realmOf(context) {
  const RealmDate = vm.runInContext('Date', context);
  return { context, date: (time) => new RealmDate(time) };
}

export function readAppsScript(root) {
  const file = join(root, 'dist/apps-script/Code.js');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` (or \`node scripts/build.mjs apps-script\`) first`);
  return readFileSync(file, 'utf8');
}

/**
 * The one service the custom functions call: the spreadsheet's zone, for the functions that do
 * calendar arithmetic. The bench's references compute in this process's zone, so the
 * spreadsheet is in it too.
 */
const SPREADSHEET_GLOBALS = {
  SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone }) },
};

/** Code.js in the context `scripts/load-bundle.mjs` makes, as every other test runs it. */
export function loadAppsScript(code) {
  return realmOf(loadContext(code, SPREADSHEET_GLOBALS));
}

/**
 * Code.js in a context without Node's contextify interceptors, or `null` where Node lacks
 * `vm.constants.DONT_CONTEXTIFY`. A contextified global answers every read of a built-in
 * (`Number`, `Math`, `Array`, `Date`…) through a C++ interceptor, some 0.3 µs each on this
 * machine (nodejs/node#31658); V8 in Apps Script has no such layer (an inference: Google does
 * not document its embedding), so this figure is the closer one to Sheets.
 */
export function loadAppsScriptPlain(code) {
  const noContextify = vm.constants?.DONT_CONTEXTIFY;
  if (noContextify === undefined) return null;
  const context = vm.createContext(noContextify);
  Object.assign(context, SPREADSHEET_GLOBALS);
  vm.runInContext(code, context, { filename: 'Code.js' });
  return realmOf(context);
}
