/**
 * The runtime's clock: the caller's `now` plus the time "slept" by `Utilities.sleep` and lock
 * waits, so time-dependent behaviour (cache expiry, lock timeouts, TODAY(), and the add-on's own
 * `Date.now()` / `new Date()`, see realm-clock.ts) is deterministic in tests. There is no
 * default source: a runtime on the real clock (the demo) says so where it is made.
 * Apps Script's clock is the server's; nothing ever advances it artificially.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly source: () => Date) {
    if (typeof source !== 'function') throw new Error('runtime clock: pass the source of the current time, e.g. () => new Date(Date.UTC(2026, 10, 23, 15))');
  }

  /** The current time in ms since the epoch. */
  nowMs(): number {
    const base = this.source();
    const time = base instanceof Date || Object.prototype.toString.call(base) === '[object Date]' ? base.getTime() : Number.NaN;
    if (!Number.isFinite(time)) throw new Error(`runtime clock: options.now() must return a valid Date, got ${String(base)}`);
    return time + this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new Error(`runtime clock: cannot advance by ${ms} ms`);
    this.offsetMs += ms;
  }
}
