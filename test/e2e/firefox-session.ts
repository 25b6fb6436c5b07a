/**
 * Firefox ESR with the built extension, for the browser tests that must hold in both browsers
 * (scripts/firefox.mjs launches it). One browser per test file; every page opened records
 * console errors and uncaught exceptions for the test to assert on. Pages of the add-on never
 * fire their load event over BiDi, so `openPage` starts the navigation and polls
 * document.readyState instead. Without Firefox the tests are skipped with a loud warning,
 * except under CI, where they fail.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { firefoxMissing, launchFirefoxWithExtension } from '../../scripts/firefox.mjs';
import { EXTENSION_DIR } from './extension-browser.js';

const missing = firefoxMissing() ?? (existsSync(join(EXTENSION_DIR, 'background.js')) ? null : 'dist/extension is not built (node scripts/build.mjs extension)');
const skipped = missing !== null && !process.env.CI;
if (skipped) console.warn(`\n\n*** SKIPPING the Firefox end-to-end tests: ${missing}. Under CI this fails. ***\n\n`);

export function describeInFirefox(name: string, body: () => void): void {
  describe.skipIf(skipped)(name, { timeout: 90_000 }, body);
}

export interface FirefoxSession {
  browser(): Browser;
  /** Opens an extension page (`options.html`, `popup.html`) once its document is complete. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Waits until `predicate` (run in the page) is true. */
  until(page: Page, predicate: string): Promise<void>;
}

export function useFirefox(options: { idleSeconds?: number } = {}): FirefoxSession {
  let launched: Awaited<ReturnType<typeof launchFirefoxWithExtension>> | undefined;
  const errors: string[] = [];
  const current = () => {
    if (launched === undefined) throw new Error('Firefox is not running');
    return launched;
  };

  beforeAll(async () => {
    if (missing !== null) throw new Error(`Firefox tests cannot run: ${missing}`);
    launched = await launchFirefoxWithExtension(EXTENSION_DIR, options);
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
  });
  afterEach(() => {
    expect(errors.splice(0)).toEqual([]);
  });

  const until = async (page: Page, predicate: string) => {
    await page.waitForFunction(predicate, { timeout: 20_000, polling: 100 });
  };

  return {
    browser: () => current().browser,
    until,
    async openPage(path, viewport = { width: 480, height: 800 }) {
      const page = await current().browser.newPage();
      await page.setViewport(viewport);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${path}: ${error instanceof Error ? error.message : String(error)}`));
      // The load event of a moz-extension:// page never reaches BiDi: do not wait for it.
      void page.goto(`${current().origin}/${path}`, { timeout: 0, waitUntil: [] as never }).catch(() => undefined);
      const deadline = Date.now() + 20_000;
      for (;;) {
        const state = await page
          .evaluate(() => `${location.protocol}|${document.readyState}|${document.querySelector('[data-last-view]') === null ? 'live' : 'last view'}`)
          .catch(() => '');
        // A reopened popup's last view (extension/popup/paint-last-view.ts) is inert until the live one replaces it.
        if (state === 'moz-extension:|complete|live') break;
        if (Date.now() > deadline) throw new Error(`${path} did not load in Firefox (last state: ${state || 'none'})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return page;
    },
  };
}
