/**
 * Counts service calls by `Class.method` so tests can prove batching (one `getValues` for a
 * whole sheet, one custom-function call for a whole column). Not a Google service: Apps Script
 * has no call counter, but every call into a real service is a round trip worth counting
 * (https://developers.google.com/apps-script/guides/support/best-practices#minimize_calls_to_other_services).
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls of one method, e.g. `count('Range.getValues')` or `count('customFunction.OKR_GRADE')`. */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** Calls of every method of one class or service: `byService('Range')`. */
  byService(service: string): number {
    const prefix = `${service}.`;
    let sum = 0;
    for (const [key, n] of this.counts) if (key.startsWith(prefix)) sum += n;
    return sum;
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.counts.clear();
  }

  /** The counts so far, keys sorted, for `toEqual` assertions and diffs. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/** What an instrumented object must carry: the counter, and a guard run before each call. */
interface Instrumented {
  readonly ctx: { readonly calls: CallCounter; readonly mode: { kind: string }; guard(key: string, method: string): void };
}

type AnyMethod = (this: Instrumented, ...args: unknown[]) => unknown;

/** The prefix of calls made inside a custom function: `inCustomFunction:Spreadsheet.getSpreadsheetTimeZone`. */
const IN_CUSTOM_FUNCTION = 'inCustomFunction:';

const instrumented = new WeakSet<object>();

/**
 * Wraps every method of `cls` (and of its base classes) once, so that each call records
 * `service.method` and runs the runtime's guard first (e.g. "no writes from a custom
 * function"). Facade classes hold only Apps Script methods; helpers live elsewhere, so nothing
 * internal is counted.
 */
export function instrument(cls: abstract new (...args: never[]) => unknown, service: string): void {
  for (let proto = cls.prototype as object; proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object) {
    if (instrumented.has(proto)) continue;
    instrumented.add(proto);
    for (const name of Object.getOwnPropertyNames(proto)) {
      if (name === 'constructor') continue;
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (descriptor === undefined || typeof descriptor.value !== 'function') continue;
      const method = descriptor.value as AnyMethod;
      const key = `${service}.${name}`;
      const wrapped = function (this: Instrumented, ...args: unknown[]): unknown {
        // Each custom-function call is an execution of its own in Sheets
        // (https://developers.google.com/apps-script/guides/sheets/functions#optimization), so what
        // it calls is counted apart from the action whose write made the formulas recalculate.
        this.ctx.calls.record(this.ctx.mode.kind === 'customFunction' ? `${IN_CUSTOM_FUNCTION}${key}` : key);
        this.ctx.guard(key, name);
        return method.apply(this, args);
      };
      Object.defineProperty(wrapped, 'name', { value: name });
      Object.defineProperty(proto, name, { ...descriptor, value: wrapped });
    }
  }
}
