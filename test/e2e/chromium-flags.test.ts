// The browser tests' Chromium (scripts/chromium.mjs): our --disable-features replaces
// Playwright's, so it must keep every feature Playwright turns off, and it must keep the address
// bar's popup, drawn as web pages even headless, from running beside every tab the tests open.
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeInBrowser, useExtension } from './extension-session.js';

/** The command line of this worker's Chromium (its profile is named after the worker's pid). */
function browserCommandLine(): string[] {
  const profile = `okr-sheets-e2e-${process.pid}-`;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let args: string[];
    try {
      args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // gone meanwhile
    }
    if (args.some((arg) => arg.startsWith('--user-data-dir=') && arg.includes(profile)) && !args.some((arg) => arg.startsWith('--type='))) return args;
  }
  throw new Error(`no Chromium process with a profile ${profile}…`);
}

describeInBrowser('the Chromium the browser tests drive', () => {
  const session = useExtension();

  it("disables every feature Playwright disables, and ours, in the one --disable-features Chromium reads", () => {
    const lists = browserCommandLine()
      .filter((arg) => arg.startsWith('--disable-features='))
      .map((arg) => arg.slice('--disable-features='.length).split(','));
    expect(lists.length).toBeGreaterThan(1);
    const [playwrights, last] = [lists[0], lists[lists.length - 1]];
    expect(playwrights.filter((feature) => !last.includes(feature))).toEqual([]);
    expect(last).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
  });

  it("opens a page with no browser UI page beside it (the address bar's popup)", async () => {
    const page = await session.browser().openPage('options.html');
    const cdp = await session.browser().context.newCDPSession(page);
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    expect(targetInfos.filter((target) => target.type === 'page').map((target) => new URL(target.url).pathname)).toEqual(['/options.html']);
    expect(targetInfos.filter((target) => target.type === 'browser_ui').map((target) => target.url)).toEqual([]);
  });
});
