/**
 * The feed, cached in CacheService so a refresh storm from many extensions costs one read of
 * the sheet. A cache value holds at most 100 KB (https://developers.google.com/apps-script/reference/cache/cache#put(String,String)), so a large feed is
 * stored in chunks written and read with one putAll / getAll. Keys carry the content revision
 * (bumped on every write) and the day (statuses and due flags change at midnight).
 * The head item holds the chunk count and the feed's revision label, whose last part is a hash
 * of the content: a change that bumps no counter (a write by another script, an edit whose event
 * Google dropped, a row insert: https://developers.google.com/apps-script/guides/triggers#restrictions)
 * gives a new label once the cached copy expires, within TTL_SECONDS, so `?since=` never holds
 * a stale copy longer than that.
 */
// Characters, not bytes: at most 3 UTF-8 bytes each, so a chunk stays under 100 KB. A feed of
// plain ASCII (the usual case: JSON escapes nothing, but titles in most languages are ASCII) takes
// one byte per character, so its chunks can be three times longer: a 5,000-key-result feed with
// its check-in history (about 8.5 MB) then fits the chunk limit below.
const CHUNK = 30_000;
const ASCII_CHUNK = 95_000;
const NOT_ASCII = /[\u0080-\uffff]/;
const TTL_SECONDS = 600;
/** CacheService holds 1,000 items; leave room for other keys. */
const MAX_CHUNKS = 200;

function prefix(revision: string, day: string): string {
  return `feed:${revision}:${day}`;
}

/** A feed's head item: `<chunks>|<revision label>`. */
function parseHead(head: string | null): { count: number; label: string } | null {
  const match = head === null ? null : /^(\d+)\|(.+)$/.exec(head);
  return match === null ? null : { count: Number(match[1]), label: match[2] };
}

/** The revision label of the feed cached for this counter and day, or null: one cache read. */
export function cachedLabel(revision: string, day: string): string | null {
  return parseHead(CacheService.getScriptCache().get(`${prefix(revision, day)}:n`))?.label ?? null;
}

export function cachedFeed(revision: string, day: string): { text: string; label: string } | null {
  const cache = CacheService.getScriptCache();
  const head = parseHead(cache.get(`${prefix(revision, day)}:n`));
  if (head === null) return null;
  const { count, label } = head;
  const keys = Array.from({ length: count }, (_, i) => `${prefix(revision, day)}:${i}`);
  const parts = cache.getAll(keys);
  let text = '';
  for (const key of keys) {
    const part = parts[key];
    if (part === undefined) return null; // a chunk was evicted: rebuild
    text += part;
  }
  return { text, label };
}

/**
 * A short hash of the feed's content (FNV-1a, 32 bits): the revision label's last part. Not a
 * security measure, only a change detector, so a collision costs one missed refresh.
 */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function cacheFeed(revision: string, day: string, text: string, label: string): boolean {
  const chunk = NOT_ASCII.test(text) ? CHUNK : ASCII_CHUNK;
  const count = Math.ceil(text.length / chunk) || 1;
  if (count > MAX_CHUNKS) return false;
  const items: Record<string, string> = {};
  for (let i = 0; i < count; i++) items[`${prefix(revision, day)}:${i}`] = text.slice(i * chunk, (i + 1) * chunk);
  const cache = CacheService.getScriptCache();
  try {
    cache.putAll(items, TTL_SECONDS);
    // The head goes last: a reader that finds it finds every chunk.
    cache.put(`${prefix(revision, day)}:n`, `${count}|${label}`, TTL_SECONDS);
    return true;
  } catch {
    // A full or refusing cache only costs speed.
    return false;
  }
}
