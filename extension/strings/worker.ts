/**
 * Every sentence the browser shows outside the pages: the toolbar badge's tooltip, which says
 * what happened and what to do, and the notifications (the worker's reminders, and the options
 * page's test notification, which shows what they look like). The sentences shared with the
 * other surfaces are common.ts's, re-exported here. Named exports, read through
 * `import * as strings`.
 */
import { plural } from './common.js';

export * from './common.js';

// The badge's tooltip
export const badgeNotConfigured = 'OKR Sheets: open the options to add your tracker';
export const needsYou = "! Needs you: fix it in the extension's options.";
export const notSaved = (count: number) => `${plural(count, 'check-in was', 'check-ins were')} not saved: open the popup.`;
export const badgeOffline = "off: can't reach the tracker. Check your internet connection; it refreshes by itself once back online.";
/** The network is there but the tracker's server did not answer: "check your internet" would mislead. */
export const badgeUnreachable = 'off: the tracker did not answer. It refreshes by itself once it answers again.';
export const stale = (minutes: number) => `… Not updated for over ${minutes} minutes: open the popup to refresh.`;
export const neverRead = '… Reading the tracker for the first time.';
export const due = (count: number) => `${plural(count, 'check-in', 'check-ins')} due`;
export const nothingDue = 'No check-ins due';
export const onTrack = 'Your key results are on track.';
export const behindHeading = 'At risk or off track:';
/** `status`: the popup label's own words (common.ts `status`), so badge and popup say the same. */
export const behindLine = (title: string, tracker: string, status: string) => `• ${title} (${tracker}) — ${status}`;
export const andMore = (count: number) => `• and ${count} more`;
export const problemLine = (tracker: string, message: string) => `${tracker}: ${message}`;

// Notifications
export const dueTitle = 'Check-in due';
export const followUpTitle = 'Check-in still due';
export const dueMessage = (title: string, tracker: string) => `${title} (${tracker})`;
export const summaryTitle = (count: number) => `${plural(count, 'check-in is', 'check-ins are')} due`;
export const summaryMessage = 'Open OKR Sheets to check in.';
export const checkInButton = 'Check in';
export const testTitle = 'OKR Sheets test notification';
export const testMessage = 'Reminders will look like this.';
