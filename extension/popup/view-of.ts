import { addCalendarDays, startOfDay } from '../../shared/dates.js';
import { zoneNamed } from '../../shared/zone.js';
import type { LastView } from '../storage/last-view-store.js';
import { viewTreeOf } from './view-tree.js';

/**
 * Screens of the popup kept: enough that the last view fills the popup's window (Chrome sizes
 * the window to the page, up to 600 px: a shorter page would open it small, then grow it), few
 * enough that rebuilding 500 key results does not delay the live view.
 */
const SCREENS_KEPT = 2;

/**
 * What `root` shows, judged at `now`: true for the rest of that local day in `timeZone`, when
 * "due today" and the day's expected grades stop being so. `screenHeight` is the popup window's
 * height, this page's own unless told (a page that is not the popup has another).
 */
export function viewOf(root: Element, now: number, timeZone: string, screenHeight = window.innerHeight): LastView {
  const zone = zoneNamed(timeZone);
  const from = startOfDay(now, zone);
  return { from, until: addCalendarDays(from, 1, zone), zone: timeZone, nodes: viewTreeOf(root, SCREENS_KEPT * screenHeight) };
}
