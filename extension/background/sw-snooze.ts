/**
 * "Snooze until next check-in" from the popup (check-in/snooze-message.ts). The snooze is stored
 * against the key result's current due date; a shown reminder of it is taken away at once.
 */
import { trackerName } from '../feed/tracker-name.js';
import { browser } from '../platform/browser.js';
import type { Reply } from '../platform/messages.js';
import { REMINDER_PREFIX, reminderKey } from '../reminders/notify-rules.js';
import { liveSnoozes, withSnooze } from '../check-in/snooze.js';
import type { SnoozeMessage } from '../check-in/snooze-message.js';
import { withLock } from '../storage/with-lock.js';
import { readReminderState, writeSnoozes } from '../storage/reminder-store.js';
import { readSnapshot } from '../storage/snapshot-store.js';
import { REMINDERS_LOCK } from './sw-reminders.js';

export async function applySnooze({ trackerId, keyResultId, snoozed }: SnoozeMessage): Promise<Reply> {
  return withLock(REMINDERS_LOCK, async () => {
    const snapshot = await readSnapshot();
    const known = snapshot.options.trackers.flatMap((tracker) =>
      (snapshot.caches[tracker.id]?.feed?.keyResults ?? []).map((keyResult) => ({ trackerId: tracker.id, trackerName: trackerName(tracker, snapshot.caches[tracker.id]?.feed), keyResult })),
    );
    const target = known.find((item) => item.trackerId === trackerId && item.keyResult.id === keyResultId);
    if (target === undefined) return { ok: false, error: 'unknown key result' };
    const { snoozes } = await readReminderState();
    // Snoozes that no longer hold (their key result moved on) are dropped on the way.
    await writeSnoozes(withSnooze(liveSnoozes(snoozes, known), trackerId, target.keyResult, snoozed));
    if (snoozed) await browser.notifications.clear(`${REMINDER_PREFIX}${reminderKey(target)}`);
    return { ok: true };
  });
}
