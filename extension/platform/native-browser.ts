/**
 * The popup's `browser`: the browser's own object, without webextension-polyfill (30 KB, about
 * 7 KB gzip, a third of the popup's first-paint budget). The build puts this module in the
 * polyfill's place for the popup only (scripts/build.mjs); platform/browser.ts stays the one
 * module that names the polyfill. It is enough there: Firefox has `browser`, and every chrome.*
 * call the popup makes (storage, runtime.sendMessage and openOptionsPage, tabs, windows)
 * returns a promise in Chrome's Manifest V3 since version 121 (manifest.json's minimum).
 * https://developer.chrome.com/docs/extensions/develop/migrate/api-calls#replace-callbacks
 */
import type Browser from 'webextension-polyfill';

type Api = typeof Browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
const api = (scope.browser ?? scope.chrome) as Api;

export default api;
