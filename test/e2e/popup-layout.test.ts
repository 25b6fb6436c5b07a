/// <reference types="chrome" />
// The popup at its real size, 360 × 600, in the light and the dark scheme: nothing
// runs past its right edge (document.scrollingElement.scrollWidth <= clientWidth, and no
// element's box ends past it), the header is one row, and at least six key results are fully
// in view in the default view. Over the demo tracker, and over feeds shaped like real data at
// its worst: 40 key results, 200-character titles without a space, right-to-left and emoji
// titles, nested objectives, two trackers. The README's screenshots come from here.
// `npm test` builds first; alone: `node scripts/build.mjs extension && npx vitest run test/e2e/popup-layout.test.ts`.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Feed, FeedKeyResult } from '../../shared/feed/feed.js';
import { useDemoTracker } from './demo-checks.js';
import { describeInBrowser, useExtension } from './extension-session.js';
import { fixtureFeed, startFixtureServer, type FixtureServer } from './fixture-server.js';

const POPUP = { width: 360, height: 600 };
const SCHEMES = ['light', 'dark'] as const;
const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));

/** A feed at the edge of what a sheet holds: 40 key results under nested objectives, hostile titles. */
function worstCaseFeed(): Feed {
  const base = fixtureFeed();
  const template = base.keyResults[0]!;
  const titles = [
    'x'.repeat(200),
    'زيادة عدد المستخدمين النشطين أسبوعيًا من ١٬٢٠٠ إلى ٢٬٠٠٠ قبل نهاية الربع',
    'הגדלת ההכנסה החוזרת החודשית ב־20% עד סוף הרבעון',
    '🚀🚀🚀 Ship the onboarding flow 🎉 to 100% of new sign-ups 👩‍💻👨‍👩‍👧‍👦',
    `https://docs.google.com/spreadsheets/d/${'a1B2c3D4'.repeat(12)}/edit#gid=0`,
  ];
  const objectives = [
    { id: 'O1', title: `Grow ${'y'.repeat(200)}`, owner: 'Ada', parent: null, grade: 0.42, status: 'at-risk' as const },
    { id: 'O1a', title: 'نمو المستخدمين', owner: 'Grace', parent: 'O1', grade: 0.71, status: 'on-track' as const },
    { id: 'O1b', title: '🌍 Child of a child', owner: 'Grace', parent: 'O1a', grade: 0.1, status: 'off-track' as const },
    { id: 'O2', title: 'Second top objective', owner: 'Ada', parent: null, grade: 1, status: 'done' as const },
  ];
  const keyResults: FeedKeyResult[] = Array.from({ length: 40 }, (_, i) => ({
    ...template,
    id: `KR${i + 1}`,
    objective: objectives[i % objectives.length]!.id,
    title: titles[i % titles.length]! + (i >= titles.length ? ` ${i + 1}` : ''),
    owner: i % 2 === 0 ? 'Ada Lovelace-Byron, Grace Brewster Murray Hopper' : 'Grace',
    grade: (i % 11) / 10,
    status: (['on-track', 'at-risk', 'off-track', 'done', 'not-started'] as const)[i % 5]!,
    due: i % 3 === 0,
    // Fixed past days: "overdue … months" on any day the test runs.
    nextCheckIn: `2020-0${(i % 9) + 1}-1${i % 10}`,
  }));
  return { ...base, tracker: { ...base.tracker, name: `Worst case ${'z'.repeat(120)}` }, objectives, keyResults };
}

interface Layout {
  scrollWidth: number;
  clientWidth: number;
  /** Elements whose box ends past the right edge (or starts before the left), by tag and class. */
  outside: string[];
  /** How far apart the header's items sit vertically: 0 when they share one row. */
  headerSpread: number;
  /** Key results whose whole row is inside the first 600 px. */
  rowsInView: number;
}

