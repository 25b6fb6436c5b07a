/** The options page's host as the real extension provides it. */
import { browser } from '../platform/browser.js';
import { fetchFeed } from '../feed/feed-client.js';
import { loadOptions, saveOptions } from '../storage/options-store.js';
import type { OptionsHost } from './hosts.js';
import { sendToWorker } from './send-to-worker.js';

export const optionsHost: OptionsHost = {
  loadOptions,
  async saveOptions(options) {
    await saveOptions(options);
    void sendToWorker({ type: 'options-saved' });
  },
  testTracker: (address) => fetchFeed(address),
  hasAccess: (origins) => browser.permissions.contains({ origins: [...origins] }),
  requestAccess: (origins) => browser.permissions.request({ origins: [...origins] }),
  removeAccess: (origins) => browser.permissions.remove({ origins: [...origins] }),
  newId: () => crypto.randomUUID(),
};
