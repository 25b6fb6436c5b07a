/**
 * The popup list's own sentences: when a check-in is due, the header's icon buttons,
 * an opened key result's actions. Beside strings.ts, as sprint-strings.ts is; named exports, so
 * each bundle keeps only those it uses.
 */

export const dueNow = 'due now';
export const dueToday = 'due today';
export const dueTomorrow = 'due tomorrow';
/** `when` is a day name or a date: "due Friday", "due Mar 14". */
export const dueOn = (when: string) => `due ${when}`;
/** `amount` carries its unit: "overdue 2 months". */
export const overdueBy = (amount: string) => `overdue ${amount}`;
export const dueHow = 'pick one to check in, then the rest';
export const dueMore = (count: number) => `and ${count} more: check in all, the most overdue first`;
export const tryAgain = 'Try again';
/** The header's tracker switch, shown with more than one tracker. */
export const trackerSwitch = 'Tracker';
export const allTrackers = 'All trackers';
/** The header's icon buttons show a glyph; strings.refresh and strings.options are their names. */
export const refreshGlyph = '\u21bb';
export const optionsGlyph = '\u2699';
/** Its accessible name (sprint-strings openRow) starts with these words: WCAG 2.5.3, label in name. */
export const openInSheet = 'Open the row';
/** Short for the sprint's "Snooze until next check-in", which stays the button's accessible name. */
export const snooze = 'Snooze';
export const checkInBlocked = 'Check-ins wait until the tracker accepts this browser again (see the problem above).';
