/// <reference types="chrome" />
// Reminders of the built extension in a real Chromium over the demo tracker: the settings on the
// options page, "Send a test notification", a due reminder with its "Check in" button, and the
// popup's snooze taking it away. Expected key results come from the demo's own feed.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e/extension-reminders.test.ts`.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dueOf, useDemoTracker } from './demo-checks.js';
import { describeInBrowser, useExtension } from './extension-session.js';

const EVERY_DAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

describeInBrowser('reminders in Chromium, over the demo tracker', () => {
  const session = useExtension();
  const tracker = useDemoTracker('all');

  /** IDs of the notifications on screen, the reminders (`due|…`) or the test ones (`test|…`). */
  const notifications = async (prefix: string) =>
    Object.keys(await (await session.browser().worker()).evaluate(() => chrome.notifications.getAll())).filter((id) => id.startsWith(prefix));
  const storedOptions = async () => (await (await session.browser().worker()).evaluate(() => chrome.storage.local.get('options'))).options as Record<string, unknown>;

  /** The options page with the tracker filled in and reminders set to any time of any day. */
  async function optionsAllDay(): Promise<Page> {
    const options = await session.browser().openPage('options.html');
    await options.getByLabel('Feed URL').fill(tracker().url);
    await options.getByLabel('Access token').fill(tracker().token);
    for (const day of EVERY_DAY) await options.getByLabel(day, { exact: true }).check();
    await options.getByLabel('Working hours start').fill('00:00');
    await options.getByLabel('Working hours end').fill('23:59');
    return options;
  }

  it('keeps working days, hours and "away until", and explains hours that end before they start', async () => {
    const options = await session.browser().openPage('options.html');
    await options.getByLabel('Feed URL').fill(tracker().url);
    await options.getByLabel('Access token').fill(tracker().token);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) expect(await options.getByLabel(day, { exact: true }).isChecked()).toBe(true);
    await options.getByLabel('Friday', { exact: true }).uncheck();
    await options.getByLabel('Working hours start').fill('10:00');
    await options.getByLabel('Working hours end').fill('08:00');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('The end of the working day must come after its start.').waitFor();
    expect(await options.getByLabel('Working hours end').getAttribute('aria-invalid')).toBe('true');

    await options.getByLabel('Working hours end').fill('16:30');
    await options.getByLabel('Away until').fill('2031-08-15');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Saved.').waitFor();
    expect(await storedOptions()).toMatchObject({ reminders: true, workingDays: [1, 2, 3, 4], workStart: '10:00', workEnd: '16:30', awayUntil: '2031-08-15' });

    await options.reload();
    expect(await options.getByLabel('Friday', { exact: true }).isChecked()).toBe(false);
    expect(await options.getByLabel('Away until').inputValue()).toBe('2031-08-15');
  });

  it('sends a test notification and says what to do if none appears', async () => {
    const options = await session.browser().openPage('options.html');
    await options.getByRole('button', { name: 'Send a test notification' }).click();
    await options.getByText('If no notification appeared').waitFor();
    await expect.poll(() => notifications('test|')).toHaveLength(1);
  });

  it("reminds of a due check-in once, and the popup's snooze takes the reminder away", async () => {
    const due = dueOf(await tracker().feed());
    expect(due.length).toBeGreaterThan(0);
    const options = await optionsAllDay();
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Saved.').waitFor();
    // One toast per due key result, or one summary when there are many.
    await expect.poll(async () => (await notifications('due|')).length).toBe(due.length > 3 ? 1 : due.length);
    const shown = await notifications('due|');

    // A refresh right after shows nothing new.
    await options.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    expect(await notifications('due|')).toEqual(shown);
    const notified = await (await session.browser().worker()).evaluate(() => chrome.storage.local.get('notified'));
    expect(Object.keys(notified.notified as object)).toHaveLength(due.length);

    const [first] = due;
    const trackerId = ((await storedOptions()).trackers as { id: string }[])[0].id;
    const answer = await options.evaluate((body) => chrome.runtime.sendMessage(body), { type: 'snooze', trackerId, keyResultId: first.id, snoozed: true });
    expect(answer).toEqual({ ok: true });
    if (due.length <= 3) await expect.poll(async () => (await notifications('due|')).some((id) => id.includes(`|${encodeURIComponent(first.id)}|`))).toBe(false);
    const snoozed = await (await session.browser().worker()).evaluate(() => chrome.storage.local.get('snoozed'));
    expect(Object.keys(snoozed.snoozed as object)).toEqual([`${encodeURIComponent(trackerId)}|${encodeURIComponent(first.id)}`]);
  });
});
