import { describe, expect, it } from 'vitest';
import { MAX_ITEMS, MAX_VALUE_BYTES } from './cache.js';
import { useRuntime } from './fixtures.js';

function cacheAt(start = Date.parse('2026-01-15T15:00:00Z')) {
  let now = start;
  const runtime = useRuntime({ now: () => new Date(now) });
  return { runtime, cache: runtime.services.CacheService.getScriptCache(), tick: (seconds: number) => (now += seconds * 1000) };
}

describe('CacheService (https://developers.google.com/apps-script/reference/cache/cache)', () => {
  it('gives back what was put, null when missing, and strings always', () => {
    const { cache } = cacheAt();
    cache.put('a', 42 as never);
    expect([cache.get('a'), cache.get('b')]).toEqual(['42', null]);
  });

  it('expires after 600 s by default, on the runtime clock', () => {
    const { cache, tick } = cacheAt();
    cache.put('a', '1');
    tick(599);
    expect(cache.get('a')).toBe('1');
    tick(1);
    expect(cache.get('a')).toBeNull();
  });

  it('clamps expiry to 1–21,600 s', () => {
    const { cache, tick } = cacheAt();
    cache.put('long', 'x', 999_999);
    cache.put('short', 'x', -5);
    tick(1);
    expect(cache.get('short')).toBeNull();
    tick(21_598);
    expect(cache.get('long')).toBe('x');
    tick(1);
    expect(cache.get('long')).toBeNull();
  });

  it('advances with Utilities.sleep', () => {
    const { runtime, cache } = cacheAt();
    cache.put('a', '1', 2);
    runtime.services.Utilities.sleep(2000);
    expect(cache.get('a')).toBeNull();
  });

  it('gets, puts and removes many at once, returning only keys found', () => {
    const { cache } = cacheAt();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.removeAll(['b']);
    cache.remove('c');
    expect(cache.getAll(['a', 'b', 'c', 'd'])).toEqual({ a: '1' });
  });

  it('evicts the ~100 oldest items when 1,000 are stored', () => {
    const { cache } = cacheAt();
    for (let i = 0; i < MAX_ITEMS; i++) cache.put(`k${i}`, 'v');
    cache.put('new', 'v');
    expect([cache.get('k0'), cache.get('k99'), cache.get('k100'), cache.get('new')]).toEqual([null, null, 'v', 'v']);
  });

  it('keeps the user cache per user and apart from the script cache', () => {
    const { runtime, cache } = cacheAt();
    cache.put('k', 'script');
    expect(runtime.services.CacheService.getUserCache().get('k')).toBeNull();
    expect(runtime.services.CacheService.getScriptCache().get('k')).toBe('script');
  });

  it.each([
    [() => ['', 'v'], 'Invalid argument: key'],
    [() => ['k'.repeat(251), 'v'], 'Argument too large: key'],
    [() => ['k', 'v'.repeat(MAX_VALUE_BYTES + 1)], 'Argument too large: value'],
  ])('rejects bad input (%#)', (args, message) => {
    const { cache } = cacheAt();
    const [key, value] = args();
    expect(() => cache.put(key, value)).toThrow(message);
  });

  it('accepts a value of exactly 102,400 bytes', () => {
    const { cache } = cacheAt();
    cache.put('k', 'v'.repeat(MAX_VALUE_BYTES));
    expect(cache.get('k')?.length).toBe(MAX_VALUE_BYTES);
  });
});
