// Splits a web-app call's time into the add-on's own script and the services it calls. In
// Apps Script the services run on Google's servers at their own speed; here they are the
// local fakes, and the formula engine recalculates the sheet inside `SpreadsheetApp.flush`.
// Timing them apart keeps the fakes' cost from passing for the add-on's.

/** The services whose calls are timed, as the runtime's globals name them. */
export const TIMED_SERVICES = ['SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'CacheService', 'Cache', 'PropertiesService', 'Properties', 'LockService', 'Lock'];

/** One object of each timed service class, reached from the runtime's globals. */
function sampleServices(runtime) {
  const { SpreadsheetApp, CacheService, PropertiesService, LockService } = runtime.globals;
  const spreadsheet = runtime.spreadsheet;
  const sheet = spreadsheet.getSheets()[0];
  return [SpreadsheetApp, spreadsheet, sheet, sheet.getRange(1, 1), CacheService, CacheService.getScriptCache(), PropertiesService, PropertiesService.getScriptProperties(), LockService, LockService.getScriptLock()];
}

/**
 * Wraps every method of the service classes (their prototypes, shared by every runtime of this
 * bundle) so that the time inside the outermost service call adds up in `elapsedMs()`; nested
 * calls (a Range method a Sheet method calls) count once. `stop()` puts the methods back.
 */
export function startServiceTimer(runtime) {
  let depth = 0;
  let elapsed = 0;
  const restore = [];
  const wrapped = new Set();
  for (const service of sampleServices(runtime)) {
    for (let proto = Object.getPrototypeOf(service); proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
      if (wrapped.has(proto)) continue;
      wrapped.add(proto);
      for (const name of Object.getOwnPropertyNames(proto)) {
        const descriptor = Object.getOwnPropertyDescriptor(proto, name);
        if (name === 'constructor' || descriptor === undefined || typeof descriptor.value !== 'function') continue;
        const method = descriptor.value;
        const timed = function (...args) {
          if (depth > 0) return method.apply(this, args);
          depth = 1;
          const start = performance.now();
          try {
            return method.apply(this, args);
          } finally {
            elapsed += performance.now() - start;
            depth = 0;
          }
        };
        Object.defineProperty(timed, 'name', { value: method.name });
        Object.defineProperty(proto, name, { ...descriptor, value: timed });
        restore.push([proto, name, descriptor]);
      }
    }
  }
  return {
    elapsedMs: () => elapsed,
    stop() {
      for (const [proto, name, descriptor] of restore.reverse()) Object.defineProperty(proto, name, descriptor);
      restore.length = 0;
    },
  };
}
