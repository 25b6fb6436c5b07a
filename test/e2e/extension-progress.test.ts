/// <reference types="chrome" />
// Progress over time in the built extension, against the real demo tracker: a
// sparkline per key result whose text alternative names the grades the demo's feed has, the
// latest confidence, both themes at 360 px, and the history view listing a check-in posted
// through the popup's own form. Expected values are read from the demo's feed and sheets.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e/extension-progress.test.ts`.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Feed, FeedKeyResult } from '../../shared/feed/feed.js';
import { loggedRow, onlyPostId, useDemoTracker } from './demo-checks.js';
import { checkIn, describeInBrowser, keyResultItem, openKeyResult, useExtension } from './extension-session.js';

const graded = (kr: FeedKeyResult) => (kr.weekly ?? []).filter((grade): grade is number => grade !== null);

/** The demo's key results that have weekly grades; fails, naming the cause, when its feed has none. */
function withWeeklyGrades(feed: Feed): FeedKeyResult[] {
  const found = feed.keyResults.filter((kr) => graded(kr).length > 0);
  expect(found.length, 'the demo feed has no key result with weekly grades: is feed-build.ts serving the progress fields?').toBeGreaterThan(0);
  return found;
}

async function everyItemShown(popup: Page, trackerName: string, count: number): Promise<void> {
  await expect.poll(() => popup.getByRole('region', { name: trackerName, exact: true }).getByRole('listitem').count()).toBe(count);
}

describeInBrowser('the extension in Chromium, showing progress over time from the demo tracker', () => {
  const session = useExtension();
  const tracker = useDemoTracker();

  it('draws a sparkline per key result, its text alternative naming the grades of the feed', async () => {
    const feed = await tracker().feed();
    const charted = withWeeklyGrades(feed);
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name, { width: 360, height: 640 });
    await everyItemShown(popup, name, feed.keyResults.length);

    const region = popup.getByRole('region', { name, exact: true });
    // Sparklines live in a key result's details: closed rows draw none.
    expect(await region.getByRole('img').count()).toBe(0);
    for (const kr of feed.keyResults) await openKeyResult(popup, name, kr.title);
    expect(await region.getByRole('img').count()).toBe(charted.length);
    for (const kr of charted) {
      const grades = graded(kr);
      const label = await keyResultItem(popup, name, kr.title).getByRole('img').getAttribute('aria-label');
      expect(label, kr.id).toContain(`grade ${grades[0]!.toFixed(2)} → ${grades[grades.length - 1]!.toFixed(2)}`);
      if (typeof kr.expected === 'number') expect(label, kr.id).toContain(`expected ${kr.expected.toFixed(2)}`);
      if (typeof kr.confidence === 'number') expect(await keyResultItem(popup, name, kr.title).innerText()).toContain(`confidence ${kr.confidence}/10`);
    }
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Both themes: the grade line takes the item's status colour, which each theme sets.
    const firstCharted = region.locator('.key-result', { has: popup.locator('.spark-grades') }).first();
    const strokes = () => firstCharted.evaluate((item) => [getComputedStyle(item.querySelector('.spark-grades')!).stroke, getComputedStyle(item).borderLeftColor]);
    const light = await strokes();
    await popup.emulateMedia({ colorScheme: 'dark' });
    const dark = await strokes();
    expect(light[0]).toBe(light[1]);
    expect(dark[0]).toBe(dark[1]);
    expect(dark[0]).not.toBe(light[0]);
  });

  it('lists a check-in posted through the popup in the history view, newest first', async () => {
    const feed = await tracker().feed();
    const kr = feed.keyResults.find((candidate) => typeof candidate.current === 'number' && candidate.history !== undefined && candidate.unit !== '%');
    if (kr === undefined) throw new Error('the demo feed has no numeric key result with a history: is feed-build.ts serving the progress fields?');
    const before = kr.history!.length;
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    const item = keyResultItem(popup, name, kr.title);
    const value = Number(kr.current) + 1;
    await checkIn(popup, name, kr.title, { value: String(value), confidence: '7', note: 'Posted by the progress test' });
    const row = await loggedRow(tracker(), await onlyPostId(tracker()));

    const toggle = item.getByRole('button', { name: `History (${before + 1}): ${kr.title}`, exact: true });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const table = item.getByRole('table', { name: `Check-ins of ${kr.title}` });
    const headers = await table.getByRole('columnheader').allInnerTexts();
    expect(headers.map((header) => header.replace(/ \(.*\)$/, ''))).toEqual(['Date', 'Value', 'Confidence', 'Note']);
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(before + 2);
    const time = row.Time instanceof Date ? row.Time.toISOString() : String(row.Time);
    // The day in the browser's own zone, as the popup shows it.
    const day = await popup.evaluate((iso) => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' }).format(new Date(iso)), time);
    expect(await rows.nth(1).getByRole('cell').allInnerTexts()).toEqual([day, value.toLocaleString('en-US'), '7/10', 'Posted by the progress test']);

    await toggle.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await item.getByRole('table').count()).toBe(0);
  });
});
