/**
 * Today as `YYYY-MM-DD` in the browser's own zone, which is the zone the worker's badge counts
 * in (sw-environment: Intl's resolved zone), so the popup's due count matches the badge. The
 * calendar is the shared core's (shared/zone.ts), given the user's zone explicitly.
 */
import { formatLocalDate } from '../../shared/dates.js';
import { zoneNamed } from '../../shared/zone.js';

export function localToday(now: number, timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  return formatLocalDate(now, zoneNamed(timeZone));
}
