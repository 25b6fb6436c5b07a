import { describe, expect, it } from 'vitest';
import { useRuntime } from './fixtures.js';

function locks() {
  const now = Date.parse('2026-01-15T15:00:00Z');
  const runtime = useRuntime({ now: () => new Date(now) });
  return { runtime, service: runtime.services.LockService, now: () => runtime.clock.now().getTime() - now };
}

describe('LockService (https://developers.google.com/apps-script/reference/lock)', () => {
  it('takes, holds and releases a free lock', () => {
    const { service } = locks();
    const lock = service.getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.tryLock(1000)).toBe(true);
    expect(service.getScriptLock().hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.releaseLock();
  });

  it('fails tryLock while another execution holds the lock, after waiting the timeout', () => {
    const { runtime, service, now } = locks();
    const other = runtime.locks.holdScriptLock();
    expect(service.getScriptLock().tryLock(5000)).toBe(false);
    expect(now()).toBe(5000);
    expect(service.getDocumentLock().tryLock(0)).toBe(true);
    other.release();
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  it('throws the timeout message from waitLock', () => {
    const { runtime, service } = locks();
    runtime.locks.holdScriptLock();
    expect(() => service.getScriptLock().waitLock(10_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
  });

  it('gets the lock once the other holder lets go within the timeout', () => {
    const { runtime, service, now } = locks();
    runtime.locks.holdScriptLock({ forMs: 3000 });
    expect(service.getScriptLock().tryLock(10_000)).toBe(true);
    expect(now()).toBe(3000);
  });

  it('releases this execution’s locks when it ends', () => {
    const { runtime, service } = locks();
    service.getScriptLock().waitLock(0);
    runtime.locks.endExecution();
    expect(service.getScriptLock().hasLock()).toBe(false);
    expect(service.getScriptLock().tryLock(0)).toBe(true);
  });

  it.each([-1, Number.NaN, '10'])('rejects the timeout %j', (timeout) => {
    const { service } = locks();
    expect(() => service.getScriptLock().tryLock(timeout as number)).toThrow('Invalid argument: timeoutInMillis');
  });
});
