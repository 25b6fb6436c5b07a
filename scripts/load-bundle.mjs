// Evaluates the Apps Script bundle in a bare V8 context, the way Apps Script runs it: no
// `require`, no `process`, no Node globals, only what the `globals` argument supplies.
import vm from 'node:vm';

export const APPS_SCRIPT_GLOBAL = 'okrSheets';

/**
 * Runs `code` in a new context and returns that context (its globals: the bundle object and
 * every top-level stub). `globals` are the fakes of Apps Script services; `prepare(context)`
 * runs before the code, to adjust the realm's built-ins (the local runtime's clock-reading Date).
 */
export function loadContext(code, globals = {}, filename = 'Code.js', prepare = undefined) {
  // DONT_CONTEXTIFY gives an ordinary V8 global, without the interceptors Node puts on a
  // contextified object: those tax every read of a built-in (Math, Number, Date) 2.5–5× in the
  // custom functions, which Apps Script's own V8 does not pay (measured by npm run bench).
  const context = vm.createContext(vm.constants.DONT_CONTEXTIFY);
  Object.assign(context, globals);
  prepare?.(context);
  vm.runInContext(code, context, { filename });
  return context;
}

/** The bundle object (`okrSheets`) of `code`. */
export function loadBundle(code, globals = {}) {
  return loadContext(code, globals)[APPS_SCRIPT_GLOBAL];
}
