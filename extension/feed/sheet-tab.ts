/**
 * "Open the sheet" reuses a tab already showing the spreadsheet (notifier-for-github#50, notifier-for-github#114:
 * two tabs for one page). A tab's URL is readable only with the "tabs" permission or a host
 * permission for docs.google.com: the extension asks for the latter, optionally, from a click on
 * the options page ("Reuse open spreadsheet tabs"). Without it every tab comes back without
 * `url`, nothing matches, and a new tab opens as before.
 * https://developer.chrome.com/docs/extensions/reference/api/tabs#type-Tab
 */
import { SHEET_URL_PATTERN } from '../../shared/feed/sheet-url.js';

const SHEET_URL = new RegExp(SHEET_URL_PATTERN, 'u');

/**
 * Whether the extension may open `url`: the feed validator's rule (a Google Sheets address, or the
 * loopback demo's), checked again where links are opened, so that a feed cached by an older
 * version, or any other caller, cannot send "Open the sheet" to another site.
 */
export function isSheetLink(url: unknown): url is string {
  return typeof url === 'string' && SHEET_URL.test(url);
}

export interface TabLike {
  id?: number;
  windowId?: number;
  url?: string;
}

/** The spreadsheet a Sheets URL shows, or for any other address its origin and path. */
export function documentOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const sheet = /^\/spreadsheets(?:\/u\/\d+)?\/d\/([^/]+)/.exec(parsed.pathname);
  return sheet !== null && parsed.hostname === 'docs.google.com' ? `sheets:${sheet[1]}` : `${parsed.origin}${parsed.pathname}`;
}

/** The first tab, among those whose URL we may read, showing the same document as `url`. */
export function findSheetTab<T extends TabLike>(tabs: readonly T[], url: string): T | null {
  const wanted = documentOf(url);
  if (wanted === null) return null;
  return tabs.find((tab) => tab.id !== undefined && tab.url !== undefined && documentOf(tab.url) === wanted) ?? null;
}
