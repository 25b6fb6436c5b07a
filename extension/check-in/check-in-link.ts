/**
 * Where a reminder's click leads: the popup page opened in a tab on its check-in view,
 * `popup.html?view=checkin&tracker=<tracker ID>&kr=<key result ID>` (the popup reads these
 * parameters), or `popup.html?view=checkin` for the summary (the first due key result). A tab,
 * because Firefox lets action.openPopup run only from a user action, and a notification click
 * is not one (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/action/openPopup).
 */
import type { ReminderTarget } from '../reminders/notify-rules.js';

const CHECKIN_PAGE = 'popup.html';

export function checkInPath(target: ReminderTarget | null): string {
  const query = new URLSearchParams({ view: 'checkin' });
  if (target !== null) {
    query.set('tracker', target.trackerId);
    query.set('kr', target.keyResultId);
  }
  return `${CHECKIN_PAGE}?${query.toString()}`;
}
