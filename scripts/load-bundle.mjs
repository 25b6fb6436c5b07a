// Evaluates the Apps Script bundle in a bare V8 context, the way Apps Script runs it: no
// `require`, no `process`, no Node globals, only what the `globals` argument supplies.
import vm from 'node:vm';

export const APPS_SCRIPT_GLOBAL = 'okrSheets';

/**
 * Runs `code` in a new context and returns that context (its globals: the bundle object and
 * every top-level stub). `globals` are the fakes of Apps Script services.
 */
export function loadContext(code, globals = {}, filename = 'Code.js') {
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename });
  return context;
}

/** The bundle object (`okrSheets`) of `code`. */
export function loadBundle(code, globals = {}) {
  return loadContext(code, globals)[APPS_SCRIPT_GLOBAL];
}
