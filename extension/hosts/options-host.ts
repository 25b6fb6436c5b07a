/** The options page's host as the real extension provides it. */
import { browser } from '../platform/browser.js';
import { fetchFeed } from '../feed/feed-client.js';
import type { NotificationsApi } from '../reminders/show-notification.js';
import { sendTestNotification } from '../reminders/test-notification.js';
import { forgetViews } from '../storage/last-view-store.js';
import { loadOptions, saveOptions } from '../storage/options-store.js';
import type { OptionsHost } from './hosts.js';
import { sendToWorker } from './send-to-worker.js';

export const optionsHost: OptionsHost = {
  loadOptions,
  async saveOptions(options) {
    await saveOptions(options);
    // The popup's views kept (the last one, those of the next days) may show a tracker or a name that is no longer so.
    forgetViews(localStorage);
    void sendToWorker({ type: 'options-saved' });
  },
  testTracker: (address) => fetchFeed(address),
  hasAccess: (origins) => browser.permissions.contains({ origins: [...origins] }),
  requestAccess: (origins) => browser.permissions.request({ origins: [...origins] }),
  removeAccess: (origins) => browser.permissions.remove({ origins: [...origins] }),
  newId: () => crypto.randomUUID(),
  sendTestNotification: () =>
    sendTestNotification(browser.notifications as unknown as NotificationsApi, browser.runtime.getURL('icons/icon-128.png'), Date.now()),
};
