/// <reference types="chrome" />
/**
 * One Chromium with the built extension per worker process, shared by the test files the worker
 * runs (the browser project does not isolate its files, vitest.config.ts), reset before each
 * test (pages closed, storage and alarms cleared) and checked after it (no console error on any
 * page opened), plus the steps every browser test repeats: configure a tracker on the options
 * page, open the popup, check in, read the badge. Without Chromium the tests are skipped with a loud warning,
 * except under CI, where they fail.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchExtension, missingPrerequisite, type ExtensionBrowser } from './extension-browser.js';

interface TrackerAccess {
  url: string;
  token: string;
}

export interface CheckInEntry {
  value: string;
  confidence?: string;
  note?: string;
}

const missing = missingPrerequisite();
const skipped = missing !== null && !process.env.CI;
if (skipped) console.warn(`\n\n*** SKIPPING the browser end-to-end tests: ${missing}. Under CI this fails. ***\n\n`);

export function describeInBrowser(name: string, body: () => void): void {
  describe.skipIf(skipped)(name, { timeout: 60_000 }, body);
}

/** A key result's list item in the popup, found by its title within one tracker's section. */
export function keyResultItem(popup: Page, trackerName: string, title: string): Locator {
  return popup.getByRole('region', { name: trackerName, exact: true }).getByRole('listitem').filter({ hasText: title });
}

/**
 * A key result's item, opened in place (its row is a disclosure button): its details, actions
 * and form are then on the page.
 */
export async function openKeyResult(popup: Page, trackerName: string, title: string): Promise<Locator> {
  const item = keyResultItem(popup, trackerName, title);
  const row = item.locator('.kr-row');
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await item.locator('.kr-details').locator('.kr-meta').waitFor();
  return item;
}

/** The grade a key result's item shows ("0.58"). */
export async function shownGrade(popup: Page, trackerName: string, title: string): Promise<string> {
  return (await keyResultItem(popup, trackerName, title).getByTitle('grade', { exact: true }).innerText()).trim();
}

export async function checkIn(popup: Page, trackerName: string, title: string, entry: CheckInEntry): Promise<void> {
  const item = await openKeyResult(popup, trackerName, title);
  await item.getByRole('button', { name: `Check in: ${title}`, exact: true }).click();
  await item.getByLabel('Value').fill(entry.value);
  await item.getByLabel('Confidence').fill(entry.confidence ?? '');
  await item.getByLabel('Note').fill(entry.note ?? '');
  await item.getByRole('button', { name: 'Save check-in' }).click();
}

export interface ExtensionSession {
  /** The browser of this file (launched in beforeAll). */
  browser(): ExtensionBrowser;
  configure(tracker: TrackerAccess, name?: string): Promise<void>;
  /** The popup, once the tracker's section lists its first key result. */
  openPopup(trackerName: string, viewport?: { width: number; height: number }): Promise<Page>;
  badgeText(): Promise<string>;
}

/**
 * This worker's browser, launched by the first file that asks (a launch with the extension is
 * seconds of two busy cores; a reset between tests is a fraction of one). It goes when the
 * worker's process exits.
 */
let shared: Promise<ExtensionBrowser> | undefined;

function sharedBrowser(): Promise<ExtensionBrowser> {
  if (shared !== undefined) return shared;
  const launching = launchExtension().then((browser) => {
    process.once('exit', () => browser.removeProfile());
    // A browser that crashed fails the file it crashed in; the next file gets a new one.
    browser.context.once('close', () => {
      if (shared === launching) shared = undefined;
      browser.removeProfile();
    });
    return browser;
  });
  // Nor is a launch that failed reported by every file after it: the next file tries again.
  launching.catch(() => {
    if (shared === launching) shared = undefined;
  });
  shared = launching;
  return launching;
}

/** Registers the hooks of the shared browser; call at the top of a `describeInBrowser`. */
export function useExtension(): ExtensionSession {
  let browser: ExtensionBrowser | undefined;
  const current = () => {
    if (browser === undefined) throw new Error('the browser is not running');
    return browser;
  };

  beforeAll(async () => {
    if (missing !== null) throw new Error(`browser tests cannot run: ${missing}`);
    browser = await sharedBrowser();
    // Errors of an earlier file's pages are that file's.
    browser.errors.length = 0;
  });

  afterAll(async () => {
    // The next file starts with no page of this one's; a browser that never started has none.
    for (const page of browser?.context.pages() ?? []) await page.close();
    browser = undefined;
  });

  beforeEach(async () => {
    for (const page of current().context.pages()) await page.close();
    const worker = await current().worker();
    await worker.evaluate(async () => {
      await chrome.alarms.clearAll();
      // Under the worker's network lock (extension/storage/with-lock.ts), so a sync the last test
      // started cannot write its tracker's cache, or drop caches, after the clear.
      await navigator.locks.request('okr-sheets:network', () => chrome.storage.local.clear());
    });
  });

  afterEach(() => {
    expect(current().errors.splice(0)).toEqual([]);
  });

  return {
    browser: current,
    async configure(tracker, name = '') {
      const options = await current().openPage('options.html');
      await options.getByLabel('Feed URL').fill(tracker.url);
      await options.getByLabel('Access token').fill(tracker.token);
      await options.getByLabel('Your name').fill(name);
      await options.getByRole('button', { name: 'Save', exact: true }).click();
      await options.getByText('Saved.').waitFor();
      await options.close();
    },
    async openPopup(trackerName, viewport) {
      const popup = await current().openPage('popup.html', viewport);
      await popup.getByRole('region', { name: trackerName, exact: true }).getByRole('listitem').first().waitFor();
      return popup;
    },
    async badgeText() {
      return (await current().worker()).evaluate(() => chrome.action.getBadgeText({}));
    },
  };
}
