/**
 * Every sentence the options page shows: the trackers, the settings, the reminder settings and
 * the problems each field can have. The sentences it shares with the other surfaces (the feed's
 * errors a Test reports, the feed URL's problems) are common.ts's, re-exported here, so an
 * options component imports this module only. Named exports, read through `import * as strings`.
 */
import { MENU, menuPath } from '../../shared/menu-path.js';
import { plural } from './common.js';

export * from './common.js';

export const optionsTitle = 'OKR Sheets options';

// Trackers
export const trackersHeading = 'Trackers';
export const trackerLegend = (n: number) => `Tracker ${n}`;
export const trackerName = 'Tracker name';
export const trackerNameHint = "Leave it empty to use the spreadsheet's own name.";
export const feedUrl = 'Feed URL';
export const feedUrlHint = `In the sheet: ${menuPath(MENU.publish)} It ends in /exec.`;
export const accessToken = 'Access token';
export const accessTokenHint = 'Kept in this browser only, never synced.';
export const tokenMissing = 'Enter the access token.';
export const test = 'Test';
export const testing = 'Testing…';
export const testPassed = (tracker: string, period: string, count: number) => `Connected to "${tracker}" (${period}): ${plural(count, 'key result', 'key results')}.`;
export const removeTracker = 'Remove this tracker';
export const addTracker = 'Add another tracker';

// Settings
export const settingsHeading = 'Settings';
export const yourName = 'Your name';
export const yourNameHint = 'As written in the Owner column. "Mine" and the badge then show only your key results.';
export const nameTooLong = (max: number) => `Keep your name under ${max} characters.`;
export const refreshEvery = 'Refresh every (minutes)';
export const refreshOutOfRange = (min: number, max: number) => `Choose a whole number of minutes from ${min} to ${max}.`;
export const save = 'Save';
export const saved = 'Saved.';
export const fixProblems = 'Nothing was saved: fix the problems marked above.';
export const unsaved = 'Unsaved changes';

// Optional permissions
export const googleAccessText =
  'Optional: let the extension read Google\'s answers directly. This helps when the web app answers with an error page, which Google sends without the header a browser needs to show it.';
export const googleAccessButton = 'Read Google Apps Script error pages';
export const googleAccessDenied = 'Access was not allowed. The extension still works; error pages will show as connection problems.';
export const sheetTabsText =
  'Optional: let "Open the sheet" and the key results\u2019 links switch to a tab already showing the spreadsheet, instead of opening another. This lets the extension see the addresses of your Google Sheets tabs, and nothing else.';
export const sheetTabsButton = 'Reuse open spreadsheet tabs';
export const sheetTabsDenied = 'Not allowed. Links to the sheet open a new tab.';

// Reminders
export const remindersHeading = 'Reminders';
export const remindersEnable = 'Remind me when a check-in is due';
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
