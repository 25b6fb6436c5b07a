/**
 * Due reminders. Notification IDs are derived from the key result and its due date, so even a
 * repeated `create` replaces rather than stacks. Firefox honours only type/title/message/iconUrl
 * and no buttons, so a click opens the popup page in a tab (a notification click is not a user
 * action that may call action.openPopup in Firefox).
 */
import { browser } from '../platform/browser.js';
import { defaultScope, dueItems } from '../lib/due.js';
import { formatLocalDate } from '../../shared/dates.js';
import type { Notified } from '../lib/notify-rules.js';
import { REMINDER_PREFIX, planReminders } from '../lib/notify-rules.js';
import { NOTIFIED_KEY } from '../lib/storage-keys.js';
import { withLock } from '../lib/with-lock.js';
import { readSnapshot } from '../storage/snapshot-store.js';

function readNotified(value: unknown): Notified {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

export async function remindDue(clock: () => number = Date.now): Promise<void> {
  await withLock('reminders', async () => {
    const snapshot = await readSnapshot();
    if (!snapshot.options.reminders) return;
    const stored = await browser.storage.local.get(NOTIFIED_KEY);
    const due = dueItems(snapshot, defaultScope(snapshot.options.name));
    const plan = planReminders(due, readNotified(stored[NOTIFIED_KEY]), formatLocalDate(clock()));
    // Remembered before showing: a worker stopped in between must not remind twice.
    await browser.storage.local.set({ [NOTIFIED_KEY]: plan.notified });
    for (const reminder of plan.reminders) {
      await browser.notifications.create(reminder.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('icons/icon-128.png'),
        title: reminder.title,
        message: reminder.message,
      });
    }
  });
}

export async function openFromNotification(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(REMINDER_PREFIX)) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: browser.runtime.getURL('popup.html') });
}
