/// <reference types="chrome" />
// Accessibility measured, not assumed: axe-core's WCAG 2.1 A and AA rules, none
// disabled, on the built extension's popup (light and dark), its check-in form, its options
// page, and the add-on's Record check-in sidebar and Check-ins due dialog, in the same Chromium
// as the other browser tests and over the demo tracker's real data. Each page is checked in the
// states that add text and colours (an open history, field errors, a test result, a saved
// check-in), since axe measures only what is on the page; each state holds everything the
// plainer one before it shows. A failure lists rule, impact, element and what to fix.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e/accessibility.test.ts`.
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_TOKEN, startDemoServer, type DemoServer } from '../../demo/demo-server.js';
import type { Feed } from '../../shared/feed/feed.js';
import { checkInPath } from '../../extension/check-in/check-in-link.js';
import * as strings from '../../extension/strings/popup.js';
import { wcagViolations } from './axe-report.js';
import { describeInBrowser, openKeyResult, useExtension } from './extension-session.js';
import { openAddOnPage, shownHtml, SIDEBAR_VIEWPORT } from './add-on-page.js';
import { inputText } from '../../shared/check-in/value-entry.js';

const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

describeInBrowser('accessibility (axe-core, WCAG 2.1 AA) in Chromium, over the demo tracker', () => {
  const session = useExtension();
  // One in-memory demo tracker for the file: the tests read, but for the sidebar's one check-in.
  let demo: DemoServer | undefined;
  let feed: Feed | undefined;
  const feedNow = async (server: DemoServer) => (await (await fetch(`${server.url}?token=${DEMO_TOKEN}`)).json()) as Feed;
  beforeAll(async () => {
    demo = await startDemoServer({ port: 0 });
    feed = await feedNow(demo);
  });
  afterAll(async () => {
    await demo?.close();
    demo?.runtime.destroy();
  });
  const running = () => {
    if (demo === undefined || feed === undefined) throw new Error('the demo tracker is not running');
    return { demo, feed, name: String(demo.runtime.spreadsheet.getName()) };
  };
  const configure = () => session.configure({ url: running().demo.url, token: DEMO_TOKEN });

  /** The violations of each state checked, prefixed with the state's name. */
  const violations: string[] = [];
  beforeEach(() => {
    violations.length = 0;
  });
  const check = async (page: Page, state: string) => {
    violations.push(...(await wcagViolations(page)).map((line) => `[${state}] ${line}`));
  };
  const expectNone = () => expect(violations.splice(0)).toEqual([]);

  const useScheme = async (page: Page, scheme: Scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
  };

  /** The popup once every key result of the demo tracker is listed. */
  const openFullPopup = async (scheme: Scheme) => {
    const { name, feed: data } = running();
    const popup = await session.openPopup(name);
    await useScheme(popup, scheme);
    await expect.poll(() => popup.getByRole('region', { name, exact: true }).getByRole('listitem').count()).toBe(data.keyResults.length);
    return popup;
  };

  it.each(SCHEMES)('finds no violation in the popup listing the key results, one history open, in the %s scheme', async (scheme) => {
    await configure();
    const popup = await openFullPopup(scheme);
    const withHistory = running().feed.keyResults.find((kr) => (kr.history?.length ?? 0) > 0);
    if (withHistory === undefined) throw new Error('no key result of the demo tracker has a check-in this period');
    const item = await openKeyResult(popup, running().name, withHistory.title);
    await item.getByRole('button', { name: strings.historyFor(withHistory.history?.length ?? 0, withHistory.title), exact: true }).click();
    await item.getByRole('table').waitFor();
    await check(popup, `popup with a history open, ${scheme}`);
    expectNone();
  });

  it.each(SCHEMES)('finds no violation in the check-in form of a due key result, with a field error shown, in the %s scheme', async (scheme) => {
    await configure();
    const popup = await openFullPopup(scheme);
    const due = running().feed.keyResults.find((kr) => kr.due);
    if (due === undefined) throw new Error('the demo tracker has no due key result');
    const item = await openKeyResult(popup, running().name, due.title);
    await item.getByRole('button', { name: strings.checkInFor(due.title), exact: true }).click();
    await item.getByLabel('Confidence').fill('11');
    await item.getByRole('button', { name: 'Save check-in' }).click();
    await item.getByText(strings.confidenceRange).waitFor();
    await check(popup, `check-in form with an error, ${scheme}`);
    expectNone();
  });

  it.each(SCHEMES)('finds no violation in the check-in view a reminder opens, in the %s scheme', async (scheme) => {
    await configure();
    const worker = await session.browser().worker();
    const stored = (await worker.evaluate(() => chrome.storage.local.get('options'))) as { options?: { trackers?: { id: string }[] } };
    const trackerId = stored.options?.trackers?.[0]?.id;
    if (trackerId === undefined) throw new Error('the options page saved no tracker');
    const due = running().feed.keyResults.find((kr) => kr.due);
    if (due === undefined) throw new Error('the demo tracker has no due key result');
    const view = await session.browser().openPage(checkInPath({ trackerId, keyResultId: due.id }));
    await useScheme(view, scheme);
    await view.getByLabel(/^Value/).waitFor();
    await check(view, `check-in view, ${scheme}`);
    expectNone();
  });

  it.each(SCHEMES)('finds no violation on the options page, after a test and with a field error, in the %s scheme', async (scheme) => {
    await configure();
    const options = await session.browser().openPage('options.html');
    await useScheme(options, scheme);
    await options.getByRole('button', { name: 'Test', exact: true }).click();
    await options.getByText(`Connected to "${running().name}"`).waitFor();
    await check(options, `options after a test, ${scheme}`);

    await options.getByLabel('Feed URL').fill('http://example.com/exec');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText(strings.urlNotHttps).waitFor();
    await check(options, `options with a field error, ${scheme}`);
    expectNone();
  });

  it("finds no violation in the add-on's Record check-in sidebar, refusing an empty value and after a check-in", async () => {
    const server = running().demo;
    const data = await feedNow(server);
    const html = shownHtml(server.runtime, server.addOn, 'okrShowCheckInSidebar', 'sidebar');
    const sidebar = await openAddOnPage(session.browser().context, server.addOn, html, { viewport: SIDEBAR_VIEWPORT, errors: session.browser().errors });
    const choice = sidebar.getByLabel('Key result or KPI');
    await expect.poll(() => choice.locator('option').count()).toBe(data.keyResults.length + data.kpis.length + 1);
    const due = data.keyResults.find((kr) => kr.due && typeof kr.current === 'number');
    if (due === undefined) throw new Error('the demo tracker has no due numeric key result');
    await choice.selectOption(due.id);
    await sidebar.getByText(/current .* · due/).waitFor();

    await sidebar.getByRole('button', { name: 'Save check-in' }).click();
    await sidebar.getByRole('status').getByText('Enter the new value.').waitFor();
    await check(sidebar, 'sidebar, refusing an empty value');

    if (due.start !== null && due.target !== null) {
      // A value far outside the range is asked about, and nothing is written until answered.
      await sidebar.getByLabel('New value').fill('1000000000');
      await sidebar.getByRole('button', { name: 'Save check-in' }).click();
      await sidebar.getByRole('status').getByText(/far outside this key result's range/).waitFor();
      await sidebar.getByRole('button', { name: /anyway$/ }).waitFor();
      await check(sidebar, 'sidebar, asking "Did you mean …?"');
    }
    // Typed as the sidebar takes it: percent key results in percent points (70 for 0.7).
    await sidebar.getByLabel('New value').fill(inputText(due, due.current));
    await sidebar.getByLabel('Confidence (1–10)').fill('7');
    await sidebar.getByRole('button', { name: 'Save check-in' }).click();
    await sidebar.getByRole('status').getByText(`Checked in ${due.id}`).waitFor();
    // The sidebar then reloads its list, which leaves nothing chosen: checked once that is done.
    await expect.poll(() => choice.inputValue()).toBe('');
    // Nothing of the last check-in stays: value, confidence and the "current" hint are cleared.
    expect([await sidebar.getByLabel('New value').inputValue(), await sidebar.getByLabel('Confidence (1–10)').inputValue()]).toEqual(['', '']);
    expect(await sidebar.locator('#current').innerText()).toBe('');
    expect(await sidebar.getByRole('button', { name: /anyway$/ }).count()).toBe(0);
    await check(sidebar, 'sidebar, after a check-in');
    expectNone();
  });

  it("finds no violation in the add-on's Check-ins due dialog", async () => {
    const server = running().demo;
    // Read now: the sidebar's check-in may have made one fewer due.
    const due = (await feedNow(server)).keyResults.filter((kr) => kr.due);
    const html = shownHtml(server.runtime, server.addOn, 'okrShowDueCheckIns', 'modal');
    // The dialog's own size (showDialog in apps-script/actions/due.ts).
    const dialog = await openAddOnPage(session.browser().context, server.addOn, html, { viewport: { width: 640, height: 420 }, errors: session.browser().errors });
    await expect.poll(() => dialog.getByRole('row').count()).toBe(due.length + 1);
    await check(dialog, 'Check-ins due dialog');
    expectNone();
  });
});
