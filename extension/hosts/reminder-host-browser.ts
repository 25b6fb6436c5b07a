/** The reminder host as the real extension provides it. */
import { browser } from '../platform/browser.js';
import type { NotificationsApi } from '../reminders/show-notification.js';
import { sendTestNotification } from '../reminders/test-notification.js';
import type { ReminderHost } from './reminder-host.js';

export const reminderHost: ReminderHost = {
  sendTestNotification: () =>
    sendTestNotification(browser.notifications as unknown as NotificationsApi, browser.runtime.getURL('icons/icon-128.png'), Date.now()),
};
