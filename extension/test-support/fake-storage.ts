/**
 * A storage area (storage.local, storage.session) in memory. Unlike the real areas it keeps
 * structured clones (the real ones store JSON), fires onChanged synchronously after each write,
 * and has no quotas. Areas share the one storage.onChanged, which names the area.
 */
import { FakeEvent } from './fake-event.js';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export function createFakeStorage(count: (call: string) => void, name: 'local' | 'session' = 'local', onChanged = new FakeEvent<[Changes, string]>()) {
  const store = new Map<string, unknown>();
  const announce = (changes: Changes) => {
    if (Object.keys(changes).length > 0) onChanged.emit(changes, name);
  };
  const area = {
    async get(keys?: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
      count(`storage.${name}.get`);
      const result: Record<string, unknown> = {};
      if (keys === null || keys === undefined) {
        for (const [key, value] of store) result[key] = structuredClone(value);
        return result;
      }
      const wanted = typeof keys === 'string' ? { [keys]: undefined } : Array.isArray(keys) ? Object.fromEntries(keys.map((key) => [key, undefined])) : keys;
      for (const [key, fallback] of Object.entries(wanted)) {
        if (store.has(key)) result[key] = structuredClone(store.get(key));
        else if (fallback !== undefined) result[key] = fallback;
      }
      return result;
    },
    async set(items: Record<string, unknown>): Promise<void> {
      count(`storage.${name}.set`);
      const changes: Changes = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: store.get(key), newValue: structuredClone(value) };
        store.set(key, structuredClone(value));
      }
      announce(changes);
    },
    async remove(keys: string | string[]): Promise<void> {
      count(`storage.${name}.remove`);
      const changes: Changes = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (store.has(key)) changes[key] = { oldValue: store.get(key) };
        store.delete(key);
      }
      announce(changes);
    },
  };
  return { store, area, onChanged };
}
