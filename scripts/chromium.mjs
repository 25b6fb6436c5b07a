// Debian's Chromium with an unpacked extension loaded, for the browser tests and the popup
// bench: one launch so both measure the same browser. playwright-core only drives the browser;
// nothing may download one. The flags keep Chromium off the network (this machine has none).
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/**
 * What playwright-core 1.65 disables (its chromiumSwitches.ts). Chromium reads one
 * --disable-features, the last, so ours must repeat Playwright's; test/e2e/chromium-flags.test.ts
 * fails when an update of Playwright disables a feature this list lacks.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's popup, which Chromium 156 draws as web pages (chrome://omnibox-popup.top-chrome),
 * even headless where there is no address bar: each new tab made its renderer busy for about a
 * second of CPU, more than the tab's own page took to load and run (measured in a browser test:
 * 1.2 CPU-s in the two seconds after an options page opened, 0.1 without).
 */
const UNSEEN_BROWSER_UI = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...UNSEEN_BROWSER_UI].join(',')}`,
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
