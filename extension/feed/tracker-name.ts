/**
 * One name per tracker everywhere (options, popup, badge tooltip, reminders): the name the
 * user typed on the options page, else the spreadsheet's own name from the feed. Older
 * versions filled a blank name with "My tracker" / "Tracker 2" when saving; such a name
 * was never typed, so it gives way to the feed's name too.
 */
import type { Feed } from '../../shared/feed/feed.js';
import type { Tracker } from '../storage/options.js';
import * as strings from '../strings/common.js';

const FILLED_IN = /^(My tracker|Tracker \d+)$/;

/** The name the user typed, or '' when they left it to the sheet. */
function typedName(tracker: Pick<Tracker, 'name'>): string {
  const name = tracker.name.trim();
  return FILLED_IN.test(name) ? '' : name;
}

export function trackerName(tracker: Pick<Tracker, 'name'>, feed: Pick<Feed, 'tracker'> | null | undefined): string {
  return typedName(tracker) || feed?.tracker.name.trim() || tracker.name.trim() || strings.theTrackerName;
}
