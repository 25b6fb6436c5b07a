/**
 * The one module that imports webextension-polyfill: everything else imports `browser` from
 * here, so unit tests replace this module with an in-memory fake (test-support/fake-browser.ts)
 * and the polyfill can be dropped in one place once Chrome's `chrome.*` promises are enough.
 * On Firefox the polyfill hands back the native `browser` object unchanged.
 */
import browser from 'webextension-polyfill';

export { browser };
