/**
 * Which reminders to show now, for every due key result at once: reminder-rules.ts decides each
 * one; this keeps the history that makes "once per due date, one follow-up" hold across
 * refreshes and worker restarts (`history`: key → the local dates shown, forgotten after two
 * months), and folds many reminders into one summary (the first refresh of a big tracker).
 */
import type { DueItem } from '../check-in/due.js';
import { daysBetween } from '../format/local-date.js';
import type { ReminderSettings, SentRecord } from './reminder-rules.js';
import { reminderDecision } from './reminder-rules.js';
import * as strings from '../strings/worker.js';
import type { Snoozes } from '../check-in/snooze.js';
import { isSnoozed } from '../check-in/snooze.js';
import { isLocalDate, localDateOf, zonedMoment } from '../format/local-date.js';

export interface ReminderTarget {
  trackerId: string;
  keyResultId: string;
}

export interface Reminder {
  id: string;
  title: string;
  message: string;
  /** The key result a click opens; null for the summary. */
  target: ReminderTarget | null;
}

export type History = Record<string, SentRecord>;

export interface PlanInput {
  due: readonly DueItem[];
  history: History;
  settings: ReminderSettings;
  /** Every check-in in the outbox, sending or refused. */
  outbox: readonly ReminderTarget[];
  snoozes: Snoozes;
  now: number;
  timeZone: string;
}

export const MAX_SEPARATE_REMINDERS = 3;
export const FORGET_AFTER_DAYS = 60;
export const REMINDER_PREFIX = 'due|';
const UNSCHEDULED = 'unscheduled';

const dueOnOf = (item: DueItem): string | null => (isLocalDate(item.keyResult.nextCheckIn) ? item.keyResult.nextCheckIn : null);

/** One key per key result and due date; parts are encoded so an ID containing "|" stays apart. */
export function reminderKey(item: DueItem): string {
  return [item.trackerId, item.keyResult.id, dueOnOf(item) ?? UNSCHEDULED].map(encodeURIComponent).join('|');
}

/** The key result a reminder's notification ID points at; null for the summary or a foreign ID. */
export function reminderTarget(notificationId: string): ReminderTarget | null {
  if (!notificationId.startsWith(REMINDER_PREFIX)) return null;
  const parts = notificationId.slice(REMINDER_PREFIX.length).split('|');
  if (parts.length !== 3) return null;
  try {
    return { trackerId: decodeURIComponent(parts[0]), keyResultId: decodeURIComponent(parts[1]) };
  } catch {
    return null;
  }
}

/** The stored history; unreadable entries (and those of the first version, key → day) are dropped. */
export function readHistory(value: unknown): History {
  if (typeof value !== 'object' || value === null) return {};
  const history: History = {};
  for (const [key, entry] of Object.entries(value)) {
    const { first, followUp } = (entry ?? {}) as Partial<SentRecord>;
    if (isLocalDate(first)) history[key] = isLocalDate(followUp) ? { first, followUp } : { first };
  }
  return history;
}

export function planReminders(input: PlanInput): { reminders: Reminder[]; history: History } {
  const { due, settings, outbox, snoozes, now, timeZone } = input;
  const today = zonedMoment(now, timeZone).date;
  const history: History = Object.fromEntries(Object.entries(input.history).filter(([, sent]) => daysBetween(sent.first, today) <= FORGET_AFTER_DAYS));
  const waiting = new Set(outbox.map((item) => `${item.trackerId}\n${item.keyResultId}`));
  const sends = due.flatMap((item) => {
    const key = reminderKey(item);
    const candidate = {
      dueOn: dueOnOf(item),
      lastCheckInOn: localDateOf(item.keyResult.lastCheckIn, timeZone),
      inOutbox: waiting.has(`${item.trackerId}\n${item.keyResult.id}`),
      snoozed: isSnoozed(snoozes, item.trackerId, item.keyResult),
    };
    const decision = reminderDecision({ now, timeZone, settings, candidate, sent: history[key] });
    return decision.send === null ? [] : [{ item, key, kind: decision.send }];
  });
  for (const { key, kind } of sends) history[key] = kind === 'first' ? { first: today } : { ...history[key], followUp: today };
  if (sends.length > MAX_SEPARATE_REMINDERS) {
    return { reminders: [{ id: `${REMINDER_PREFIX}summary|${today}`, title: strings.summaryTitle(sends.length), message: strings.summaryMessage, target: null }], history };
  }
  const reminders = sends.map(({ item, key, kind }) => ({
    id: `${REMINDER_PREFIX}${key}`,
    title: kind === 'first' ? strings.dueTitle : strings.followUpTitle,
    message: strings.dueMessage(item.keyResult.title, item.trackerName),
    target: { trackerId: item.trackerId, keyResultId: item.keyResult.id },
  }));
  return { reminders, history };
}
