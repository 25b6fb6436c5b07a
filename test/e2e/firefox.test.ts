// The built extension in Firefox ESR as a temporary add-on, over the real demo tracker
// (so Firefox users get a working extension too): the options page's Test and Save, the popup listing the demo's key results, a
// check-in that lands once in the sheet's log, and another after the event page was left idle
// long enough to be suspended. No page logs an error. Chromium runs the rest of the suite.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e/firefox.test.ts`.
import { expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { FeedKeyResult } from '../../shared/feed/feed.js';
import { loggedRow, postsTo, useDemoTracker } from './demo-checks.js';
import { describeInFirefox, useFirefox } from './firefox-session.js';

/** Seconds without work after which Firefox suspends the event page (set for this profile). */
const IDLE_SECONDS = 2;

/** Clicks the button whose accessible label or text is `name`. */
async function press(page: Page, name: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const button = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === wanted);
    button?.click();
    return button !== undefined;
  }, name);
  if (!found) throw new Error(`no button "${name}" on the page`);
}

async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).fill(value);
}

describeInFirefox('the extension in Firefox ESR, over the demo tracker', () => {
  const firefox = useFirefox({ idleSeconds: IDLE_SECONDS });
  const tracker = useDemoTracker('all');

  const checkInFromPopup = async (kr: FeedKeyResult, value: string) => {
    const popup = await firefox.openPage('popup.html', { width: 360, height: 600 });
    const count = (await tracker().feed()).keyResults.length;
    await firefox.until(popup, `document.querySelectorAll('.key-result').length === ${count}`);
    // A POST the worker sent again (its answer lost to a slow machine) carries a known request ID.
    const known = new Set(postsTo(tracker()).map((post) => post.requestId));
    const newPost = () => postsTo(tracker()).find((post) => post.requestId !== undefined && !known.has(post.requestId));
    await popup.evaluate((title) => {
      const row = [...document.querySelectorAll<HTMLButtonElement>('.kr-row')].find((r) => r.querySelector('.kr-title')?.textContent === title);
      row?.click();
    }, kr.title);
    await firefox.until(popup, `[...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === ${JSON.stringify(`Check in: ${kr.title}`)})`);
    await press(popup, `Check in: ${kr.title}`);
    await firefox.until(popup, `document.querySelector('input[id$="-value"]') !== null`);
    await fill(popup, 'input[id$="-value"]', value);
    await press(popup, 'Save check-in');
    await expect.poll(() => newPost()?.requestId ?? null, { timeout: 20_000 }).not.toBeNull();
    const requestId = newPost()!.requestId!;
    expect(await loggedRow(tracker(), requestId)).toMatchObject({ ID: kr.id, Value: Number(value) });
    expect(tracker().postsOf(requestId)).toBe(1);
    return popup;
  };

  it('tests and saves the tracker on the options page, then lists its key results in the popup', async () => {
    const options = await firefox.openPage('options.html');
    await fill(options, '#tracker-0-url', tracker().url);
    await fill(options, '#tracker-0-token', tracker().token);
    await press(options, 'Test');
    await firefox.until(options, `document.body.innerText.includes(${JSON.stringify(`Connected to "${tracker().name()}"`)})`);
    await press(options, 'Save');
    await firefox.until(options, `document.body.innerText.includes('Saved.')`);
    // With no popup open, the event page keeps today's view and the next three days' in a frame
    // of its own (extension/background/sw-views.ts): Firefox has no offscreen documents.
    const savedAt = Date.now();
    await firefox.until(options, `(JSON.parse(localStorage.getItem('okr-sheets.popup-views-ahead') ?? '[]')).length === 4`);
    const kept = await options.evaluate(() => JSON.parse(localStorage.getItem('okr-sheets.popup-views-ahead')!) as { from: number; until: number; nodes: unknown[] }[]);
    expect(kept[0]!.from).toBeLessThanOrEqual(savedAt);
    expect(kept[0]!.until).toBeGreaterThan(savedAt);
    expect(JSON.stringify(kept[0]!.nodes)).toContain('key-result');
    await options.close();

    const openedAt = Date.now();
    const popup = await firefox.openPage('popup.html', { width: 360, height: 600 });
    const feed = await tracker().feed();
    await firefox.until(popup, `document.querySelectorAll('.key-result').length === ${feed.keyResults.length}`);
    const titles = await popup.evaluate(() => [...document.querySelectorAll('.kr-title')].map((title) => title.textContent));
    expect(new Set(titles)).toEqual(new Set(feed.keyResults.map((kr) => kr.title)));
    const widths = await popup.evaluate(() => [document.scrollingElement!.scrollWidth, document.scrollingElement!.clientWidth]);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    // The popup keeps its view in the extension's localStorage (extension/popup/paint-last-view.ts),
    // and those of the next three days, rendered out of sight in a shadow root (render-ahead.ts)…
    await firefox.until(popup, `localStorage.getItem('okr-sheets.popup-view') !== null && (JSON.parse(localStorage.getItem('okr-sheets.popup-views-ahead') ?? '[]')).length === 3`);
    const ahead = await popup.evaluate(() => JSON.parse(localStorage.getItem('okr-sheets.popup-views-ahead')!) as { from: number; until: number; nodes: unknown[] }[]);
    expect(ahead).toHaveLength(3);
    // Three whole days in a row, from the next midnight after the popup opened (or the one after,
    // should a midnight pass meanwhile).
    expect(ahead[0]!.from).toBeGreaterThan(openedAt);
    expect(ahead[0]!.from - openedAt).toBeLessThanOrEqual(2 * 86_400_000);
    ahead.forEach((view, day) => {
      const hours = (view.until - view.from) / 3_600_000;
      expect(hours >= 23 && hours <= 25, `day ${day + 1} lasts ${hours} h`).toBe(true);
      if (day > 0) expect(view.from).toBe(ahead[day - 1]!.until);
    });
    for (const view of ahead) expect(JSON.stringify(view.nodes)).toContain(JSON.stringify(feed.keyResults[0]!.title));
    expect(await popup.evaluate(() => document.body.querySelectorAll(':scope > :not(#app, script)').length)).toBe(0);
    await popup.close();

    // … and reopened, it shows the live list after the last view (the painting itself is timed
    // in Chromium: Firefox runs no preload script in an extension page over BiDi to watch it).
    const reopened = await firefox.openPage('popup.html', { width: 360, height: 600 });
    await firefox.until(reopened, `document.querySelectorAll('#app:not([data-last-view]) .key-result').length === ${feed.keyResults.length}`);
    expect(await reopened.evaluate(() => document.querySelectorAll('#app').length)).toBe(1);
    await reopened.close();
  });

  it('lands a check-in once, and another after the event page was idle long enough to be suspended', async () => {
    const numeric = (await tracker().feed()).keyResults.filter((kr) => typeof kr.current === 'number' && kr.unit !== '%' && kr.type !== 'milestone');
    expect(numeric.length).toBeGreaterThanOrEqual(2);
    const [first, second] = numeric as [FeedKeyResult, FeedKeyResult];
    const popup = await checkInFromPopup(first, String(Number(first.current) + 1));
    await popup.close();
    // Nothing runs now: Firefox suspends the event page after IDLE_SECONDS.
    await new Promise((resolve) => setTimeout(resolve, (IDLE_SECONDS + 3) * 1000));
    const again = await checkInFromPopup(second, String(Number(second.current) + 1));
    await again.close();
  });
});
