/**
 * What every fake of one runtime shares: the call counter, the clock, the options, the realm
 * the add-on runs in, and the execution mode. A custom-function execution may only read the
 * spreadsheet and has no user identity (https://developers.google.com/apps-script/guides/sheets/functions, https://developers.google.com/apps-script/reference/base/session#getActiveUser()), so the fakes check the
 * mode before every call.
 */
import { CallCounter } from './call-counter.js';
import { Clock } from './clock.js';
import { exception, TEST_REALM, type Realm } from './realm.js';

export interface ResolvedOptions {
  /** The spreadsheet's zone. */
  timeZone: string;
  /** The script's zone (the manifest's), which is also the add-on realm's local zone. */
  scriptTimeZone: string;
  user: string;
  owner: string;
  spreadsheetName: string;
  maxRows: number;
  maxColumns: number;
  htmlDir: string;
}

/** Where the script is running: a normal execution, or a custom function computing `cell`. */
export type ExecutionMode = { kind: 'normal' } | { kind: 'customFunction'; sheet: number; row: number; column: number };

const GUARDED_SERVICES = new Set(['Spreadsheet', 'Sheet', 'Range', 'Protection']);
const WRITE_METHOD = /^(set|insert|append|clear|delete|protect|hide|unhide|show|activate|remove|toast|merge|sort|copyTo|move|check|uncheck|autoResize|update)/;

export class RuntimeContext {
  readonly calls = new CallCounter();
  readonly logs: string[] = [];
  readonly clock: Clock;
  realm: Realm = TEST_REALM;
  mode: ExecutionMode = { kind: 'normal' };
  private readonly sequences = new Map<string, number>();

  constructor(readonly options: ResolvedOptions, now: () => Date) {
    this.clock = new Clock(now);
  }

  /** Runs before every counted call: custom functions get a read-only spreadsheet. */
  guard(key: string, method: string): void {
    if (this.mode.kind !== 'customFunction') return;
    const service = key.slice(0, key.indexOf('.'));
    if (GUARDED_SERVICES.has(service) && WRITE_METHOD.test(method)) {
      // The documented rule is "read-only"; the exact message is the one users report (unverified).
      this.fail(`You do not have permission to call ${method}`);
    }
  }

  /** Throws an Apps Script `Exception` made in the add-on's realm. */
  fail(message: string): never {
    throw exception(this.realm, message);
  }

  /** Makes `nextId(kind)` answer more than `id` (an id restored from a snapshot). */
  reserveId(kind: string, id: number): void {
    this.sequences.set(kind, Math.max(this.sequences.get(kind) ?? 0, id));
  }

  /** 1, 2, 3… per kind of id, per runtime (chart ids). */
  nextId(kind: string): number {
    const next = (this.sequences.get(kind) ?? 0) + 1;
    this.sequences.set(kind, next);
    return next;
  }

  newDate(ms: number): Date {
    return new this.realm.Date(ms);
  }

  nowMs(): number {
    return this.clock.nowMs();
  }

  /** The user Session reports: nobody inside a custom function. */
  activeUser(): string {
    return this.mode.kind === 'customFunction' ? '' : this.options.user;
  }

  /** Runs `body` as a custom-function execution for the given cell (0-based engine address). */
  asCustomFunction<T>(cell: { sheet: number; row: number; col: number }, body: () => T): T {
    const previous = this.mode;
    this.mode = { kind: 'customFunction', sheet: cell.sheet, row: cell.row, column: cell.col };
    try {
      return body();
    } finally {
      this.mode = previous;
    }
  }
}

/** Apps Script's message when arguments do not fit any overload of a method. */
export function signatureMismatch(ctx: RuntimeContext, method: string, args: readonly unknown[]): never {
  const types = args.map((a) => {
    if (a === null) return 'null';
    if (Array.isArray(a)) return 'number[]';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'boolean') return 'Boolean';
    return typeof a === 'undefined' ? 'undefined' : 'Object';
  });
  return ctx.fail(`The parameters (${types.join(',')}) don't match the method signature for ${method}.`);
}
