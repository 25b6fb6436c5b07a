// A published tracker of any size in the local Apps Script runtime, the way
// test/add-on/batching.test.ts grows one: the add-on's own empty template, then key results
// and check-ins written in one block each. Check-in j belongs to key result j mod K and holds
// j mod 100, so the feed's current value of every key result is known in advance.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN = 'bench-token-0123456789';
const TOKEN_PROPERTY = 'okrSheets.feedToken';
/** Empty grid rows left below the log, as a real log has: appending never waits for the grid to grow. */
const SPARE_ROWS = 1_000;

function ensureRows(sheet, rows) {
  if (rows > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
}

/** The value the bulk log leaves as key result `index`'s latest (null: it has no check-in). */
export function latestBulkValue(index, keyResults, checkIns) {
  if (index >= checkIns) return null;
  const last = index + Math.floor((checkIns - 1 - index) / keyResults) * keyResults;
  return last % 100;
}

/**
 * `modules` from typescript-modules.mjs. The runtime's zone is this process's own, as Apps
 * Script runs a script in its spreadsheet's zone: the fakes then take their fast path for dates
 * (see the bench notes). Its clock stands at `now`, before any post the bench makes.
 */
export function grownTracker(modules, root, { keyResults, checkIns, now }) {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  // The script's zone is this process's too (the runtime refuses any other).
  const runtime = modules.createRuntime({ now: () => new Date(now), timeZone, scriptTimeZone: timeZone, spreadsheetName: `Bench tracker (${keyResults} key results)` });
  const addOn = modules.loadAddOn(runtime, readFileSync(join(root, 'dist/apps-script/Code.js'), 'utf8'));
  const spreadsheet = runtime.spreadsheet;
  const bundle = addOn.okrSheets;
  bundle.setUpTracker(spreadsheet, bundle.silentDialogs(true), now, false);

  const kr = spreadsheet.getSheetByName('Key Results');
  ensureRows(kr, keyResults + 1);
  kr.getRange(2, 1, keyResults, 7).setValues(Array.from({ length: keyResults }, (_, i) => [`K${i}`, 'O1', `Key result ${i}`, i % 2 ? 'Ana' : 'Ben', 'increase', 0, 100]));
  const log = spreadsheet.getSheetByName('Check-ins');
  ensureRows(log, checkIns + 1 + SPARE_ROWS);
  const entries = Array.from({ length: checkIns }, (_, j) => [new Date(now - (checkIns - j) * 60_000), `K${j % keyResults}`, j % 100, 7, '', 'a@example.com', `bulk-${j}`]);
  log.getRange(2, 1, checkIns, 7).setValues(entries);
  spreadsheet.getSheetByName('Objectives').getRange(2, 1, 1, 3).setValues([['O1', 'Everything', 'Ana']]);
  runtime.globals.PropertiesService.getScriptProperties().setProperty(TOKEN_PROPERTY, TOKEN);
  // The engine recalculates the grown sheets here, once, rather than inside the first doGet.
  runtime.globals.SpreadsheetApp.flush();
  return { runtime, addOn, keyResults, checkIns };
}

/** A new content revision: the next doGet misses the cache and reads the sheets, nothing else changes. */
export function invalidateFeedCache(tracker, label) {
  tracker.runtime.globals.PropertiesService.getScriptProperties().setProperty('okrSheets.revision', `bench-${label}`);
}
