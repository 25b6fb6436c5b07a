/**
 * Sentences of reminders and of their settings. Kept beside strings.ts (which another part of
 * the extension grows at the same time) until the two merge.
 */
import { plural } from './plural.js';

// Notifications
export const dueTitle = 'Check-in due';
export const followUpTitle = 'Check-in still due';
export const dueMessage = (title: string, tracker: string) => `${title} (${tracker})`;
export const summaryTitle = (count: number) => `${plural(count, 'check-in is', 'check-ins are')} due`;
export const summaryMessage = 'Open OKR Sheets to check in.';
export const checkInButton = 'Check in';
export const testTitle = 'OKR Sheets test notification';
export const testMessage = 'Reminders will look like this.';

// Options page
export const heading = 'Reminders';
export const enable = 'Remind me when a check-in is due';
export const workingDays = 'Working days';
export const dayNames = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const workStart = 'Working hours start';
export const workEnd = 'Working hours end';
export const hoursHint = 'Reminders come only on working days within these hours, in this computer’s time zone.';
export const awayUntil = 'Away until (last day away)';
export const awayHint = 'No reminders up to and including this day. Leave empty when you are here.';
export const clockInvalid = 'Enter a time such as 09:00.';
export const endBeforeStart = 'The end of the working day must come after its start.';
export const noWorkingDay = 'Choose at least one working day, or switch reminders off.';
export const awayInvalid = 'Enter a date, or leave it empty.';
export const sendTest = 'Send a test notification';
export const sendingTest = 'Sending…';
export const testSent =
  'Sent. If no notification appeared, your system is hiding them: allow notifications for your browser in the system settings (and turn off Do Not Disturb or Focus), then try again.';
export const testDenied =
  'Notifications for this extension are switched off in the browser. Allow them in the browser’s settings for OKR Sheets (or the site settings for extensions), then try again.';
export const testFailed =
  'The browser refused to show a notification. Check that your system allows notifications from the browser, then try again. The badge and the popup still show every due check-in.';
