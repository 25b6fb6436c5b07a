/**
 * Loads the built add-on (dist/apps-script/Code.js, or the given code) into a bare `node:vm`
 * context whose globals are the runtime's fakes, the way Apps Script runs it, and whose Date reads
 * the runtime's clock; switches the fakes to the context's Date and Error; and hands the bundle's custom functions to the formula engine.
 * Returns the context: its top-level functions (OKR_GRADE, onOpen, doGet, ...).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { APPS_SCRIPT_GLOBAL, loadContext } from '../../scripts/load-bundle.mjs';
import type { Runtime } from './index.js';
import type { Realm } from './realm.js';
import { installClock } from './realm-clock.js';

export const CODE_PATH = fileURLToPath(new URL('../../dist/apps-script/Code.js', import.meta.url));

/**
 * The loaded add-on: the vm context's globals, whatever Code.js defines (OKR_GRADE, onOpen,
 * doGet, okrSheets...). Tests call them as a script would, so their types are unknown here.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the context holds whatever Code.js defines
export type AddOn = Record<string, any>;

export function loadAddOn(runtime: Runtime, code?: string): AddOn {
  if (code === undefined && !existsSync(CODE_PATH)) throw new Error(`loadAddOn: ${CODE_PATH} is missing; run \`node scripts/build.mjs apps-script\` first`);
  const source = code ?? readFileSync(CODE_PATH, 'utf8');
  if (typeof source !== 'string') throw new Error('loadAddOn: code must be the text of Code.js');
  // The add-on's Date.now() and new Date() read the runtime's clock, never the machine's.
  const context = loadContext(source, runtime.globals, 'Code.js', (realm: vm.Context) => installClock(realm, () => runtime.clock.now().getTime()));
  const realm = vm.runInContext('({ Date: Date, Error: Error })', context) as Realm;
  runtime.attach(context, realm);
  const bundle = context[APPS_SCRIPT_GLOBAL] as { customFunctions?: unknown } | undefined;
  if (typeof bundle !== 'object' || bundle === null || typeof bundle.customFunctions !== 'object' || bundle.customFunctions === null) {
    throw new Error(`loadAddOn: the code defines no ${APPS_SCRIPT_GLOBAL}.customFunctions; is it the built Code.js?`);
  }
  runtime.useFunctions(bundle.customFunctions as Record<string, (...args: unknown[]) => unknown>);
  return context;
}
