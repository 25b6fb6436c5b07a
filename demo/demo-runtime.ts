/**
 * The demo's spreadsheet: the local runtime with the built Code.js loaded, a new example
 * tracker published with the demo token, or the one saved by an earlier run. Saved by writing
 * a temporary file and renaming it, so a crash mid-write never leaves half a tracker behind.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRuntime, type Runtime } from '../test/runtime/index.js';
import { loadAddOn } from '../test/runtime/load-add-on.js';

export const DEMO_TOKEN = 'demo';
const TOKEN_PROPERTY = 'okrSheets.feedToken';

export interface DemoRuntimeOptions {
  /** Where the tracker is saved; omitted = kept in memory only. */
  dataFile?: string;
  /** Start from a new example tracker even when a saved one exists. */
  fresh?: boolean;
  now?: () => Date;
  code?: string;
}

function loadSnapshot(file: string | undefined, fresh: boolean | undefined): unknown {
  if (file === undefined || fresh || !existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function saveRuntime(runtime: Runtime, file: string | undefined): void {
  if (file === undefined) return;
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, JSON.stringify(runtime.toJSON()));
  renameSync(temporary, file);
}

/** A runtime holding the example tracker, published with the demo token. */
export function demoRuntime(options: DemoRuntimeOptions = {}): { runtime: Runtime; addOn: Record<string, any>; created: boolean } {
  const snapshot = loadSnapshot(options.dataFile, options.fresh);
  const runtime = createRuntime({ now: options.now, spreadsheetName: 'OKR tracker (demo)' }, snapshot);
  const addOn = loadAddOn(runtime, options.code);
  if (snapshot === undefined) {
    const now = (options.now ?? (() => new Date()))().getTime();
    const bundle = addOn.okrSheets;
    bundle.setUpTracker(runtime.spreadsheet, bundle.silentDialogs(true), now, true);
    (runtime.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties().setProperty(TOKEN_PROPERTY, DEMO_TOKEN);
    saveRuntime(runtime, options.dataFile);
  }
  return { runtime, addOn, created: snapshot === undefined };
}
