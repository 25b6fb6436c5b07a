/// <reference types="chrome" />
// The toolbar badge of the built extension in a real Chromium over the demo tracker: the count
// repainted from the cache when a stopped service worker starts again, "!" for a token the
// tracker refuses, and "off" while the tracker cannot be reached. Expected counts come from the
// demo's own feed, never written here.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e/extension-badge.test.ts`.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { badgeFor, dueOf, useDemoTracker } from './demo-checks.js';
import { describeInBrowser, useExtension } from './extension-session.js';

describeInBrowser('the toolbar badge in Chromium, over the demo tracker', () => {
  const session = useExtension();
  const tracker = useDemoTracker();

  const badge = async () => {
    const worker = await session.browser().worker();
    return worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
  };
  /** An extension page to talk to the worker from, as the popup does. */
  const extensionPage = () => session.browser().openPage('options.html');
  const send = (page: Page, message: unknown) => page.evaluate((body) => chrome.runtime.sendMessage(body), message);

  it('repaints the count from the cache when a stopped service worker starts again', async () => {
    const feed = await tracker().feed();
    await session.configure(tracker());
    const expected = badgeFor(dueOf(feed).length);
    expect(expected).not.toBe('');
    await expect.poll(async () => (await badge()).text).toBe(expected);

    const page = await extensionPage();
    // Something else on the badge, then the worker stopped: only its start can put the count back.
    await page.evaluate(() => chrome.action.setBadgeText({ text: 'x' }));
    const browser = session.browser();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const polls = tracker().requests.length;
    // Any event wakes the worker; this one asks for nothing, so no network is involved.
    expect(await send(page, { type: 'wake-up' })).toEqual({ ok: false, error: 'unknown message' });
    await expect.poll(async () => (await badge()).text).toBe(expected);
    expect(tracker().requests.length).toBe(polls);
    expect((await badge()).title).toContain(`${dueOf(feed).length} check-ins due`);
    expect(await (await browser.worker()).evaluate(() => chrome.alarms.get('refresh').then((alarm) => alarm?.periodInMinutes))).toBe(30);
  });

  it('shows "!" and says what to do when the tracker refuses the token', async () => {
    await session.configure({ url: tracker().url, token: `${tracker().token}-wrong` });
    await expect.poll(async () => (await badge()).text).toBe('!');
    const { title } = await badge();
    expect(title).toContain('refused the access token');
    expect(title).toContain("extension's options");
  });

  it('shows "off" while the tracker does not answer, says so rather than blaming the network, and the count again once it answers', async () => {
    const feed = await tracker().feed();
    await session.configure(tracker());
    const expected = badgeFor(dueOf(feed).length);
    await expect.poll(async () => (await badge()).text).toBe(expected);
    const page = await extensionPage();

    await tracker().stop();
    await send(page, { type: 'refresh' });
    await expect.poll(async () => (await badge()).text).toBe('off');
    expect((await badge()).title).toContain('the tracker did not answer');
    expect((await badge()).title).not.toContain('Check your internet connection');

    await tracker().start();
    await send(page, { type: 'refresh' });
    await expect.poll(async () => (await badge()).text).toBe(expected);
  });
});
