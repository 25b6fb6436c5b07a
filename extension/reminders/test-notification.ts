/**
 * The options page's "Send a test notification": shows one as a reminder would look, and says
 * why when it cannot. Chrome reports a switched-off extension as permission level 'denied';
 * elsewhere the only sign is a refused create. A system that hides toasts (Do Not Disturb,
 * notifications off for the browser) accepts them silently, so "sent" comes with advice too
 * (notifier-for-github#270 and notifier-for-github#276: the badge worked, the toasts never showed).
 */
import type { NotificationsApi } from './show-notification.js';
import { TEST_NOTIFICATION_PREFIX, notificationsAllowed, showNotification } from './show-notification.js';
// The advice is the options page's; the notification's words are a notification's, as a reminder's are.
import * as page from '../strings/options.js';
import * as notification from '../strings/worker.js';

export type TestResult = 'sent' | 'denied' | 'failed';

export const TEST_ADVICE: Readonly<Record<TestResult, string>> = { sent: page.testSent, denied: page.testDenied, failed: page.testFailed };

export async function sendTestNotification(api: NotificationsApi, iconUrl: string, now: number): Promise<TestResult> {
  if (!(await notificationsAllowed(api))) return 'denied';
  try {
    await showNotification(api, `${TEST_NOTIFICATION_PREFIX}${now}`, { title: notification.testTitle, message: notification.testMessage, iconUrl }, true);
    return 'sent';
  } catch {
    return 'failed';
  }
}