const measure = (popup: Page): Promise<Layout> =>
  popup.evaluate(() => {
    const root = document.scrollingElement as Element;
    const width = root.clientWidth;
    const outside = [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    const header = document.querySelector('header') as HTMLElement;
    const middles = [...header.children].map((child) => {
      const box = child.getBoundingClientRect();
      return box.top + box.height / 2;
    });
    const rowsInView = [...document.querySelectorAll('.key-result')].filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    }).length;
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside, headerSpread: Math.max(...middles) - Math.min(...middles), rowsInView };
  });

describeInBrowser('the popup at 360 × 600 in Chromium, light and dark', () => {
  const session = useExtension();
  const demo = useDemoTracker('all');
  let worst: FixtureServer | undefined;
  beforeAll(async () => {
    worst = await startFixtureServer('worst-token');
  });
  afterAll(async () => {
    await worst?.close();
  });

  const open = async (name: string, scheme: (typeof SCHEMES)[number]) => {
    const popup = await session.openPopup(name, POPUP);
    await popup.emulateMedia({ colorScheme: scheme });
    return popup;
  };

  it.each(SCHEMES)('shows the demo tracker without sideways scrolling, one header row and six key results in view (%s), for the README', async (scheme) => {
    await session.configure(demo());
    const name = demo().name();
    const popup = await open(name, scheme);
    const count = (await demo().feed()).keyResults.length;
    await expect.poll(() => popup.locator('.key-result').count()).toBe(count);
    const layout = await measure(popup);
    expect(layout.outside).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.headerSpread).toBeLessThan(2);
    expect(layout.rowsInView).toBeGreaterThanOrEqual(6);
    mkdirSync(DOCS, { recursive: true });
    await popup.screenshot({ path: `${DOCS}popup-${scheme}.png` });

    // A key result opened in place: its details fit too.
    const first = popup.locator('.kr-row').first();
    await first.click();
    await popup.getByRole('button', { name: /^Check in: / }).first().waitFor();
    const opened = await measure(popup);
    expect(opened.outside).toEqual([]);
    expect(opened.scrollWidth).toBeLessThanOrEqual(opened.clientWidth);
    if (scheme === 'light') await popup.screenshot({ path: `${DOCS}popup-open.png` });
  });

  it.each(SCHEMES)('keeps 40 key results with long, right-to-left and emoji titles, over two trackers, inside 360 px (%s)', async (scheme) => {
    const server = worst!;
    server.reset();
    server.feed = worstCaseFeed();
    const worker = await session.browser().worker();
    await worker.evaluate(
      async ([a, b]) => {
        const trackers = [
          { id: 'worst', name: '', url: a.url, token: a.token },
          { id: 'demo', name: 'Demo tracker with a name typed in the options', url: b.url, token: b.token },
        ];
        const stored = await chrome.storage.local.get('options');
        await chrome.storage.local.set({ options: { ...(stored.options ?? {}), trackers } });
      },
      [
        { url: server.url, token: server.token },
        { url: demo().url, token: demo().token },
      ] as const,
    );
    const popup = await open(server.feed.tracker.name, scheme);
    await expect.poll(() => popup.locator('.key-result').count()).toBeGreaterThanOrEqual(40 + (await demo().feed()).keyResults.length);
    // Every objective's key results, and every tracker, in one list.
    await popup.getByRole('combobox', { name: 'Tracker' }).waitFor();
    const layout = await measure(popup);
    expect(layout.outside).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.headerSpread).toBeLessThan(2);
    if (scheme === 'dark') await popup.screenshot({ path: `${DOCS}popup-worst-case.png` });
    // The longest titles opened in place wrap inside the popup.
    for (const row of (await popup.locator('.kr-row').all()).slice(0, 5)) await row.click();
    const opened = await measure(popup);
    expect(opened.outside).toEqual([]);
    expect(opened.scrollWidth).toBeLessThanOrEqual(opened.clientWidth);
  });
});
