/**
 * Which links the extension may open, on its own so that the popup's first paint can check a link
 * without the whole feed validator (shared/feed/feed-validate.ts builds its checkers when loaded).
 *
 * A link the extension may open: a Google Sheets address, or the local demo's own pages on the
 * loopback address (http://127.0.0.1:<port>/ or http://localhost:<port>/, which reach only the
 * user's machine; the extension also requires the feed's own origin, see `foreignLocalLinks` in
 * feed-validate.ts). Lowercase host only (Google writes it so), the path right after it, so that
 * "https://docs.google.com.evil.com/…", "https://docs.google.com@evil.com/…" and
 * "https://evil.com/?docs.google.com/spreadsheets" are refused; no blanks, backslashes or
 * control characters, which URL parsers strip or reinterpret.
 */
export const SHEET_URL_PATTERN = '^(?:https://docs\\.google\\.com/spreadsheets/|http://(?:127\\.0\\.0\\.1|localhost):\\d{1,5}/)[^\\s\\\\\\u0000-\\u001f\\u007f]*$';
