/**
 * CacheService (https://developers.google.com/apps-script/reference/cache/cache): string caches per script, user and document,
 * expiring on the runtime clock. Limits as measured: keys up to 250 characters, values up to
 * 102,400 bytes, expiry 600 s by default and clamped to 1–21,600 s, 1,000 items per cache with
 * the ~100 oldest evicted when full. Real caches may also drop items early; this one never does.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';

const MAX_KEY_LENGTH = 250;
export const MAX_VALUE_BYTES = 102_400;
export const MAX_ITEMS = 1_000;
const EVICT_COUNT = 100;
const DEFAULT_SECONDS = 600;
const MAX_SECONDS = 21_600;

interface Entry {
  value: string;
  expiresAt: number;
}

/** Entries in creation order, so eviction drops the oldest first. */
export type CacheStore = Map<string, Entry>;

function checkKey(cache: FakeCache, key: unknown): string {
  if (key === null || key === undefined || key === '') cache.ctx.fail('Invalid argument: key');
  const text = String(key);
  if (text.length > MAX_KEY_LENGTH) cache.ctx.fail('Argument too large: key');
  return text;
}

function checkValue(cache: FakeCache, value: unknown): string {
  const text = String(value);
  if (Buffer.byteLength(text, 'utf8') > MAX_VALUE_BYTES) cache.ctx.fail('Argument too large: value');
  return text;
}

function lifetimeMs(cache: FakeCache, seconds: unknown): number {
  if (seconds === undefined) return DEFAULT_SECONDS * 1000;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return signatureMismatch(cache.ctx, 'Cache.put', [seconds]);
  return Math.min(MAX_SECONDS, Math.max(1, Math.trunc(seconds))) * 1000;
}

function live(cache: FakeCache, key: string): Entry | undefined {
  const entry = cache.store.get(key);
  if (entry === undefined) return undefined;
  if (entry.expiresAt > cache.ctx.nowMs()) return entry;
  cache.store.delete(key);
  return undefined;
}

function store(cache: FakeCache, key: string, value: string, ms: number): void {
  cache.store.delete(key);
  if (cache.store.size >= MAX_ITEMS) {
    for (const k of [...cache.store.keys()]) live(cache, k);
    if (cache.store.size >= MAX_ITEMS) for (const k of [...cache.store.keys()].slice(0, EVICT_COUNT)) cache.store.delete(k);
  }
  cache.store.set(key, { value, expiresAt: cache.ctx.nowMs() + ms });
}

export class FakeCache {
  constructor(
    readonly ctx: RuntimeContext,
    readonly store: CacheStore,
  ) {}
  get(key: string): string | null {
    return live(this, checkKey(this, key))?.value ?? null;
  }
  /** Only the keys found. */
  getAll(keys: string[]): Record<string, string> {
    if (!Array.isArray(keys)) signatureMismatch(this.ctx, 'Cache.getAll', [keys]);
    const found: Record<string, string> = {};
    for (const key of keys) {
      const entry = live(this, checkKey(this, key));
      if (entry !== undefined) found[key] = entry.value;
    }
    return found;
  }
  put(key: string, value: unknown, expirationInSeconds?: number): void {
    store(this, checkKey(this, key), checkValue(this, value), lifetimeMs(this, expirationInSeconds));
  }
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    if (typeof values !== 'object' || values === null) signatureMismatch(this.ctx, 'Cache.putAll', [values]);
    const ms = lifetimeMs(this, expirationInSeconds);
    const checked = Object.entries(values).map(([k, v]) => [checkKey(this, k), checkValue(this, v)] as const);
    for (const [k, v] of checked) store(this, k, v, ms);
  }
  remove(key: string): void {
    this.store.delete(checkKey(this, key));
  }
  removeAll(keys: string[]): void {
    if (!Array.isArray(keys)) signatureMismatch(this.ctx, 'Cache.removeAll', [keys]);
    for (const key of keys) this.store.delete(checkKey(this, key));
  }
}

export class CacheStores {
  readonly script: CacheStore = new Map();
  readonly document: CacheStore = new Map();
  readonly users = new Map<string, CacheStore>();
}

export class FakeCacheService {
  constructor(
    readonly ctx: RuntimeContext,
    readonly stores: CacheStores,
  ) {}
  getScriptCache(): FakeCache {
    return new FakeCache(this.ctx, this.stores.script);
  }
  getDocumentCache(): FakeCache {
    return new FakeCache(this.ctx, this.stores.document);
  }
  getUserCache(): FakeCache {
    const user = this.ctx.activeUser() || this.ctx.options.owner;
    let cache = this.stores.users.get(user);
    if (cache === undefined) {
      cache = new Map();
      this.stores.users.set(user, cache);
    }
    return new FakeCache(this.ctx, cache);
  }
}

instrument(FakeCache, 'Cache');
instrument(FakeCacheService, 'CacheService');
