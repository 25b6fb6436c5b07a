/// <reference types="chrome" />
// The options page laid out for the people who use it: the working days on one row, time fields
// as wide as their content, every group alike in the dark scheme, Save always in view with an
// "Unsaved changes" cue, a Test result that goes away when the address it tested changes, and
// the optional permissions as switches. Over the real demo tracker.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e/options-page.test.ts`.
import { expect, it } from 'vitest';
import * as strings from '../../extension/strings/options.js';
import { useDemoTracker } from './demo-checks.js';
import { describeInBrowser, useExtension } from './extension-session.js';

describeInBrowser('the options page in Chromium', () => {
  const session = useExtension();
  const tracker = useDemoTracker('all');

  it('keeps Save in view with an unsaved cue, and clears a Test result when the address changes', async () => {
    const options = await session.browser().openPage('options.html', { width: 800, height: 600 });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.getByLabel('Feed URL').fill(tracker().url);
    await options.getByLabel('Access token').fill(tracker().token);
    const save = options.getByRole('button', { name: 'Save', exact: true });
    await options.getByText(strings.unsaved).waitFor();
    expect(await save.isVisible()).toBe(true);
    const box = await save.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(600);

    await options.getByRole('button', { name: 'Test', exact: true }).click();
    const result = options.getByText(`Connected to "${tracker().name()}"`);
    await result.waitFor();
    await options.getByLabel('Feed URL').fill(`${tracker().url}?x=1`);
    await result.waitFor({ state: 'detached' });

    // The working days on one row; the time fields no wider than a time needs.
    const days = await options.locator('.days .field').evaluateAll((fields) => new Set(fields.map((field) => Math.round(field.getBoundingClientRect().top))).size);
    expect(days).toBe(1);
    expect((await options.getByLabel('Working hours start').boundingBox())!.width).toBeLessThan(200);
    // Every group has the page's background in the dark scheme.
    const backgrounds = await options.locator('fieldset').evaluateAll((sets) => sets.map((set) => getComputedStyle(set).backgroundColor));
    expect(new Set(backgrounds)).toEqual(new Set(['rgba(0, 0, 0, 0)']));
    // Optional permissions are switches, off until granted.
    const tabs = options.getByRole('switch', { name: strings.sheetTabsButton });
    expect(await tabs.isChecked()).toBe(false);

    await options.getByLabel('Feed URL').fill(tracker().url);
    await save.click();
    await options.getByText('Saved.').waitFor();
    // The README's picture shows a real-looking feed URL, the same on every run: the demo's port
    // changes each time. Set on the element only, so the page's state (and "Saved.") stays.
    await options.getByLabel('Feed URL').evaluate((input: HTMLInputElement) => {
      input.value = 'https://script.google.com/macros/s/AKfycb…/exec';
    });
    // What the user sees, the Save bar at the window's bottom: a full-page picture would draw the
    // sticky bar over the middle of the page.
    await options.screenshot({ path: new URL('../../docs/options-dark.png', import.meta.url).pathname });
  });
});
