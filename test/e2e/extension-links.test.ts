/// <reference types="chrome" />
// Deep links in the built extension over the demo tracker: each key result's title
// links to its own row (the feed's `link`: the spreadsheet's URL with the sheet's gid and the
// row's range), and that row is the key result's row in the Key results sheet.
// `npm test` builds first; alone: `node scripts/build.mjs extension && npx vitest run test/e2e/extension-links.test.ts`.
import { expect, it } from 'vitest';
import { SHEETS } from '../../shared/tracker-layout.js';
import { useDemoTracker } from './demo-checks.js';
import { describeInBrowser, openKeyResult, useExtension } from './extension-session.js';

describeInBrowser('deep links into the sheet, in Chromium over the demo tracker', () => {
  const session = useExtension();
  const tracker = useDemoTracker('all');

  it("links each key result to its own row, and the tracker's name to the spreadsheet", async () => {
    const feed = await tracker().feed();
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    const sheet = tracker().sheetUrl();
    const ids = tracker().records(SHEETS.keyResults).map((row) => row.ID);
    for (const kr of feed.keyResults) {
      const link = (await openKeyResult(popup, name, kr.title)).getByRole('link', { name: `Open the row of ${kr.title} in the sheet` });
      const href = await link.getAttribute('href');
      expect(href, kr.id).toBe(kr.link);
      const { gid, range } = Object.fromEntries(new URLSearchParams(new URL(href!).hash.slice(1)));
      expect(href!.startsWith(`${sheet}#`), kr.id).toBe(true);
      expect(gid, kr.id).toMatch(/^\d+$/);
      // Row 1 holds the headers: the n-th record (0-based) sits on row n + 2.
      expect(range, kr.id).toBe(`A${ids.indexOf(kr.id) + 2}`);
    }
    expect(await popup.getByRole('link', { name: 'Open the sheet' }).getAttribute('href')).toBe(feed.tracker.url);
  });
});
