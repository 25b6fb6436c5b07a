/**
 * Whether to remind someone of one due check-in now: reminders that respect people.
 * Never outside their working days and hours, never while they are away, never for a key
 * result they snoozed or already checked in (here, waiting in the outbox, or anywhere since it
 * became due), and at most twice per due date: once, then one follow-up a day or more later.
 * Pure: the clock and the time zone are arguments, so the rules hold in every zone.
 */
import { daysBetween } from '../format/local-date.js';
import type { WorkingHours } from './working-hours.js';
import { isWorkingTime } from './working-hours.js';
import { isLocalDate, zonedMoment } from '../format/local-date.js';

export interface ReminderSettings {
  /** The off switch. */
  enabled: boolean;
  hours: WorkingHours;
  /** The last day away (`YYYY-MM-DD`), or null. */
  awayUntil: string | null;
}

export interface ReminderCandidate {
  /** The key result's next check-in date (`YYYY-MM-DD`), or null when it is due with none. */
  dueOn: string | null;
  /** The local date of its latest check-in, or null. */
  lastCheckInOn: string | null;
  /** A check-in of it waits in the outbox (sending, or refused and shown in the popup). */
  inOutbox: boolean;
  /** Snoozed until its next check-in (check-in/snooze.ts decides whether a snooze still holds). */
  snoozed: boolean;
}

/** The local dates a reminder of one due date was shown. */
export interface SentRecord {
  first: string;
  followUp?: string;
}

type SkipReason =
  | 'off'
  | 'in-outbox'
  | 'checked-in'
  | 'snoozed'
  | 'not-due-yet'
  | 'away'
  | 'outside-working-hours'
  | 'follow-up-tomorrow'
  | 'already-followed-up';

export type ReminderDecision = { send: 'first' | 'follow-up' } | { send: null; reason: SkipReason };

export interface DecisionInput {
  /** ms since the epoch. */
  now: number;
  /** IANA name of the user's zone: working hours and "today" are read there. */
  timeZone: string;
  settings: ReminderSettings;
  candidate: ReminderCandidate;
  /** What was already shown for this key result and due date, if anything. */
  sent: SentRecord | undefined;
}

const skip = (reason: SkipReason): ReminderDecision => ({ send: null, reason });

function checkDate(value: string | null, name: string): void {
  if (value !== null && !isLocalDate(value)) throw new RangeError(`${name} "${value}" is not a date: use YYYY-MM-DD`);
}

export function reminderDecision({ now, timeZone, settings, candidate, sent }: DecisionInput): ReminderDecision {
  checkDate(candidate.dueOn, 'dueOn');
  checkDate(candidate.lastCheckInOn, 'lastCheckInOn');
  checkDate(settings.awayUntil, 'awayUntil');
  const { dueOn } = candidate;
  if (!settings.enabled) return skip('off');
  if (candidate.inOutbox) return skip('in-outbox');
  if (dueOn !== null && candidate.lastCheckInOn !== null && candidate.lastCheckInOn >= dueOn) return skip('checked-in');
  if (candidate.snoozed) return skip('snoozed');
  const moment = zonedMoment(now, timeZone);
  if (dueOn !== null && moment.date < dueOn) return skip('not-due-yet');
  if (settings.awayUntil !== null && moment.date <= settings.awayUntil) return skip('away');
  if (!isWorkingTime(moment, settings.hours)) return skip('outside-working-hours');
  if (sent === undefined) return { send: 'first' };
  if (sent.followUp !== undefined) return skip('already-followed-up');
  return daysBetween(sent.first, moment.date) >= 1 ? { send: 'follow-up' } : skip('follow-up-tomorrow');
}
