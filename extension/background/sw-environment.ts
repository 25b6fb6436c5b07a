/** What the worker knows of its surroundings, read at the moment it is needed (never cached). */

/** The user's time zone, as the browser reports it: "due today" and working hours are read there. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * False only when the browser is sure it is offline; true may still be offline behind a captive
 * portal, which the next failed poll shows. https://developer.mozilla.org/docs/Web/API/Navigator/onLine
 */
export function isOnline(): boolean {
  return (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine !== false;
}
