/**
 * Where things live in storage.local. The outbox and the caches use one key per record so the
 * popup (which only adds check-ins) and the worker (which sends and updates them) never
 * overwrite each other's read-modify-write.
 */
export const OPTIONS_KEY = 'options';
/** Reminders shown: { "<tracker>|<key result>|<due date>": { first, followUp? } } (reminders/notify-rules.ts). */
export const NOTIFIED_KEY = 'notified';
/** Key results snoozed until their next check-in (check-in/snooze.ts). */
export const SNOOZED_KEY = 'snoozed';
export const CACHE_PREFIX = 'cache:';
/**
 * A tracker's last refresh (when, and its error) beside its cache: a failed refresh writes only
 * this small record, not the whole feed again, and the popup keeps what it built from the feed.
 */
export const REFRESH_PREFIX = 'refresh:';
export const OUTBOX_PREFIX = 'outbox:';

export const cacheKey = (trackerId: string): string => `${CACHE_PREFIX}${trackerId}`;
export const refreshKey = (trackerId: string): string => `${REFRESH_PREFIX}${trackerId}`;
export const outboxKey = (requestId: string): string => `${OUTBOX_PREFIX}${requestId}`;
/** In storage.session: the user's local day (`YYYY-MM-DD`) the worker last had the popup's views kept on (background/sw-views.ts). */
export const VIEWS_DAY_KEY = 'views-day';
