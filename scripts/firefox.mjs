// Debian's Firefox ESR with the built extension installed as a temporary add-on, for the
// browser tests: puppeteer-core drives it over WebDriver BiDi (nothing may download a browser).
// Firefox lets BiDi open moz-extension:// pages only when launched with
// --remote-allow-system-access. The add-on's moz-extension:// host is a random UUID per
// profile, so the profile is given one up front (extensions.webextensions.uuids). The event
// page is suspended after `idleSeconds` without work (extensions.background.idle.timeout), so a
// test can wait that long and check the extension still answers.
// https://pptr.dev/guides/webdriver-bidi
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
export const ADDON_ID = 'okr-sheets@okr-sheets.invalid';
export const ADDON_UUID = '4b6f6b72-7368-6565-7473-0000000000e2';

export function firefoxMissing() {
  return existsSync(FIREFOX) ? null : `${FIREFOX} is missing (apt-get install firefox-esr)`;
}

/** Launches a fresh profile with `extensionDir` installed as a temporary add-on. */
export async function launchFirefoxWithExtension(extensionDir, { idleSeconds = 30 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'okr-sheets-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'extensions.background.idle.timeout': idleSeconds * 1000,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    browser,
    origin: `moz-extension://${ADDON_UUID}`,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
