/**
 * Every sentence the popup shows: the list and its header, when a check-in is due, an opened
 * key result (details, check-in form, history, progress), the end of the cycle, the check-in
 * sprint, drafts, conflicts and snooze. The sentences it shares with the other surfaces (the
 * feed's errors, the tracker's name, the status words) are common.ts's, re-exported here, so a
 * popup component imports this module only. Named exports, read through `import * as strings`,
 * so the popup keeps only the sentences it uses. esbuild splits code by file, not by export
 * (https://github.com/evanw/esbuild/issues/2869), so all of them load with the first paint,
 * those of the parts that load later (the sprint, the details, the notices) too.
 */
import { plural } from './common.js';

export * from './common.js';

// The list and its header
export const dueHeading = (count: number) => `Due check-ins (${count})`;
export const nothingDue = 'Nothing due. Well done.';
export const dueHow = 'pick one to check in, then the rest';
export const dueMore = (count: number) => `and ${count} more: check in all, the most overdue first`;
export const viewLabel = 'Show key results';
export const mine = 'Mine';
export const team = 'Team';
export const nameNeededForMine = 'Set your name on the options page to see only your key results.';
export const noneMine = (name: string) => `No key results here are owned by ${name}. Switch to Team to see them all.`;
/** The header's tracker switch, shown with more than one tracker. */
export const trackerSwitch = 'Tracker';
export const allTrackers = 'All trackers';
export const refresh = 'Refresh';
export const refreshing = 'Refreshing…';
export const options = 'Options';
/** The header's icon buttons show a glyph; strings.refresh and strings.options are their names. */
export const refreshGlyph = '\u21bb';
export const optionsGlyph = '\u2699';
export const updated = (ago: string) => `updated ${ago}`;
export const notReadYet = 'Reading the tracker…';
export const showingLastCopy = 'Showing the last copy.';
export const tryAgain = 'Try again';
export const openTracker = 'Open the sheet';
export const otherKeyResults = 'Other key results';
export const grade = 'grade';
export const owner = (owner: string | null) => (owner ? `Owner: ${owner}` : 'No owner');
export const firstRunTitle = 'Welcome to OKR Sheets';
export const firstRunText = "Connect your team's OKR tracker to see your key results, their grades and the check-ins that are due.";
export const openOptions = 'Open options';

// When a check-in is due
export const dueNow = 'due now';
export const dueToday = 'due today';
export const dueTomorrow = 'due tomorrow';
/** `when` is a day name or a date: "due Friday", "due Mar 14". */
export const dueOn = (when: string) => `due ${when}`;
/** `amount` carries its unit: "overdue 2 months". */
export const overdueBy = (amount: string) => `overdue ${amount}`;

// Time and numbers
export const justNow = 'just now';
export const minutesAgo = (n: number) => `${n} min ago`;
export const hoursAgo = (n: number) => `${n} h ago`;
export const daysAgo = (n: number) => plural(n, 'day ago', 'days ago');
export const noGrade = '–';
export const noValue = '–';
export const statusUnknown = 'no status';

// An opened key result's actions
/** Its accessible name (openRow below) starts with these words: WCAG 2.5.3, label in name. */
export const openInSheet = 'Open the row';
/** Short for the sprint's "Snooze until next check-in", which stays the button's accessible name. */
export const snooze = 'Snooze';
export const checkInBlocked = 'Check-ins wait until the tracker accepts this browser again (see the problem above).';

