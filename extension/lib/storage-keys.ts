/**
 * Where things live in storage.local. The outbox and the caches use one key per record so the
 * popup (which only adds check-ins) and the worker (which sends and updates them) never
 * overwrite each other's read-modify-write.
 */
export const OPTIONS_KEY = 'options';
export const NOTIFIED_KEY = 'notified';
export const CACHE_PREFIX = 'cache:';
export const OUTBOX_PREFIX = 'outbox:';

export const cacheKey = (trackerId: string): string => `${CACHE_PREFIX}${trackerId}`;
export const outboxKey = (requestId: string): string => `${OUTBOX_PREFIX}${requestId}`;
