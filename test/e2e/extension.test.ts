/// <reference types="chrome" />
// The built extension (dist/extension) in a real Chromium, against the fixture web app: options,
// popup, check-ins through the outbox, the badge, hostile text, and a stopped service worker.
// `npm test` builds first; alone: `node scripts/build.mjs extension && npx vitest run test/e2e`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Feed } from '../../shared/feed.js';
import { launchExtension, missingPrerequisite, type ExtensionBrowser } from './extension-browser.js';
import { fixtureFeed, startFixtureServer, type FixtureServer } from './fixture-server.js';

const missing = missingPrerequisite();
if (missing !== null && !process.env.CI) {
  console.warn(`\n\n*** SKIPPING the browser end-to-end tests: ${missing}. Under CI this fails. ***\n\n`);
}

const dueCount = (feed: Feed, owner?: string) => feed.keyResults.filter((kr) => kr.due && (owner === undefined || kr.owner === owner)).length;

describe.skipIf(missing !== null && !process.env.CI)('the extension in Chromium', { timeout: 60_000 }, () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    if (missing !== null) throw new Error(`browser tests cannot run: ${missing}`);
    server = await startFixtureServer();
    browser = await launchExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    server.reset();
    for (const page of browser.context.pages()) await page.close();
    const worker = await browser.worker();
    await worker.evaluate(async () => {
      await chrome.storage.local.clear();
      await chrome.alarms.clearAll();
    });
  });

  afterEach(() => {
    const seen = browser.errors.splice(0);
    expect(seen).toEqual([]);
  });

  async function configure(name = ''): Promise<void> {
    const options = await browser.openPage('options.html');
    await options.getByLabel('Feed URL').fill(server.url);
    await options.getByLabel('Access token').fill(server.token);
    await options.getByLabel('Your name').fill(name);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Saved.').waitFor();
    await options.close();
  }

  async function openPopup(viewport?: { width: number; height: number }): Promise<Page> {
    const popup = await browser.openPage('popup.html', viewport);
    await popup.getByRole('region', { name: server.feed.tracker.name }).getByRole('listitem').first().waitFor();
    return popup;
  }

  const keyResultItem = (popup: Page, title: string, tracker = fixtureFeed().tracker.name) =>
    popup.getByRole('region', { name: tracker }).getByRole('listitem').filter({ hasText: title });

  async function checkIn(popup: Page, title: string, value: string): Promise<void> {
    const item = keyResultItem(popup, title);
    await item.getByRole('button', { name: `Check in: ${title}` }).click();
    await item.getByLabel('Value').fill(value);
    await item.getByLabel('Confidence').fill('7');
    await item.getByLabel('Note').fill('Progress this week');
    await item.getByRole('button', { name: 'Save check-in' }).click();
  }

  const badgeText = async () => (await browser.worker()).evaluate(() => chrome.action.getBadgeText({}));

  it('starts with a friendly first-run message that leads to the options', async () => {
    const popup = await browser.openPage('popup.html');
    await popup.getByRole('heading', { name: 'Welcome to OKR Sheets' }).waitFor();
    const optionsOpened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open options' }).click();
    expect((await optionsOpened).url()).toContain('options.html');
  });

  it('tests the tracker on the options page and refuses an address that is not https', async () => {
    const options = await browser.openPage('options.html');
    await options.getByLabel('Feed URL').fill(server.url);
    await options.getByLabel('Access token').fill('wrong-token');
    await options.getByRole('button', { name: 'Test' }).click();
    await options.getByText('refused the access token').waitFor();
    await options.getByLabel('Access token').fill(server.token);
    await options.getByRole('button', { name: 'Test' }).click();
    await options.getByText(`Connected to "${server.feed.tracker.name}" (${server.feed.period.name}): ${server.feed.keyResults.length} key results.`).waitFor();

    await options.getByLabel('Feed URL').fill('http://example.com/exec');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Only https:// addresses are accepted').waitFor();
    expect(await options.getByLabel('Feed URL').getAttribute('aria-invalid')).toBe('true');
    expect(await (await browser.worker()).evaluate(() => chrome.storage.local.get('options'))).toEqual({});
  });

  it('shows every key result with its grade once configured', async () => {
    await configure();
    const popup = await openPopup();
    const feed = fixtureFeed();
    const items = popup.getByRole('region', { name: feed.tracker.name }).getByRole('listitem');
    await expect.poll(() => items.count()).toBe(feed.keyResults.length);
    for (const kr of feed.keyResults) {
      const text = await keyResultItem(popup, kr.title).innerText();
      expect(text).toContain((kr.grade ?? 0).toFixed(2));
      expect(text).toContain(`Owner: ${kr.owner}`);
    }
    await popup.getByRole('heading', { name: `Due check-ins (${dueCount(feed)})` }).waitFor();
    await popup.getByText(/updated (just now|1 min ago)/).waitFor();
    expect(await popup.getByRole('link', { name: 'Open the sheet' }).getAttribute('href')).toBe(feed.tracker.url);
  });

  it('sends a check-in made with the keyboard to the tracker exactly once', async () => {
    await configure();
    const popup = await openPopup();
    const item = keyResultItem(popup, 'Raise NPS from 30 to 45');
    const checkInButton = item.getByRole('button', { name: 'Check in: Raise NPS from 30 to 45' });
    await checkInButton.focus();
    await popup.keyboard.press('Enter');
    const focused = () => popup.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
    // Focus moves in an effect after the render: poll rather than read once.
    await expect.poll(focused).toMatch(/-value$/);
    await popup.keyboard.press('Escape');
    expect(await item.getByLabel('Value').count()).toBe(0);
    await expect.poll(focused).toBe('Check in: Raise NPS from 30 to 45');
    await popup.keyboard.press('Enter');
    await expect.poll(focused).toMatch(/-value$/);
    await popup.keyboard.press('ControlOrMeta+A');
    await popup.keyboard.type('39');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('7');
    await popup.keyboard.press('Tab');
    await popup.keyboard.type('Progress this week');
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => server.checkIns.length).toBe(1);
    const [received] = server.checkIns;
    expect(received).toMatchObject({ id: 'KR1', value: 39, confidence: 7, note: 'Progress this week' });
    await keyResultItem(popup, 'Raise NPS from 30 to 45').getByText('39 / 45 points').waitFor();
    expect(server.postsOf(received.requestId)).toBe(1);
    expect(server.requests.filter((request) => request.method === 'OPTIONS')).toEqual([]);
    for (const post of server.requests.filter((request) => request.method === 'POST')) expect(post.contentType).toMatch(/^text\/plain/);
  });

  it('keeps a check-in made while the tracker is down and delivers it once when it is back', async () => {
    await configure();
    const popup = await openPopup();
    await server.stop();
    try {
      await checkIn(popup, 'Sign 12 design partners', '10');
      const item = keyResultItem(popup, 'Sign 12 design partners');
      await item.getByText(/Check-in of 10 not sent yet\. Can't reach 127\.0\.0\.1/).waitFor();
      expect(server.checkIns).toEqual([]);
    } finally {
      await server.start();
    }
    await keyResultItem(popup, 'Sign 12 design partners').getByRole('button', { name: 'Retry now' }).click();
    await expect.poll(() => server.checkIns.length).toBe(1);
    await keyResultItem(popup, 'Sign 12 design partners').getByText('10 / 12 partners').waitFor();
    // More triggers after delivery must not send it again.
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'send-outbox' }));
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    expect(server.checkIns).toHaveLength(1);
    expect(server.checkIns[0]).toMatchObject({ id: 'KR4', value: 10 });
    expect(server.postsOf(server.checkIns[0].requestId)).toBe(1);
  });

  it('shows the number of due check-ins on the badge: all, then only mine, then fewer after a check-in', async () => {
    const feed = fixtureFeed();
    await configure();
    await expect.poll(badgeText).toBe(String(dueCount(feed)));
    await configure('Ada');
    await expect.poll(badgeText).toBe(String(dueCount(feed, 'Ada')));
    const popup = await openPopup();
    await checkIn(popup, 'Raise NPS from 30 to 45', '40');
    await expect.poll(badgeText).toBe(dueCount(feed, 'Ada') - 1 === 0 ? '' : String(dueCount(feed, 'Ada') - 1));
  });

  it('renders hostile titles as text', async () => {
    const hostile = fixtureFeed();
    hostile.tracker.name = '<b>Tracker</b>';
    hostile.objectives[0].title = '"><svg onload=alert(3)>';
    hostile.keyResults[0].title = '<img src=x onerror=alert(1)>';
    hostile.keyResults[1].title = '<script>alert(2)</script>';
    hostile.keyResults[1].owner = '<i>Grace</i>';
    server.feed = hostile;
    await configure();
    const popup = await browser.openPage('popup.html');
    await popup.getByRole('region', { name: '<b>Tracker</b>' }).waitFor();
    for (const text of ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>', 'Owner: <i>Grace</i>']) {
      await popup.getByText(text, { exact: false }).first().waitFor();
    }
    expect(await popup.locator('main img, main svg, main script, main b, main i').count()).toBe(0);
  });

  it('keeps the last good copy and says why when the tracker answers a web page or a broken feed', async () => {
    await configure();
    const popup = await openPopup();
    server.mode = 'html';
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await popup.getByText("The feed URL answered with a web page, not the tracker: check that the web app is deployed with access 'Anyone'.", { exact: false }).waitFor();
    server.mode = 'json';
    server.feed = { ...fixtureFeed(), tracker: { name: 'Evil', url: 'javascript:alert(1)' } };
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await popup.getByText(/can't read \(tracker\.url: expected a web address/).waitFor();
    expect(await keyResultItem(popup, 'Raise NPS from 30 to 45').count()).toBe(1);
    expect(await popup.getByRole('link', { name: 'Open the sheet' }).getAttribute('href')).toBe(fixtureFeed().tracker.url);
  });

  it('recovers after the browser stops its service worker', async () => {
    await configure('Ada');
    await expect.poll(badgeText).toBe(String(dueCount(fixtureFeed(), 'Ada')));
    const popup = await openPopup();
    await (await browser.worker()).evaluate(() => Object.assign(globalThis, { okrTestMarker: true }));
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await checkIn(popup, 'Cut first response from 8 h to 2 h', '4');
    await expect.poll(() => server.checkIns.length).toBe(1);
    expect(await (await browser.worker()).evaluate(() => 'okrTestMarker' in globalThis)).toBe(false);
    expect(await (await browser.worker()).evaluate(() => chrome.alarms.get('refresh').then((alarm) => alarm?.periodInMinutes))).toBe(30);
    await expect.poll(badgeText).toBe(String(dueCount(fixtureFeed(), 'Ada')));
  });

  it('fits a 360 px wide popup, for the README screenshot', async () => {
    await configure('Ada');
    const popup = await openPopup({ width: 360, height: 640 });
    await popup.getByRole('button', { name: 'Team' }).click();
    await expect.poll(() => popup.getByRole('region', { name: server.feed.tracker.name }).getByRole('listitem').count()).toBe(fixtureFeed().keyResults.length);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
    mkdirSync(docs, { recursive: true });
    await popup.screenshot({ path: `${docs}popup.png`, fullPage: true });
  });
});