// Check-in form
export const checkIn = 'Check in';
export const checkInFor = (title: string) => `Check in: ${title}`;
export const valueLabel = 'Value';
export const confidenceLabel = 'Confidence (1–10)';
export const noteLabel = 'Note';
export const saveCheckIn = 'Save check-in';
export const cancel = 'Cancel';
export const valueMissing = 'Enter the new value.';
export const valueNotNumber = 'Enter a number, such as 42, 1,200 or 25%.';
export const valueTooLong = (max: number) => `Keep the value under ${max} characters.`;
export const confidenceRange = 'Confidence is a whole number from 1 to 10 (or leave it empty).';
export const noteTooLong = (max: number) => `Keep the note under ${max} characters.`;
export const decimalComma = (fixed: string) => `Use a point for decimals: ${fixed}.`;
export const useSuggestion = (value: string) => `Save ${value}`;
export const keepTyped = (value: string) => `Save ${value} anyway`;
export const sending = (value: string) => `Check-in of ${value} saved here; sending it to the tracker…`;
export const notSentYet = (value: string, reason: string) => `Check-in of ${value} not sent yet. ${reason} It is kept here and sent again by itself.`;
export const retryNow = 'Retry now';
export const notSaved = (value: string, reason: string) => `Check-in of ${value} was not saved. ${reason}`;
export const editAgain = 'Edit and try again';
export const dismiss = 'Dismiss';

// The end of the cycle and the OKR checks
export const reviewDue = (period: string, count: number) => `${period} ended: review ${count} key ${count === 1 ? 'result' : 'results'}.`;
export const openReview = 'Open the review';
export const findingsCount = (count: number) => `OKR checks: ${count} ${count === 1 ? 'thing' : 'things'} to fix`;

// Progress over the period (sparkline, pace, history)
export const confidence = (level: number) => `confidence ${level}/10`;
/** `amount` is signed and carries its unit: "+1.5 points", "−2%". */
export const needsPerWeek = (amount: string, success: string) => `needs ${amount}/week to reach ${success}`;
export const onPaceFor = (grade: string) => `on pace for ${grade}`;
export const trend = (first: string, last: string, weeks: number, expected: string | null) =>
  `grade ${first} → ${last} over ${plural(weeks, 'week', 'weeks')}${expected === null ? '' : `, expected ${expected}`}`;
export const history = (count: number) => `History (${count})`;
/** The history button's name for a screen reader: the visible words first, then which key result. */
export const historyFor = (count: number, title: string) => `${history(count)}: ${title}`;
export const historyOf = (title: string) => `Check-ins of ${title}`;
export const noHistory = 'No check-ins this period yet.';
export const dateColumn = 'Date';
export const confidenceColumn = 'Confidence';

// The check-in sprint
export const sprintLabel = 'Check-in sprint';
export const sprintStep = (at: number, of: number) => `Check-in ${at} of ${of}`;
export const sprintKeys = 'Enter saves and moves on · Page Down skips · Escape ends the sprint. Up moves the value toward the target; outside Value and Note, keys 1–9 set confidence and 0 sets 10.';
export const saveAndNext = 'Save and next';
export const skip = 'Skip';
/** Key names as aria-keyshortcuts spells them. */
export const skipShortcut = 'PageDown';
export const endShortcut = 'Escape';
export const sprintSummary = (saved: number, skipped: number) => `${saved} checked in, ${skipped} skipped`;
export const sprintNothing = 'No check-ins are due.';
export const backToList = 'Back to the list';
export const sprintExit = 'End sprint';
export const saved = (title: string) => `Saved: ${title}.`;

// Snooze, conflicts, drafts
const snoozeUntilNext = 'Snooze until next check-in';
/** The snooze button's name for a screen reader: its visible words first, then which key result. */
export const snoozeFor = (title: string) => `${snoozeUntilNext}: ${title}`;
export const conflictHeading = (count: number) => `${plural(count, 'check-in', 'check-ins')} by others since the value you saw:`;
export const conflictLine = (by: string | null, value: string, time: string) => `${by ?? 'Someone'}: ${value}, ${time}`;
export const openRow = (title: string) => `Open the row of ${title} in the sheet`;
export const draftUnreadable = (typed: string) => `Your unsaved draft "${typed}" is not a value this key result takes.`;
export const discardDraft = 'Discard draft';
