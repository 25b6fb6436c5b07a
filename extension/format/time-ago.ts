/** "updated 5 min ago": coarse on purpose, a popup is glanced at, not read. */
import * as strings from '../strings/popup.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function timeAgo(then: number, now: number): string {
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return strings.justNow;
  if (elapsed < HOUR) return strings.minutesAgo(Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return strings.hoursAgo(Math.floor(elapsed / HOUR));
  return strings.daysAgo(Math.floor(elapsed / DAY));
}
