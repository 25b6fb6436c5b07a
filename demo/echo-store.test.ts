import { describe, expect, it } from 'vitest';
import { EchoStore } from './echo-store.js';

const answer = (body: string) => ({ type: 'application/json; charset=utf-8', body });

describe('EchoStore', () => {
  it('hands an answer over once', () => {
    const store = new EchoStore();
    const key = store.put(answer('{"a":1}'));
    expect(store.take(key)).toEqual(answer('{"a":1}'));
    expect(store.take(key)).toBeUndefined();
  });

  it.each(['', 'unknown', '__proto__', 'constructor'])('gives nothing for the key %j it never gave', (key) => {
    const store = new EchoStore();
    store.put(answer('{}'));
    expect(store.take(key)).toBeUndefined();
  });

  it('gives a different unguessable key to each answer', () => {
    const store = new EchoStore();
    const keys = new Set(Array.from({ length: 200 }, (_, i) => store.put(answer(String(i)))));
    expect(keys.size).toBe(200);
    for (const key of keys) expect(key).toMatch(/^[\w-]{32}$/);
  });

  it('drops an answer nobody fetched once it expires', () => {
    let now = 0;
    const store = new EchoStore(1_000, () => now);
    const stale = store.put(answer('old'));
    now = 1_001;
    expect(store.take(stale)).toBeUndefined();
    const kept = store.put(answer('kept'));
    now = 1_500;
    expect(store.take(kept)).toEqual(answer('kept'));
  });

  it('does not grow with answers that are never fetched', () => {
    let now = 0;
    const store = new EchoStore(1_000, () => now);
    for (let i = 0; i < 100; i++) {
      store.put(answer(String(i)));
      now += 100;
    }
    // Only the answers of the last second are still held.
    expect(store.size).toBeLessThanOrEqual(11);
  });
});
