/**
 * LockService (https://developers.google.com/apps-script/reference/lock). One process runs one execution at a time, so locks
 * are bookkeeping: `runtime.locks` can make "another execution" hold a lock (for ever, or for
 * some milliseconds of the runtime clock). Waiting advances the runtime clock instead of
 * sleeping: `tryLock(ms)` succeeds if the other holder lets go within `ms`, else fails after
 * moving the clock by `ms`. `endExecution()` releases this execution's locks, as the end of a
 * script does.
 */
import { instrument } from './call-counter.js';
import type { RuntimeContext } from './context.js';

type Scope = string;

interface Holder {
  execution: number;
  /** Runtime-clock time the holder lets go, or Infinity. */
  until: number;
}

export class LockRegistry {
  private readonly holders = new Map<Scope, Holder>();
  private execution = 1;
  private nextOther = -1;

  constructor(private readonly ctx: RuntimeContext) {}

  private hold(scope: Scope, forMs?: number): { release(): void } {
    const holder = { execution: this.nextOther--, until: forMs === undefined ? Infinity : this.ctx.nowMs() + forMs };
    this.holders.set(scope, holder);
    return { release: () => (this.holders.get(scope) === holder ? this.holders.delete(scope) : undefined) };
  }

  /** Simulates another execution holding the script lock (until released, or for `forMs`). */
  holdScriptLock(options: { forMs?: number } = {}): { release(): void } {
    return this.hold('script', options.forMs);
  }
  holdDocumentLock(options: { forMs?: number } = {}): { release(): void } {
    return this.hold('document', options.forMs);
  }
  holdUserLock(email = this.ctx.options.user, options: { forMs?: number } = {}): { release(): void } {
    return this.hold(`user:${email}`, options.forMs);
  }

  /** Ends the current execution: its locks are released and later calls are a new execution. */
  endExecution(): void {
    for (const [scope, holder] of this.holders) if (holder.execution === this.execution) this.holders.delete(scope);
    this.execution++;
  }

  held(scope: Scope): boolean {
    return this.holders.get(scope)?.execution === this.execution;
  }

  acquire(scope: Scope, timeoutMs: number): boolean {
    const holder = this.holders.get(scope);
    const now = this.ctx.nowMs();
    if (holder === undefined || holder.execution === this.execution || holder.until <= now) {
      this.holders.set(scope, { execution: this.execution, until: Infinity });
      return true;
    }
    if (holder.until - now <= timeoutMs) {
      this.ctx.clock.advance(holder.until - now);
      this.holders.set(scope, { execution: this.execution, until: Infinity });
      return true;
    }
    this.ctx.clock.advance(timeoutMs);
    return false;
  }

  release(scope: Scope): void {
    if (this.held(scope)) this.holders.delete(scope);
  }
}

function checkTimeout(lock: FakeLock, timeoutInMillis: number): number {
  if (typeof timeoutInMillis !== 'number' || !Number.isFinite(timeoutInMillis) || timeoutInMillis < 0) lock.ctx.fail('Invalid argument: timeoutInMillis');
  return timeoutInMillis;
}

export class FakeLock {
  constructor(
    readonly ctx: RuntimeContext,
    readonly registry: LockRegistry,
    readonly scope: Scope,
  ) {}
  tryLock(timeoutInMillis: number): boolean {
    return this.registry.acquire(this.scope, checkTimeout(this, timeoutInMillis));
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.registry.acquire(this.scope, checkTimeout(this, timeoutInMillis))) this.ctx.fail('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.registry.held(this.scope);
  }
  releaseLock(): void {
    this.registry.release(this.scope);
  }
}

export class FakeLockService {
  constructor(
    readonly ctx: RuntimeContext,
    readonly registry: LockRegistry,
  ) {}
  getScriptLock(): FakeLock {
    return new FakeLock(this.ctx, this.registry, 'script');
  }
  /** The spreadsheet's lock: this runtime's script is bound to it, so never null (https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()). */
  getDocumentLock(): FakeLock {
    return new FakeLock(this.ctx, this.registry, 'document');
  }
  getUserLock(): FakeLock {
    return new FakeLock(this.ctx, this.registry, `user:${this.ctx.options.user}`);
  }
}

instrument(FakeLock, 'Lock');
instrument(FakeLockService, 'LockService');
