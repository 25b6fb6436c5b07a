/**
 * The reminder settings of the options: the off switch, working days and hours (Monday–Friday
 * 9:00–17:00 unless changed) and "away until". Read from storage like every option (a value of
 * the wrong shape falls back to its default), checked on Save with a message per field.
 */
import type { ReminderSettings } from './reminder-rules.js';
import * as strings from '../strings/options.js';
import { DEFAULT_WORKING_HOURS, clockMinutes, isWeekday } from './working-hours.js';
import { isLocalDate } from '../format/local-date.js';

export const reminderDefaults = {
  reminders: true,
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: [...DEFAULT_WORKING_HOURS.days] as number[],
  workStart: DEFAULT_WORKING_HOURS.start,
  workEnd: DEFAULT_WORKING_HOURS.end,
  /** The last day away, `YYYY-MM-DD`, or '' when not away. */
  awayUntil: '',
};

export type ReminderOptions = typeof reminderDefaults;

export interface ReminderProblem {
  field: keyof ReminderOptions;
  message: string;
}

/** Sorted, each day once: the form and storage then always agree on the same list. */
export function tidyDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => a - b);
}

export function mergeReminderOptions(source: Record<string, unknown>): ReminderOptions {
  const { reminders, workingDays, workStart, workEnd, awayUntil } = source;
  const days = Array.isArray(workingDays) && workingDays.every(isWeekday) ? tidyDays(workingDays) : reminderDefaults.workingDays;
  const clocksValid = typeof workStart === 'string' && typeof workEnd === 'string' && hoursInOrder(workStart, workEnd);
  return {
    reminders: typeof reminders === 'boolean' ? reminders : reminderDefaults.reminders,
    workingDays: days,
    workStart: clocksValid ? workStart : reminderDefaults.workStart,
    workEnd: clocksValid ? workEnd : reminderDefaults.workEnd,
    awayUntil: typeof awayUntil === 'string' && (awayUntil === '' || isLocalDate(awayUntil)) ? awayUntil : reminderDefaults.awayUntil,
  };
}

function hoursInOrder(start: string, end: string): boolean {
  const [from, to] = [clockMinutes(start), clockMinutes(end)];
  return from !== null && to !== null && to > from;
}

function clockProblem(start: string, end: string): ReminderProblem | null {
  const from = clockMinutes(start);
  const to = clockMinutes(end);
  if (from === null) return { field: 'workStart', message: strings.clockInvalid };
  if (to === null) return { field: 'workEnd', message: strings.clockInvalid };
  return to > from ? null : { field: 'workEnd', message: strings.endBeforeStart };
}

export function validateReminderOptions(options: ReminderOptions): ReminderProblem[] {
  const problems: ReminderProblem[] = [];
  // No working day is only a mistake while reminders are on: off, the days do not matter.
  const daysMissing = options.reminders && options.workingDays.length === 0;
  if (daysMissing || !options.workingDays.every(isWeekday)) problems.push({ field: 'workingDays', message: strings.noWorkingDay });
  const clocks = clockProblem(options.workStart, options.workEnd);
  if (clocks !== null) problems.push(clocks);
  if (options.awayUntil !== '' && !isLocalDate(options.awayUntil)) problems.push({ field: 'awayUntil', message: strings.awayInvalid });
  return problems;
}

/** The options as reminder-rules reads them. */
export function reminderSettings(options: ReminderOptions): ReminderSettings {
  return {
    enabled: options.reminders,
    hours: { days: options.workingDays, start: options.workStart, end: options.workEnd },
    awayUntil: options.awayUntil === '' ? null : options.awayUntil,
  };
}
