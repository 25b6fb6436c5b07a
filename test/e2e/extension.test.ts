/// <reference types="chrome" />
// The built extension (dist/extension) in a real Chromium against the fixture web app, for
// what the demo tracker cannot show: the first run, Google's 302 hop, hostile text, and a
// tracker that answers a web page or a broken feed. The rest runs over the real demo tracker
// (extension-demo.test.ts).
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e`.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { fixtureFeed, startFixtureServer, type FixtureServer } from './fixture-server.js';
import { describeInBrowser, keyResultItem, openKeyResult, useExtension } from './extension-session.js';

describeInBrowser('the extension in Chromium, over the fixture web app', () => {
  const session = useExtension();
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  beforeEach(() => {
    server.reset();
  });

  const trackerName = () => server.feed.tracker.name;

  it('starts with a friendly first-run message that leads to the options', async () => {
    const browser = session.browser();
    const popup = await browser.openPage('popup.html');
    await popup.getByRole('heading', { name: 'Welcome to OKR Sheets' }).waitFor();
    const optionsOpened = browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Open options' }).click();
    expect((await optionsOpened).url()).toContain('options.html');
  });

  it("sends a check-in made with the keyboard once, through Apps Script's 302 hop", async () => {
    await session.configure(server);
    const popup = await session.openPopup(trackerName());
    const item = await openKeyResult(popup, trackerName(), 'Raise NPS from 30 to 45');
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
    await item.getByText('39 / 45 points').waitFor();
    expect(server.postsOf(received.requestId)).toBe(1);
    // The answer came from the echo URL the 302 pointed at, as Google serves it.
    expect(server.requests.filter((request) => request.path === '/echo').length).toBeGreaterThan(0);
    expect(server.requests.filter((request) => request.method === 'OPTIONS')).toEqual([]);
    for (const post of server.requests.filter((request) => request.method === 'POST')) expect(post.contentType).toMatch(/^text\/plain/);
  });

  it('renders hostile titles as text', async () => {
    const hostile = fixtureFeed();
    hostile.tracker.name = '<b>Tracker</b>';
    hostile.objectives[0].title = '"><svg onload=alert(3)>';
    hostile.keyResults[0].title = '<img src=x onerror=alert(1)>';
    hostile.keyResults[1].title = '<script>alert(2)</script>';
    hostile.keyResults[1].owner = '<i>Grace</i>';
    server.feed = hostile;
    await session.configure(server);
    const popup = await session.browser().openPage('popup.html');
    await popup.getByRole('region', { name: '<b>Tracker</b>' }).waitFor();
    for (const text of ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>', '"><svg onload=alert(3)>']) {
      await popup.getByText(text, { exact: false }).first().waitFor();
    }
    expect(await popup.locator('main img, main svg, main script, main b, main i').count()).toBe(0);
    await openKeyResult(popup, '<b>Tracker</b>', '<script>alert(2)</script>');
    await popup.getByText('Owner: <i>Grace</i>', { exact: false }).waitFor();
    expect(await popup.locator('main img, main script, main b, main i').count()).toBe(0);
  });

  it('keeps the last good copy and says why when the tracker answers a web page or a broken feed', async () => {
    await session.configure(server);
    const popup = await session.openPopup(trackerName());
    server.mode = 'html';
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await popup.getByText("The feed URL answered with a web page, not the tracker: check that the web app is deployed with access 'Anyone'.", { exact: false }).waitFor();
    server.mode = 'json';
    server.feed = { ...fixtureFeed(), tracker: { name: 'Evil', url: 'javascript:alert(1)' } };
    await popup.getByRole('button', { name: 'Refresh' }).click();
    await popup.getByText(/can't read \(tracker\.url: expected a Google Sheets address/).waitFor();
    expect(await keyResultItem(popup, fixtureFeed().tracker.name, 'Raise NPS from 30 to 45').count()).toBe(1);
    expect(await popup.getByRole('link', { name: 'Open the sheet' }).getAttribute('href')).toBe(fixtureFeed().tracker.url);
  });
});
