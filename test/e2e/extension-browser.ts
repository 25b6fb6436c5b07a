/**
 * Chromium with the built extension loaded, for the end-to-end tests: Debian's /usr/bin/chromium
 * driven by playwright-core (nothing may download a browser). Every page opened through
 * `openPage`, and the service worker, record console errors (pages also uncaught exceptions
 * and dialogs) for the test to assert on.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { CHROMIUM, launchWithExtension } from '../../scripts/chromium.mjs';

export const EXTENSION_DIR = fileURLToPath(new URL('../../dist/extension', import.meta.url));

/** Why the browser tests cannot run here, or null when they can. */
export function missingPrerequisite(): string | null {
  if (!existsSync(CHROMIUM)) return `${CHROMIUM} is missing (apt-get install chromium)`;
  if (!existsSync(join(EXTENSION_DIR, 'background.js'))) return 'dist/extension is not built (node scripts/build.mjs extension)';
  return null;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The running service worker (it may have been restarted since launch). */
  worker(): Promise<Worker>;
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Console errors and page errors seen on every page opened so far. */
  errors: string[];
  /**
   * For the worker's `exit` handler, which cannot wait: Playwright's own, installed at launch,
   * kills the browser; this removes its profile.
   */
  removeProfile(): void;
}

/** A profile's folder names the test worker that made it: `okr-sheets-e2e-<pid>-XXXXXX`. */
const PROFILE_OF_WORKER = /^okr-sheets-e2e-(\d+)-/;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the profiles of test workers that have exited. A worker's exit handler can only begin
 * to remove its profile while the browser, killed at that moment, may still be writing to it;
 * what it leaves is removed here by the next run.
 */
function removeProfilesOfExitedWorkers(): void {
  for (const name of readdirSync(tmpdir())) {
    const pid = Number(PROFILE_OF_WORKER.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    try {
      rmSync(join(tmpdir(), name), { recursive: true, force: true });
    } catch {
      // The other worker, launching at the same moment, is removing it too.
    }
  }
}

export async function launchExtension(): Promise<ExtensionBrowser> {
  removeProfilesOfExitedWorkers();
  const { context, profile, worker: first, extensionId } = await launchWithExtension(EXTENSION_DIR, { profilePrefix: `okr-sheets-e2e-${process.pid}-` });
  const errors: string[] = [];
  // The service worker is a page too: it restarts, so every new one is watched as it starts.
  const watch = (worker: Worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') errors.push(`service worker: ${message.text()}`);
    });
  watch(first);
  context.on('serviceworker', watch);

  return {
    context,
    extensionId,
    errors,
    async worker() {
      const running = context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`));
      return running ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    },
    async openPage(path, viewport = { width: 480, height: 800 }) {
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`${path}: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
      page.on('dialog', (dialog) => {
        errors.push(`${path}: unexpected dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      // A reopened popup first paints its last view, inert, until the live one takes its place
      // (extension/popup/paint-last-view.ts): tests act on the live one, as a user can.
      await page.waitForFunction(() => document.querySelector('[data-last-view]') === null);
      return page;
    },
    removeProfile() {
      // A file the dying browser was still writing can make the removal fail, which must not
      // fail the exit.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 2 });
      } catch {
        // The temp folder's owner cleans it up.
      }
    },
  };
}
