/**
 * PropertiesService (https://developers.google.com/apps-script/reference/properties): string stores per script, per user and per
 * document. Values are coerced to strings, `getProperty` gives null when missing and
 * `getProperties` a copy. Limits: 9 KB a value, 500 KB a store (UTF-8 bytes of keys and
 * values). The per-value error text is the one users report (unverified); the daily read/write
 * quota is not counted.
 */
import { instrument } from './call-counter.js';
import { signatureMismatch, type RuntimeContext } from './context.js';

export const VALUE_LIMIT_BYTES = 9 * 1024;
export const STORE_LIMIT_BYTES = 500 * 1024;
const QUOTA_MESSAGE = 'You have exceeded the property storage quota. Please remove some properties and try again.';

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function storeSize(store: Map<string, string>): number {
  let total = 0;
  for (const [k, v] of store) total += bytes(k) + bytes(v);
  return total;
}

export class FakeProperties {
  constructor(
    readonly ctx: RuntimeContext,
    readonly store: Map<string, string>,
  ) {}
  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }
  getKeys(): string[] {
    return [...this.store.keys()];
  }
  setProperty(key: string, value: unknown): this {
    if (key === undefined || key === null || String(key) === '') this.ctx.fail('Invalid argument: key');
    return replaceAll(this, new Map([...this.store, [String(key), String(value)]]));
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): this {
    if (typeof properties !== 'object' || properties === null) signatureMismatch(this.ctx, 'Properties.setProperties', [properties]);
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of Object.entries(properties)) next.set(k, String(v));
    return replaceAll(this, next);
  }
  deleteProperty(key: string): this {
    this.store.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.store.clear();
    return this;
  }
}

/** Checks the limits on the would-be contents, then swaps them in (all or nothing). */
function replaceAll<P extends FakeProperties>(properties: P, next: Map<string, string>): P {
  for (const value of next.values()) if (bytes(value) > VALUE_LIMIT_BYTES) properties.ctx.fail('Argument too large: value');
  if (storeSize(next) > STORE_LIMIT_BYTES) properties.ctx.fail(QUOTA_MESSAGE);
  properties.store.clear();
  for (const [k, v] of next) properties.store.set(k, v);
  return properties;
}

/** Every store of one runtime: one for the script, one for the document, one per user. */
export class PropertyStores {
  readonly script = new Map<string, string>();
  readonly document = new Map<string, string>();
  readonly users = new Map<string, Map<string, string>>();

  user(email: string): Map<string, string> {
    let store = this.users.get(email);
    if (store === undefined) {
      store = new Map();
      this.users.set(email, store);
    }
    return store;
  }
}

export class FakePropertiesService {
  constructor(
    readonly ctx: RuntimeContext,
    readonly stores: PropertyStores,
  ) {}
  getScriptProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.script);
  }
  getDocumentProperties(): FakeProperties {
    return new FakeProperties(this.ctx, this.stores.document);
  }
  /** The active user's store; inside a custom function, the owner's (https://developers.google.com/apps-script/guides/sheets/functions). */
  getUserProperties(): FakeProperties {
    const user = this.ctx.mode.kind === 'customFunction' ? this.ctx.options.owner : this.ctx.options.user || this.ctx.options.owner;
    return new FakeProperties(this.ctx, this.stores.user(user));
  }
}

instrument(FakeProperties, 'Properties');
instrument(FakePropertiesService, 'PropertiesService');
