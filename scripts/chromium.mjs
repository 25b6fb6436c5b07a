// Debian's Chromium with an unpacked extension loaded, for the browser tests and the popup
// bench: one launch so both measure the same browser. playwright-core only drives the browser;
// nothing may download one. The flags keep Chromium off the network (this machine has none).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumMissing() {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} is missing (apt-get install chromium)`;
}

/** Launches a fresh profile with `extensionDir` loaded; resolves once its service worker runs. */
export async function launchWithExtension(extensionDir, { extraFlags = [], profilePrefix = 'okr-sheets-' } = {}) {
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraFlags, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, profile, worker, extensionId: new URL(worker.url()).host };
}
