/**
 * Working days and hours, as the user sets them on the options page: the days of the week
 * (0 = Sunday) and a start and end of day as `HH:MM`. The end is exclusive, and a day ends
 * before it starts again: a night shift across midnight is not supported.
 */
import type { ZonedMoment } from '../format/local-date.js';

export interface WorkingHours {
  days: readonly number[];
  /** `HH:MM`, 24-hour clock. */
  start: string;
  /** `HH:MM`, later than start. */
  end: string;
}

export const DEFAULT_WORKING_HOURS: WorkingHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes since midnight of an `HH:MM` text, or null when it is not one. */
export function clockMinutes(text: string): number | null {
  const match = CLOCK.exec(text);
  return match === null ? null : Number(match[1]) * 60 + Number(match[2]);
}

export function isWeekday(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;
}

/** True when `moment` falls on a working day, at or after the start and before the end. */
export function isWorkingTime(moment: ZonedMoment, hours: WorkingHours): boolean {
  const start = clockMinutes(hours.start);
  const end = clockMinutes(hours.end);
  if (start === null || end === null || end <= start) return false;
  return hours.days.includes(moment.weekday) && moment.minutes >= start && moment.minutes < end;
}
