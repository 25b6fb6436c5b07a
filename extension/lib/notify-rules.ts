/**
 * Reminders: one notification per key result per due date, never one per refresh. What was
 * notified is remembered in storage (`notified`: key → the day it was shown) and forgotten after
 * two months. When many come due at once (the first refresh of a big tracker), one summary
 * replaces a stack of toasts.
 */
import type { DueItem } from './due.js';
import { daysBetween } from './local-date.js';
import * as strings from './strings.js';

export interface Reminder {
  id: string;
  title: string;
  message: string;
}

export type Notified = Record<string, string>;

export const MAX_SEPARATE_REMINDERS = 3;
export const FORGET_AFTER_DAYS = 60;
export const REMINDER_PREFIX = 'due|';

/** One key per key result and due date; parts are encoded so an ID containing "|" stays apart. */
export function reminderKey(item: DueItem): string {
  const dueOn = item.keyResult.nextCheckIn ?? item.keyResult.lastCheckIn ?? 'unscheduled';
  return [item.trackerId, item.keyResult.id, dueOn].map(encodeURIComponent).join('|');
}

export function planReminders(due: readonly DueItem[], notified: Notified, today: string): { reminders: Reminder[]; notified: Notified } {
  const kept: Notified = Object.fromEntries(
    Object.entries(notified).filter(([, day]) => /^\d{4}-\d{2}-\d{2}$/.test(day) && daysBetween(day, today) <= FORGET_AFTER_DAYS),
  );
  const fresh = due.filter((item) => !(reminderKey(item) in kept));
  const next: Notified = { ...kept, ...Object.fromEntries(fresh.map((item) => [reminderKey(item), today])) };
  if (fresh.length === 0) return { reminders: [], notified: next };
  if (fresh.length > MAX_SEPARATE_REMINDERS) {
    return { reminders: [{ id: `${REMINDER_PREFIX}summary|${today}`, title: strings.reminderSummaryTitle(fresh.length), message: strings.reminderSummaryMessage }], notified: next };
  }
  const reminders = fresh.map((item) => ({
    id: `${REMINDER_PREFIX}${reminderKey(item)}`,
    title: strings.reminderTitle,
    message: strings.reminderMessage(item.keyResult.title, item.trackerName),
  }));
  return { reminders, notified: next };
}
