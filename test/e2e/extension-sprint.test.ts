/// <reference types="chrome" />
// The check-in sprint and drafts in the built extension, over the redirecting demo tracker
// (each step a user takes): the sprint driven by the keyboard alone (three check-ins, one skip, the summary and
// the rows in the sheet's Check-ins log), and a popup closed in the middle of a check-in: the
// draft comes back, and a check-in submitted just before closing arrives exactly once.
// Expected values are read from the demo's feed and sheets and the extension's own nudge rule.
// `npm test` builds first; alone: `node scripts/build.mjs extension && npx vitest run test/e2e/extension-sprint.test.ts`.
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inputText, parseValue } from '../../shared/check-in/value-entry.js';
import { SHEETS } from '../../shared/tracker-layout.js';
import { compareDue } from '../../extension/check-in/due-words.js';
import { nudge } from '../../extension/check-in/nudge.js';
import { dueOf, loggedRow, onlyPostId, postsTo, useDemoTracker } from './demo-checks.js';
import { describeInBrowser, keyResultItem, openKeyResult, useExtension } from './extension-session.js';

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');
const focusedLabel = (page: Page) => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');

describeInBrowser('the check-in sprint in Chromium, over the demo tracker', () => {
  const session = useExtension();
  const tracker = useDemoTracker();
  const stored = async (prefix: string) => {
    const all = await (await session.browser().worker()).evaluate(() => chrome.storage.local.get(null));
    return Object.entries(all).filter(([key]) => key.startsWith(prefix));
  };
  const storedKeys = async (prefix: string) => (await stored(prefix)).map(([key]) => key);

  it('checks in three due key results and skips one with the keyboard alone, then shows the tally', async () => {
    const feed = await tracker().feed();
    // The popup lists, and the sprint takes, the most overdue first (lib/due-words.ts).
    const due = [...dueOf(feed)].sort((a, b) => compareDue(a.nextCheckIn, b.nextCheckIn, feed.generatedAt.slice(0, 10)));
    expect(due.length, 'the demo tracker should have four check-ins due').toBe(4);
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);

    // The popup opens with focus on the most overdue check-in of the due list: Enter starts the sprint there.
    await expect.poll(() => focusedText(popup)).toContain(due[0]!.title);
    await popup.keyboard.press('Enter');
    const expected: { id: string; value: unknown }[] = [];
    for (const [index, kr] of due.entries()) {
      await popup.getByRole('heading', { name: `Check-in ${index + 1} of ${due.length}` }).waitFor();
      await popup.getByRole('heading', { name: kr.title, exact: true }).waitFor();
      // Focus moves to Value in an effect after the step is drawn: on a loaded machine a frame later.
      await expect.poll(() => focusedLabel(popup)).toMatch(/^Value/);
      // Confidence starts at the last one given.
      expect(await popup.getByLabel(/^Confidence/).inputValue()).toBe(typeof kr.confidence === 'number' ? String(kr.confidence) : '');
      if (index === 3) {
        await popup.keyboard.press('PageDown');
        break;
      }
      // The prefilled value is typed as the card shows it (70 for 70%); a digit in Value is part of it.
      expect(await popup.getByLabel(/^Value/).inputValue()).toBe(inputText(kr, kr.current));
      // One step toward the target from the prefilled value, confidence 7 from one key, Enter saves.
      await popup.keyboard.press('ArrowUp');
      const typed = nudge(inputText(kr, kr.current), 'up', kr);
      expect(await popup.getByLabel(/^Value/).inputValue()).toBe(typed);
      await popup.keyboard.press('Tab');
      await popup.keyboard.press('7');
      expect(await popup.getByLabel(/^Confidence/).inputValue()).toBe('7');
      await popup.keyboard.press('Enter');
      const parsed = parseValue(kr, typed);
      expected.push({ id: kr.id, value: parsed.ok ? parsed.value : typed });
      await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Saved' }).innerText()).toContain(`Saved: ${kr.title}.`);
    }
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'checked in' }).innerText()).toMatch(/3 checked in, 1 skipped$/);
    // Focus moves to the way back in an effect after the tally is drawn: on a loaded machine a frame later.
    await expect.poll(() => focusedText(popup)).toBe('Back to the list');

    await expect.poll(() => postsTo(tracker()).length).toBe(3);
    const requestIds = new Set(postsTo(tracker()).map((post) => post.requestId));
    const rows = () => tracker().records(SHEETS.checkIns).filter((row) => requestIds.has(row['Request ID'] as string));
    await expect.poll(() => rows().length).toBe(3);
    expect(rows().map((row) => ({ id: row.ID, value: row.Value, confidence: row.Confidence }))).toEqual(
      expected.map(({ id, value }) => ({ id, value, confidence: 7 })),
    );
    expect(rows().some((row) => row.ID === due[3].id)).toBe(false);

    await popup.keyboard.press('Enter');
    await popup.getByRole('region', { name, exact: true }).getByRole('listitem').first().waitFor();
  });

  it('has a visible way out: Escape (or End sprint) goes back to the list, and nothing is sent', async () => {
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    // The due list is the way into the sprint: its first row has focus, Enter starts.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.closest('.due-list') !== null)).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { name: /^Check-in 1 of/ }).waitFor();
    expect(await popup.getByRole('button', { name: 'End sprint' }).isVisible()).toBe(true);
    await popup.keyboard.press('Escape');
    await popup.getByRole('region', { name, exact: true }).getByRole('listitem').first().waitFor();
    expect(await popup.getByRole('heading', { name: /^Check-in 1 of/ }).count()).toBe(0);
    // Escape ends it with the focus anywhere: here on the page, after a click on the sprint's
    // title (before, it did so only from inside the form, and a fast Escape found none there).
    await popup.locator('.due-list button').first().click();
    await popup.getByRole('heading', { name: /^Check-in 1 of/ }).click();
    expect(await popup.evaluate(() => document.activeElement === document.body)).toBe(true);
    await popup.keyboard.press('Escape');
    await popup.getByRole('region', { name, exact: true }).getByRole('listitem').first().waitFor();
    expect(await popup.getByRole('heading', { name: /^Check-in 1 of/ }).count()).toBe(0);
    expect(postsTo(tracker())).toEqual([]);
  });

  it('shows a draft that no longer reads on its card, and discards it', async () => {
    const feed = await tracker().feed();
    const kr = feed.keyResults.find((candidate) => candidate.type !== 'milestone' && typeof candidate.current === 'number')!;
    await session.configure(tracker());
    const name = tracker().name();
    let popup = await session.openPopup(name);
    let item = await openKeyResult(popup, name, kr.title);
    await item.getByRole('button', { name: `Check in: ${kr.title}`, exact: true }).click();
    await item.getByLabel(/^Value/).fill('lots');
    await expect.poll(() => storedKeys('draft:')).toHaveLength(1);
    await popup.close();

    popup = await session.openPopup(name);
    item = keyResultItem(popup, name, kr.title);
    await item.getByText('Your unsaved draft "lots" is not a value this key result takes.').waitFor();
    await item.getByRole('button', { name: 'Discard draft' }).click();
    await expect.poll(() => storedKeys('draft:')).toEqual([]);
    await expect.poll(() => item.getByText(/unsaved draft/).count()).toBe(0);
  });

  it('keeps what was typed when the popup closes, and delivers a check-in submitted just before closing once', async () => {
    const feed = await tracker().feed();
    const kr = feed.keyResults.find((candidate) => candidate.due && typeof candidate.current === 'number');
    if (kr === undefined) throw new Error('the demo tracker has no due numeric key result');
    await session.configure(tracker());
    const name = tracker().name();
    let popup = await session.openPopup(name);
    let item = await openKeyResult(popup, name, kr.title);
    await item.getByRole('button', { name: `Check in: ${kr.title}`, exact: true }).click();
    await item.getByLabel('Value').fill('12');
    await item.getByLabel('Note').fill('Half typed when the popup closed');
    // The draft is saved as each field changes: closed once it holds the note too, as a person
    // closes a moment after typing (the value alone is stored before the note's write lands).
    await expect.poll(async () => (await stored('draft:')).map(([, draft]) => draft)).toEqual([expect.objectContaining({ value: '12', note: 'Half typed when the popup closed' })]);
    await popup.close();

    popup = await session.openPopup(name);
    item = await openKeyResult(popup, name, kr.title);
    await item.getByRole('button', { name: `Check in: ${kr.title}`, exact: true }).click();
    await expect.poll(() => item.getByLabel('Value').inputValue()).toBe('12');
    expect(await item.getByLabel('Note').inputValue()).toBe('Half typed when the popup closed');

    // Submit and close at once: the outbox holds the check-in, and the worker sends it.
    await item.getByLabel('Note').press('Enter');
    await popup.close();
    await expect.poll(() => storedKeys('draft:')).toEqual([]);
    // The worker sends the outbox on the next popup opening (or its retry alarm) at the latest.
    if (postsTo(tracker()).length === 0) await session.openPopup(name);
    const requestId = await onlyPostId(tracker());
    const twelve = parseValue(kr, '12');
    expect(await loggedRow(tracker(), requestId)).toMatchObject({ ID: kr.id, Value: twelve.ok ? twelve.value : null, Note: 'Half typed when the popup closed' });
    expect(tracker().postsOf(requestId)).toBe(1);
  });
});
