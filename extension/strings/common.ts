/**
 * The sentences more than one surface shows (the popup, the options page, the badge's tooltip
 * and the notifications), and `plural`, the one plural rule. Each surface's module re-exports
 * them (popup.ts, options.ts, worker.ts), so a component imports only its own surface's module.
 * Named exports, read as `strings.x` through `import * as strings`, so each bundle keeps only
 * the sentences it uses (the popup's first paint has a budget: test/e2e/bundle-size.test.ts).
 * One day: `_locales/` and i18n.getMessage.
 * Error sentences say what happened and what to do, and never quote the token or the feed URL.
 */
import type { ApiErrorCode, KeyResultStatus } from '../../shared/feed/feed.js';
import { MENU, menuPath } from '../../shared/menu-path.js';

/** "1 key result", "3 key results": the one plural rule of every strings module. */
export const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const API_ERRORS: Record<ApiErrorCode, string> = {
  unauthorized: 'The tracker refused the access token',
  'bad-request': 'The tracker refused this check-in',
  'not-found': 'The tracker has no such key result any more (it may have been renamed or deleted)',
  conflict: 'The tracker was busy with another change',
  'not-bound': 'The tracker\'s web app has no spreadsheet',
  internal: 'The tracker had a problem',
};
const TOKEN_ADVICE = `copy the current one from ${menuPath(MENU.publish)} in the sheet into the options page`;

/** The popup's heading and the first line of the badge's tooltip. */
export const appName = 'OKR Sheets';
/** Said of a tracker with no name yet: in sentences, and as a name on its own. */
export const theTracker = 'the tracker';
export const theTrackerName = 'The tracker';

// The feed URL: checked before every request, so a bad one is the feed's error wherever that shows
export const urlMissing = `Enter the feed URL: in the sheet, ${menuPath(MENU.publish)} shows it.`;
export const urlNotAnAddress = 'That is not a web address: paste the whole feed URL, starting with https://.';
export const urlNotHttps = 'Only https:// addresses are accepted (http:// only for 127.0.0.1 or localhost, the local demo).';
export const urlHasCredentials = 'Remove the user name and password from the address.';
export const urlHasToken = 'Remove ?token=… from the address and put the token in "Access token" instead.';

// Talking to the tracker: the popup, the options page's Test and the badge's tooltip show these
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
/** Stored by the worker as the reason a check-in was not sent, shown by the popup like the errors above. */
export const trackerRemoved = 'This tracker was removed on the options page, so the check-in cannot be sent.';

/** A key result's status: the popup's labels and the badge's tooltip, so both say the same. */
export const status = { done: 'done', 'on-track': 'on track', 'at-risk': 'at risk', 'off-track': 'off track', 'not-started': 'not started' } satisfies Record<KeyResultStatus, string>;
