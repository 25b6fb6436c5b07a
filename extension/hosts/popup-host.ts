/** The popup's host as the real extension provides it. */
import { browser } from '../platform/browser.js';
import { draftKey } from '../check-in/draft-key.js';
import { newOutboxItem } from '../check-in/outbox.js';
import { putOutboxItem, removeOutboxItem } from '../storage/outbox-store.js';
import { onSnapshotChange, readSnapshot } from '../storage/snapshot-store.js';
import type { PopupHost } from './hosts.js';
import { sendToWorker } from './send-to-worker.js';

/** Drafts, snoozes, conflicts, tabs and the views kept: their code loads on first use, after the first paint. */
const extras = () => import('./popup-extras.js').then((module) => module.popupExtras);

export const popupHost: PopupHost = {
  readSnapshot,
  onChange: onSnapshotChange,
  send: sendToWorker,
  async addCheckIn(checkIn) {
    // The check-in and the end of its draft leave in one tick, the outbox's first: a popup
    // closed the moment Save is pressed keeps no draft of a check-in already on its way, which
    // would offer to send it a second time.
    await Promise.all([
      putOutboxItem(newOutboxItem(checkIn, crypto.randomUUID(), Date.now())),
      browser.storage.local.remove(draftKey(checkIn.trackerId, checkIn.keyResultId)),
    ]);
    void sendToWorker({ type: 'send-outbox' });
    // The views kept show the grade from before this check-in: a row must never show it again.
    (await extras()).forgetViews();
  },
  dismiss: removeOutboxItem,
  openOptions: () => browser.runtime.openOptionsPage(),
  now: () => Date.now(),
  rememberView: async (view) => (await extras()).rememberView(view),
  readExtras: async () => (await extras()).readExtras(),
  readDraft: async (trackerId, keyResultId) => (await extras()).readDraft(trackerId, keyResultId),
  saveDraft: async (trackerId, keyResultId, input) => (await extras()).saveDraft(trackerId, keyResultId, input),
  dismissConflict: async (trackerId, keyResultId) => (await extras()).dismissConflict(trackerId, keyResultId),
  openSheet: async (url) => (await extras()).openSheet(url),
};
