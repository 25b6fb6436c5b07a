/**
 * Sentences of the check-in sprint, drafts, conflicts, snooze and tracker switch,
 * beside strings.ts like reminder-strings.ts. Named exports, so the popup keeps only those it uses.
 */
import { plural } from './plural.js';

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
const snooze = 'Snooze until next check-in';
/** The snooze button's name for a screen reader: its visible words first, then which key result. */
export const snoozeFor = (title: string) => `${snooze}: ${title}`;
export const conflictHeading = (count: number) => `${plural(count, 'check-in', 'check-ins')} by others since the value you saw:`;
export const conflictLine = (by: string | null, value: string, time: string) => `${by ?? 'Someone'}: ${value}, ${time}`;
export const openRow = (title: string) => `Open the row of ${title} in the sheet`;
export const sprintExit = 'End sprint';
export const saved = (title: string) => `Saved: ${title}.`;
export const decimalComma = (fixed: string) => `Use a point for decimals: ${fixed}.`;
export const useSuggestion = (value: string) => `Save ${value}`;
export const keepTyped = (value: string) => `Save ${value} anyway`;
export const draftUnreadable = (typed: string) => `Your unsaved draft "${typed}" is not a value this key result takes.`;
export const discardDraft = 'Discard draft';
