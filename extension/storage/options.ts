/**
 * The user's settings: `defaults` is the single source of every setting and its default
 * (refined-github's options-storage pattern). Stored values are merged over the defaults, so a
 * setting added in a later version simply appears with its default.
 */
import { mergeReminderOptions, reminderDefaults, tidyDays, validateReminderOptions } from '../reminders/reminder-options.js';
import * as strings from '../strings/options.js';
import { checkFeedUrl } from '../feed/tracker-url.js';

export interface Tracker {
  id: string;
  name: string;
  url: string;
  token: string;
}

export const defaults = {
  trackers: [] as Tracker[],
  /** As written in the Owner column: decides what "Mine" and the badge count. */
  name: '',
  refreshMinutes: 30,
  ...reminderDefaults,
};

export type Options = typeof defaults;

export const REFRESH_MINUTES = { min: 5, max: 60 } as const;
const MAX_NAME_LENGTH = 200;

export interface OptionsProblem {
  /** `trackers.<index>.<field>` or the name of a top-level setting. */
  field: string;
  message: string;
}

function isTracker(value: unknown): value is Tracker {
  if (typeof value !== 'object' || value === null) return false;
  const tracker = value as Record<string, unknown>;
  return ['id', 'name', 'url', 'token'].every((key) => typeof tracker[key] === 'string');
}

/** Stored values over the defaults; anything of the wrong type falls back to its default. */
export function mergeOptions(stored: unknown): Options {
  const source = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const pick = <K extends keyof Options>(key: K): Options[K] =>
    typeof source[key] === typeof defaults[key] ? (source[key] as Options[K]) : defaults[key];
  return {
    trackers: Array.isArray(source.trackers) ? source.trackers.filter(isTracker) : [],
    name: pick('name'),
    refreshMinutes: refreshMinutesOrDefault(pick('refreshMinutes')),
    ...mergeReminderOptions(source),
  };
}

function refreshMinutesOrDefault(minutes: number): number {
  const valid = Number.isInteger(minutes) && minutes >= REFRESH_MINUTES.min && minutes <= REFRESH_MINUTES.max;
  return valid ? minutes : defaults.refreshMinutes;
}

function isBlankTracker(tracker: Tracker): boolean {
  return tracker.name.trim() === '' && tracker.url.trim() === '' && tracker.token.trim() === '';
}

/** What the options page saves: rows left entirely blank are dropped, text is trimmed. */
export function normaliseOptions(options: Options): Options {
  const trackers = options.trackers
    .filter((tracker) => !isBlankTracker(tracker))
    .map((tracker) => ({
      ...tracker,
      // Left blank, the tracker goes by the sheet's own name (feed/tracker-name.ts).
      name: tracker.name.trim(),
      url: tracker.url.trim(),
      token: tracker.token.trim(),
    }));
  return { ...options, trackers, name: options.name.trim(), workingDays: tidyDays(options.workingDays) };
}

export function validateOptions(options: Options): OptionsProblem[] {
  const problems: OptionsProblem[] = [];
  options.trackers.forEach((tracker, index) => {
    // A row left entirely blank is not a mistake: saving drops it (normaliseOptions).
    if (isBlankTracker(tracker)) return;
    const url = checkFeedUrl(tracker.url);
    if (!url.ok) problems.push({ field: `trackers.${index}.url`, message: url.message });
    if (tracker.token.trim() === '') problems.push({ field: `trackers.${index}.token`, message: strings.tokenMissing });
  });
  // The web app refuses a check-in whose "by" is longer (shared/check-in/check-in-request.ts LIMITS.by).
  if (options.name.trim().length > MAX_NAME_LENGTH) problems.push({ field: 'name', message: strings.nameTooLong(MAX_NAME_LENGTH) });
  const minutes = options.refreshMinutes;
  if (!Number.isInteger(minutes) || minutes < REFRESH_MINUTES.min || minutes > REFRESH_MINUTES.max) {
    problems.push({ field: 'refreshMinutes', message: strings.refreshOutOfRange(REFRESH_MINUTES.min, REFRESH_MINUTES.max) });
  }
  problems.push(...validateReminderOptions(options));
  return problems;
}
