/**
 * The options page's sentences: every sentence the page shows comes from this module (the
 * sentences it shares with the popup and the worker, such as the feed's errors, are re-exported
 * from strings.ts).
 */
import { MENU, menuPath } from '../../shared/menu-path.js';
import { plural } from './plural.js';

export * from './common.js';

export const optionsTitle = 'OKR Sheets options';
export const trackersHeading = 'Trackers';
export const trackerLegend = (n: number) => `Tracker ${n}`;
export const trackerName = 'Tracker name';
export const trackerNameHint = "Leave it empty to use the spreadsheet's own name.";
export const feedUrl = 'Feed URL';
export const feedUrlHint = `In the sheet: ${menuPath(MENU.publish)} It ends in /exec.`;
export const accessToken = 'Access token';
export const accessTokenHint = 'Kept in this browser only, never synced.';
export const test = 'Test';
export const testing = 'Testing…';
export const testPassed = (tracker: string, period: string, count: number) => `Connected to "${tracker}" (${period}): ${plural(count, 'key result', 'key results')}.`;
export const removeTracker = 'Remove this tracker';
export const addTracker = 'Add another tracker';
export const settingsHeading = 'Settings';
export const yourName = 'Your name';
export const yourNameHint = 'As written in the Owner column. "Mine" and the badge then show only your key results.';
export const refreshEvery = 'Refresh every (minutes)';
export const save = 'Save';
export const saved = 'Saved.';
export const fixProblems = 'Nothing was saved: fix the problems marked above.';
export const unsaved = 'Unsaved changes';
export const googleAccessText =
  'Optional: let the extension read Google\'s answers directly. This helps when the web app answers with an error page, which Google sends without the header a browser needs to show it.';
export const googleAccessButton = 'Read Google Apps Script error pages';
export const sheetTabsText =
  'Optional: let "Open the sheet" and the key results\u2019 links switch to a tab already showing the spreadsheet, instead of opening another. This lets the extension see the addresses of your Google Sheets tabs, and nothing else.';
export const sheetTabsButton = 'Reuse open spreadsheet tabs';
export const sheetTabsDenied = 'Not allowed. Links to the sheet open a new tab.';
export const googleAccessDenied = 'Access was not allowed. The extension still works; error pages will show as connection problems.';
