/**
 * Every sentence a user can see, in one place (one day: `_locales/` and i18n.getMessage).
 * Named exports, read as `strings.x` through `import * as strings`, so each bundle keeps only
 * the sentences it uses (the popup has a 20 KB budget).
 * Error sentences say what happened and what to do, and never quote the token or the feed URL.
 */
import type { ApiErrorCode, KeyResultStatus } from '../../shared/feed/feed.js';
import { MENU, menuPath } from '../../shared/menu-path.js';
import { plural } from './plural.js';


const API_ERRORS: Record<ApiErrorCode, string> = {
  unauthorized: 'The tracker refused the access token',
  'bad-request': 'The tracker refused this check-in',
  'not-found': 'The tracker has no such key result any more (it may have been renamed or deleted)',
  conflict: 'The tracker was busy with another change',
  'not-bound': 'The tracker\'s web app has no spreadsheet',
  internal: 'The tracker had a problem',
};
const TOKEN_ADVICE = `copy the current one from ${menuPath(MENU.publish)} in the sheet into the options page`;

export const appName = 'OKR Sheets';
export const theTracker = 'the tracker';
export const theTrackerName = 'The tracker';

// Feed URL and options
export const urlMissing = `Enter the feed URL: in the sheet, ${menuPath(MENU.publish)} shows it.`;
export const urlNotAnAddress = 'That is not a web address: paste the whole feed URL, starting with https://.';
export const urlNotHttps = 'Only https:// addresses are accepted (http:// only for 127.0.0.1 or localhost, the local demo).';
export const urlHasCredentials = 'Remove the user name and password from the address.';
export const urlHasToken = 'Remove ?token=… from the address and put the token in "Access token" instead.';
export const trackerRemoved = 'This tracker was removed on the options page, so the check-in cannot be sent.';
export const nameTooLong = (max: number) => `Keep your name under ${max} characters.`;
export const tokenMissing = 'Enter the access token.';
export const refreshOutOfRange = (min: number, max: number) => `Choose a whole number of minutes from ${min} to ${max}.`;

// Talking to the tracker
export const offline = 'You are offline: connect to the internet.';
export const unreachable = (site: string) => `${site} did not answer: its server may be down, or the feed URL may name the wrong host.`;
export const timeout = (site: string, seconds: number) => `${site} did not answer within ${seconds} seconds.`;
export const htmlAnswer = "The feed URL answered with a web page, not the tracker: check that the web app is deployed with access 'Anyone'.";
export const httpStatus = (site: string, status: number) =>
  status === 404 ? `${site} says there is no such page (404): check the feed URL.` : `${site} answered with an error (HTTP ${status}).`;
/** The web app's own words (`detail`) follow ours. Whether it is tried again is said where it is (outbox, popup), not here: a Test in the options is not retried. */
export const apiError = (code: ApiErrorCode, detail: string, permanent = false) => {
  const reason = detail !== '' ? detail.replace(/\.$/, '') : code === 'unauthorized' ? TOKEN_ADVICE : '';
  // A conflict that retrying cannot clear (a request ID reused for another key result) is a refusal, not a busy tracker.
  const lead = code === 'conflict' && permanent ? API_ERRORS['bad-request'] : API_ERRORS[code];
  return `${lead}${reason === '' ? '' : `: ${reason}`}.`;
};
export const invalidAnswer = (problems: readonly string[]) =>
  `The tracker sent data this version of the extension can't read (${problems[0] ?? 'unknown problem'}${problems.length > 1 ? `, and ${plural(problems.length - 1, 'more problem', 'more problems')}` : ''}). The last good copy is kept.`;

// Badge
export const badgeNotConfigured = 'OKR Sheets: open the options to add your tracker';

// Time and numbers
export const justNow = 'just now';
export const minutesAgo = (n: number) => `${n} min ago`;
export const hoursAgo = (n: number) => `${n} h ago`;
export const daysAgo = (n: number) => plural(n, 'day ago', 'days ago');
export const noGrade = '–';
export const noValue = '–';
export const statusUnknown = 'no status';
export const status = { done: 'done', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'not-started': 'not started' } satisfies Record<KeyResultStatus, string>;

// Check-in form
export const valueMissing = 'Enter the new value.';
export const valueNotNumber = 'Enter a number, such as 42, 1,200 or 25%.';
export const valueTooLong = (max: number) => `Keep the value under ${max} characters.`;
export const confidenceRange = 'Confidence is a whole number from 1 to 10 (or leave it empty).';
export const noteTooLong = (max: number) => `Keep the note under ${max} characters.`;

// Popup
export const dueHeading = (count: number) => `Due check-ins (${count})`;
export const nothingDue = 'Nothing due. Well done.';
export const viewLabel = 'Show key results';
export const mine = 'Mine';
export const team = 'Team';
export const nameNeededForMine = 'Set your name on the options page to see only your key results.';
export const noneMine = (name: string) => `No key results here are owned by ${name}. Switch to Team to see them all.`;
export const refresh = 'Refresh';
export const refreshing = 'Refreshing…';
export const options = 'Options';
export const updated = (ago: string) => `updated ${ago}`;
export const notReadYet = 'Reading the tracker…';
export const showingLastCopy = 'Showing the last copy.';
export const openTracker = 'Open the sheet';
export const otherKeyResults = 'Other key results';
export const grade = 'grade';
export const owner = (owner: string | null) => (owner ? `Owner: ${owner}` : 'No owner');
export const firstRunTitle = 'Welcome to OKR Sheets';
export const firstRunText = "Connect your team's OKR tracker to see your key results, their grades and the check-ins that are due.";
export const openOptions = 'Open options';
export const checkIn = 'Check in';
export const checkInFor = (title: string) => `Check in: ${title}`;
export const valueLabel = 'Value';
export const confidenceLabel = 'Confidence (1–10)';
export const noteLabel = 'Note';
export const saveCheckIn = 'Save check-in';
export const cancel = 'Cancel';
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

