// Debian's Chromium with the built extension loaded, for the benchmarks: the same launch as the
// end-to-end tests (test/e2e/extension-browser.ts), in plain .mjs so node runs it without a
// TypeScript step. playwright-core only drives the browser; nothing may download one.
import { rmSync } from 'node:fs';
import { CHROMIUM, chromiumMissing, launchWithExtension } from '../scripts/chromium.mjs';
import { installPaintMarker } from './paint-marker.mjs';

export { CHROMIUM };

/** Why the popup cannot be timed here, or null when it can. */
export function missingBrowser() {
  return chromiumMissing();
}

export async function launchBenchBrowser(extensionDir) {
  const { context, profile, extensionId } = await launchWithExtension(extensionDir, {
    profilePrefix: 'okr-sheets-bench-',
    // The reference page is a file:// page that loads the popup's stylesheets from dist/.
    extraFlags: ['--allow-file-access-from-files'],
  });
  // One tab at a time: a page left open behind the measured one would share its renderer's time.
  for (const page of context.pages()) await page.close();
  const pageErrors = [];

  /** The running worker: Chromium stops it when idle and starts a new one on the next event. */
  async function worker() {
    const running = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
    return running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  }

  return {
    extensionId,
    pageErrors,
    /**
     * Replaces storage.local with `items` (from the worker, which owns the extension's storage),
     * holding the worker's network lock (extension/storage/with-lock.ts): a sync of the worker's
     * own (the one at install, an alarm's) reads the options and then drops the caches of the
     * trackers it did not find, so storage replaced in between lost its cache, and the popup
     * then never showed a key result (seen once in CI, on the first opening after launch).
     */
    async resetStorage(items) {
      await (await worker()).evaluate(async (values) => {
        await navigator.locks.request('okr-sheets:network', async () => {
          await chrome.storage.local.clear();
          await chrome.storage.local.set(values);
        });
      }, items);
    },
    /**
     * What the options page does on Save, and then the worker (extension/background/sw-views.ts):
     * forgets the popup's views (`viewKeys` in the extension's localStorage), tells the worker the
     * options changed, and waits until the page it opens out of sight has kept today's view and
     * the next days' (the last of `viewKeys`).
     */
    async keepViewsAfterOptionsChange(viewKeys, timeoutMs) {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/options.html`);
        await page.evaluate((keys) => keys.forEach((key) => localStorage.removeItem(key)), viewKeys);
        await page.evaluate(() => chrome.runtime.sendMessage({ type: 'options-saved' }));
        await page.waitForFunction((key) => localStorage.getItem(key) !== null, viewKeys.at(-1), { timeout: timeoutMs, polling: 50 });
      } finally {
        await page.close();
      }
    },
    /**
     * Opens `url` in a new tab of `viewport` size, waits until every target of `targets` (see
     * paint-marker.mjs) is painted, and returns the page's marks. `beforeLoad`: `[fn, arg]` run
     * in the page before its own scripts; `beforeClose`: `[predicate, arg]` the page must meet
     * before it is closed.
     */
    async openAndMark(url, targets, { viewport, timeoutMs, beforeLoad = null, beforeClose = null }) {
      const page = await context.newPage();
      try {
        await page.setViewportSize(viewport);
        page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') pageErrors.push(`${url}: console error: ${message.text()}`);
        });
        if (beforeLoad !== null) await page.addInitScript(...beforeLoad);
        await page.addInitScript(installPaintMarker, targets);
        await page.goto(url, { waitUntil: 'commit' });
        const keys = targets.map((target) => target.key);
        try {
          await page.waitForFunction((names) => names.every((name) => window.__paintMarks[name] !== null), keys, { timeout: timeoutMs, polling: 50 });
        } catch (error) {
          // Say what never came, and what the page showed instead, not only that time ran out.
          const { __paintMarks: marks, text } = await page.evaluate(() => ({ __paintMarks: window.__paintMarks, text: document.body?.innerText.slice(0, 300) ?? '' })).catch(() => ({ __paintMarks: null, text: '' }));
          const missing = marks === null ? keys : keys.filter((key) => marks[key] === null);
          throw new Error(`${url}: not painted within ${timeoutMs} ms: ${missing.join(', ')} (matched at the last change: ${JSON.stringify(marks?.counts ?? null)}; the page showed: ${JSON.stringify(text)})`, { cause: error });
        }
        const marks = await page.evaluate(() => window.__paintMarks);
        if (beforeClose !== null) await page.waitForFunction(...beforeClose, { timeout: timeoutMs, polling: 50 });
        return marks;
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
