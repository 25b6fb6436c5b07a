/**
 * Which feed URLs the extension accepts, and how messages name a tracker without leaking it:
 * with access "Anyone" the /exec URL plus the token is the credential, so error text names
 * the host only (as Chromodoro does, https://github.com/haileiyu/chromodoro).
 */
import * as strings from '../strings/common.js';
import { DEV_URL_REFUSED, webAppUrlKind } from '../../shared/web-app-url.js';

export type UrlCheck = { ok: true; url: string } | { ok: false; message: string };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** The origins a user may grant from the options page, so Google's 302 hop is readable too. */
export const GOOGLE_SCRIPT_ORIGINS = ['https://script.google.com/*', 'https://script.googleusercontent.com/*'];
/** Lets "Open the sheet" find a tab already on the spreadsheet (tab URLs are hidden without it). */
export const SHEETS_ORIGINS = ['https://docs.google.com/spreadsheets/*'];

export function checkFeedUrl(text: string): UrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: strings.urlMissing };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, message: strings.urlNotAnAddress };
  }
  const local = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !local) return { ok: false, message: strings.urlNotHttps };
  // fetch() refuses URLs with credentials; say so before the user wonders why Test fails.
  if (url.username !== '' || url.password !== '') return { ok: false, message: strings.urlHasCredentials };
  if (url.searchParams.has('token')) return { ok: false, message: strings.urlHasToken };
  // The /dev URL serves signed-in editors only: the extension would get Google's sign-in page.
  if (webAppUrlKind(url.href) === 'dev') return { ok: false, message: DEV_URL_REFUSED };
  return { ok: true, url: url.href };
}

/** The host to name in messages ("script.google.com"), never the path or the query. */
export function siteOf(url: string): string {
  try {
    return new URL(url).host || strings.theTracker;
  } catch {
    return strings.theTracker;
  }
}

export function isGoogleScriptUrl(url: string): boolean {
  try {
    return new URL(url).hostname === 'script.google.com';
  } catch {
    return false;
  }
}
