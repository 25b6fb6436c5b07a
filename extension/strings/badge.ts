/**
 * The badge's tooltip sentences: each state says what happened and what to do. Kept beside
 * strings.ts (which another part of the extension grows at the same time) until the two merge.
 */
import { plural } from './plural.js';

export const needsYou = "! Needs you: fix it in the extension's options.";
export const notSaved = (count: number) => `${plural(count, 'check-in was', 'check-ins were')} not saved: open the popup.`;
export const offline = "off: can't reach the tracker. Check your internet connection; it refreshes by itself once back online.";
/** The network is there but the tracker's server did not answer: "check your internet" would mislead. */
export const unreachable = 'off: the tracker did not answer. It refreshes by itself once it answers again.';
export const stale = (minutes: number) => `… Not updated for over ${minutes} minutes: open the popup to refresh.`;
export const neverRead = '… Reading the tracker for the first time.';
export const due = (count: number) => `${plural(count, 'check-in', 'check-ins')} due`;
export const nothingDue = 'No check-ins due';
export const onTrack = 'Your key results are on track.';
export const behindHeading = 'At risk or off track:';
/** `status`: the popup label's own words (strings.ts `status`), so badge and popup say the same. */
export const behindLine = (title: string, tracker: string, status: string) => `• ${title} (${tracker}) — ${status}`;
export const andMore = (count: number) => `• and ${count} more`;
export const problemLine = (tracker: string, message: string) => `${tracker}: ${message}`;
