/**
 * The feed, cached in CacheService so a refresh storm from many extensions costs one read of
 * the sheet. A cache value holds at most 100 KB (apps-script-facts 4.7), so a large feed is
 * stored in chunks written and read with one putAll / getAll. Keys carry the content revision
 * (bumped on every write) and the day (statuses and due flags change at midnight).
 * The web app answers `?since=` with "unchanged" only while the feed is cached: a change that
 * bumps no revision (a write by another script or a structural change fires no onEdit) shows
 * within TTL_SECONDS.
 */
// Characters, not bytes: at most 3 UTF-8 bytes each, so a chunk stays under 100 KB. A feed of
// plain ASCII (the usual case: JSON escapes nothing, but titles in most languages are ASCII) takes
// one byte per character, so its chunks can be three times longer: a 5,000-key-result feed with
// its check-in history (about 8.5 MB) then fits the chunk limit below.
const CHUNK = 30_000;
const ASCII_CHUNK = 95_000;
const NOT_ASCII = /[^\x00-\x7f]/;
const TTL_SECONDS = 600;
/** CacheService holds 1,000 items; leave room for other keys. */
const MAX_CHUNKS = 200;

function prefix(revision: string, day: string): string {
  return `feed:${revision}:${day}`;
}

/** Whether the feed of this revision and day was built less than TTL_SECONDS ago: one cache read. */
export function isFeedCached(revision: string, day: string): boolean {
  return CacheService.getScriptCache().get(`${prefix(revision, day)}:n`) !== null;
}

export function cachedFeed(revision: string, day: string): string | null {
  const cache = CacheService.getScriptCache();
  const head = cache.get(`${prefix(revision, day)}:n`);
  if (head === null) return null;
  const count = Number(head);
  const keys = Array.from({ length: count }, (_, i) => `${prefix(revision, day)}:${i}`);
  const parts = cache.getAll(keys);
  let text = '';
  for (const key of keys) {
    const part = parts[key];
    if (part === undefined) return null; // a chunk was evicted: rebuild
    text += part;
  }
  return text;
}

export function cacheFeed(revision: string, day: string, text: string): boolean {
  const chunk = NOT_ASCII.test(text) ? CHUNK : ASCII_CHUNK;
  const count = Math.ceil(text.length / chunk) || 1;
  if (count > MAX_CHUNKS) return false;
  const items: Record<string, string> = {};
  for (let i = 0; i < count; i++) items[`${prefix(revision, day)}:${i}`] = text.slice(i * chunk, (i + 1) * chunk);
  const cache = CacheService.getScriptCache();
  try {
    cache.putAll(items, TTL_SECONDS);
    // The head goes last: a reader that finds it finds every chunk.
    cache.put(`${prefix(revision, day)}:n`, String(count), TTL_SECONDS);
    return true;
  } catch {
    // A full or refusing cache only costs speed.
    return false;
  }
}
