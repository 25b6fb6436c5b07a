/** What reminders remember in storage.local: the ones shown, and the snoozes. */
import { browser } from '../platform/browser.js';
import type { History } from '../reminders/notify-rules.js';
import { readHistory } from '../reminders/notify-rules.js';
import type { Snoozes } from '../check-in/snooze.js';
import { readSnoozes } from '../check-in/snooze.js';
import { NOTIFIED_KEY, SNOOZED_KEY } from './storage-keys.js';

export async function readReminderState(): Promise<{ history: History; snoozes: Snoozes }> {
  const stored = await browser.storage.local.get([NOTIFIED_KEY, SNOOZED_KEY]);
  return { history: readHistory(stored[NOTIFIED_KEY]), snoozes: readSnoozes(stored[SNOOZED_KEY]) };
}

export async function writeHistory(history: History): Promise<void> {
  await browser.storage.local.set({ [NOTIFIED_KEY]: history });
}

export async function writeSnoozes(snoozes: Snoozes): Promise<void> {
  await browser.storage.local.set({ [SNOOZED_KEY]: snoozes });
}
