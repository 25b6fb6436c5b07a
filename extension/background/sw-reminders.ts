/**
 * Due reminders, run after every refresh. The rules (working hours, away, snooze, outbox,
 * once per due date plus one follow-up) are in reminders/reminder-rules.ts; here they meet storage
 * and the notifications API. Notification IDs are derived from the key result and its due date,
 * so a follow-up replaces the first toast rather than stacking on it.
 */
import { browser } from '../platform/browser.js';
import { defaultScope, dueItems } from '../check-in/due.js';
import { planReminders } from '../reminders/notify-rules.js';
import { reminderSettings } from '../reminders/reminder-options.js';
import type { NotificationsApi } from '../reminders/show-notification.js';
import { showNotification } from '../reminders/show-notification.js';
import { withLock } from '../storage/with-lock.js';
import { zonedMoment } from '../format/local-date.js';
import { readReminderState, writeHistory } from '../storage/reminder-store.js';
import { readSnapshot } from '../storage/snapshot-store.js';
import { userTimeZone } from './sw-environment.js';

export const REMINDERS_LOCK = 'reminders';

export async function remindDue(clock: () => number = Date.now): Promise<void> {
  await withLock(REMINDERS_LOCK, async () => {
    const snapshot = await readSnapshot();
    const settings = reminderSettings(snapshot.options);
    if (!settings.enabled) return;
    const [now, timeZone] = [clock(), userTimeZone()];
    const { history, snoozes } = await readReminderState();
    const due = dueItems(snapshot, defaultScope(snapshot.options.name), zonedMoment(now, timeZone).date);
    const plan = planReminders({ due, history, settings, outbox: snapshot.outbox, snoozes, now, timeZone });
    // Remembered before showing: a worker stopped in between must not remind twice.
    await writeHistory(plan.history);
    const iconUrl = browser.runtime.getURL('icons/icon-128.png');
    const api = browser.notifications as unknown as NotificationsApi;
    for (const reminder of plan.reminders) {
      // A toast the system refuses is not retried: the badge and the popup carry the same news.
      await showNotification(api, reminder.id, { title: reminder.title, message: reminder.message, iconUrl }, reminder.target !== null).catch(() => undefined);
    }
  });
}
