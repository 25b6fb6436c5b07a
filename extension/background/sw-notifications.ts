/**
 * What a click on a notification does: a reminder opens the popup page on its check-in view in
 * a tab (Firefox: a notification click may not open the popup itself; Chrome: the same, from
 * the toast or its "Check in" button). The options page's test notification just closes.
 */
import { browser } from '../platform/browser.js';
import { checkInPath } from '../check-in/check-in-link.js';
import { REMINDER_PREFIX, reminderTarget } from '../reminders/notify-rules.js';
import { TEST_NOTIFICATION_PREFIX } from '../reminders/show-notification.js';

export async function openFromNotification(notificationId: string): Promise<void> {
  if (notificationId.startsWith(TEST_NOTIFICATION_PREFIX)) {
    await browser.notifications.clear(notificationId);
    return;
  }
  if (!notificationId.startsWith(REMINDER_PREFIX)) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL(checkInPath(reminderTarget(notificationId))) });
}

/** Chrome's buttons: the first (and only) one is "Check in". */
export async function openFromButton(notificationId: string, buttonIndex: number): Promise<void> {
  if (buttonIndex === 0) await openFromNotification(notificationId);
}
