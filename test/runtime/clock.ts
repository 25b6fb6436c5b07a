/**
 * The runtime's clock: the caller's `now` plus the time "slept" by `Utilities.sleep` and lock
 * waits, so time-dependent behaviour (cache expiry, lock timeouts, TODAY()) is deterministic in
 * tests. Apps Script's clock is the server's; nothing ever advances it artificially.
 */
export class Clock {
  private offsetMs = 0;

  constructor(private readonly source: () => Date = () => new Date()) {}

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
