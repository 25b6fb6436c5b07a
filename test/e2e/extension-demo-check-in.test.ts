/// <reference types="chrome" />
// Check-ins from the built extension in a real Chromium into the real demo tracker: the row in
// the sheet's Check-ins log, the grade the sheet's formulas recompute, the outbox across a
// restart of the tracker, the badge, and a stopped service worker. Expected values are read
// from the demo's sheets and feed, never written here.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e`.
import { expect, it } from 'vitest';
import { SHEETS } from '../../shared/tracker-layout.js';
import { inputText } from '../../shared/check-in/value-entry.js';
import { asGrade, badgeFor, dueOf, keyResultRow, loggedRow, onlyPostId, postsTo, useDemoTracker } from './demo-checks.js';
import { checkIn, describeInBrowser, keyResultItem, openKeyResult, shownGrade, useExtension } from './extension-session.js';

describeInBrowser('the extension in Chromium, checking in to the demo tracker', () => {
  const session = useExtension();
  const tracker = useDemoTracker();
  const log = () => tracker().records(SHEETS.checkIns);

  it("writes one row to the sheet's Check-ins log and shows the grade the sheet recomputes", async () => {
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    const before = keyResultRow(tracker(), 'KR6');
    const title = String(before['Key result']);
    const logged = log().length;
    await checkIn(popup, name, title, { value: '7', confidence: '8', note: 'Two more signed' });

    const requestId = await onlyPostId(tracker());
    expect(await loggedRow(tracker(), requestId)).toMatchObject({ ID: 'KR6', Value: 7, Confidence: 8, Note: 'Two more signed' });
    expect(log()).toHaveLength(logged + 1);
    const after = keyResultRow(tracker(), 'KR6');
    // Linear from Start to Target (7 of 12 partners: 0.58), as the sheet's formula grades it.
    const [start, target] = [Number(before.Start), Number(before.Target)];
    expect(after.Grade).toBeCloseTo((7 - start) / (target - start), 12);
    expect(asGrade(after.Grade)).not.toBe(asGrade(before.Grade));
    await expect.poll(() => shownGrade(popup, name, title)).toBe(asGrade(after.Grade));
    // Apps Script answers no preflight: the POST must be a "simple" text/plain request.
    expect(tracker().requests.filter((request) => request.method === 'OPTIONS')).toEqual([]);
    expect(postsTo(tracker())[0].contentType).toMatch(/^text\/plain/);
  });

  it('keeps a check-in made while the tracker is down and delivers it once after a restart on the same file and port', async () => {
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    const title = String(keyResultRow(tracker(), 'KR2')['Key result']);
    const logBefore = log();
    await tracker().stop();
    await checkIn(popup, name, title, { value: '26' });
    await keyResultItem(popup, name, title).getByText(/Check-in of 26 not sent yet\. 127\.0\.0\.1\S* did not answer/).waitFor();
    expect(postsTo(tracker())).toEqual([]);

    await tracker().start();
    await keyResultItem(popup, name, title).getByRole('button', { name: 'Retry now' }).click();
    const requestId = await onlyPostId(tracker());
    expect(await loggedRow(tracker(), requestId)).toMatchObject({ ID: 'KR2', Value: 26 });
    // The restarted tracker, read back from its file, still holds every earlier row.
    expect(log().slice(0, logBefore.length)).toEqual(logBefore);
    await expect.poll(() => shownGrade(popup, name, title)).toBe(asGrade(keyResultRow(tracker(), 'KR2').Grade));

    // More triggers after delivery must not send it again.
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'send-outbox' }));
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh' }));
    expect(tracker().postsOf(requestId)).toBe(1);
    expect(log()).toHaveLength(logBefore.length + 1);
  });

  it('takes a percent key result in percent points, asks before an implausible value, and moves its objective at once', async () => {
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    const feed = await tracker().feed();
    // The template's KR1: customer satisfaction from 65% to 75%, held in the sheet as 0.65 and 0.75.
    const kr = feed.keyResults.find((candidate) => candidate.id === 'KR1')!;
    expect([kr.unit, kr.start, kr.target]).toEqual(['%', 0.65, 0.75]);
    const objective = feed.objectives.find((candidate) => candidate.id === kr.objective)!;
    const objectiveGrade = () => popup.getByRole('region', { name, exact: true }).locator('section.objective').filter({ hasText: objective.title }).first().locator('h3 .grade').innerText();
    const gradeBefore = await objectiveGrade();

    // The row is a disclosure button: opened in place, it shows the key result's actions.
    const item = await openKeyResult(popup, name, kr.title);
    await item.getByRole('button', { name: `Check in: ${kr.title}`, exact: true }).click();
    const value = item.getByLabel(/^Value/);
    expect(await value.inputValue()).toBe(inputText(kr, kr.current));
    expect(await value.inputValue()).not.toContain('.');
    await value.fill('7200');
    await item.getByRole('button', { name: 'Save check-in' }).click();
    await item.getByText("Did you mean 72%? 7,200% is far outside this key result's range (65% to 75%).").waitFor();
    expect(postsTo(tracker())).toEqual([]);

    // With the tracker down the check-in waits in the outbox, and the popup already rolls it up.
    await tracker().stop();
    await item.getByRole('button', { name: 'Save 72%' }).click();
    await expect.poll(() => shownGrade(popup, name, kr.title)).toBe('0.70');
    await expect.poll(objectiveGrade).not.toBe(gradeBefore);
    const gradeShown = await objectiveGrade();

    // Opened again while the check-in waits, the popup applies it before its first list: every
    // grade its row ever shows, watched from before the page's own script runs, is the new one.
    const again = await session.browser().context.newPage();
    await again.addInitScript((title) => {
      const seen: string[] = [];
      Object.assign(window, { okrGradesSeen: seen });
      new MutationObserver(() => {
        for (const row of document.querySelectorAll('.kr-row')) {
          if (row.querySelector('.kr-title')?.textContent !== title) continue;
          const grade = row.querySelector('.grade')?.textContent?.trim() ?? '';
          if (seen.at(-1) !== grade) seen.push(grade);
        }
      }).observe(document, { childList: true, subtree: true, characterData: true });
    }, kr.title);
    await again.goto(popup.url());
    await again.getByRole('region', { name, exact: true }).getByRole('listitem').first().waitFor();
    expect(await again.evaluate(() => (window as unknown as { okrGradesSeen: string[] }).okrGradesSeen)).toEqual(['0.70']);
    await again.close();

    await tracker().start();
    await item.getByRole('button', { name: 'Retry now' }).click();
    const requestId = await onlyPostId(tracker());
    expect(await loggedRow(tracker(), requestId)).toMatchObject({ ID: 'KR1', Value: 0.72 });
    const sheetObjective = tracker().records(SHEETS.objectives).find((row) => row.ID === objective.id)!;
    expect(gradeShown).toBe(asGrade(sheetObjective.Grade));
    await expect.poll(objectiveGrade).toBe(asGrade(sheetObjective.Grade));
  });

  it("shows the tracker's due check-ins on the badge: all, then only mine, then one fewer after a check-in", async () => {
    const feed = await tracker().feed();
    await session.configure(tracker());
    await expect.poll(session.badgeText).toBe(badgeFor(dueOf(feed).length));

    const mine = dueOf(feed).find((kr) => kr.owner !== null && typeof kr.current === 'number');
    if (mine === undefined || mine.owner === null) throw new Error('the example tracker has no due numeric key result with an owner');
    const owner = mine.owner;
    await session.configure(tracker(), owner);
    await expect.poll(session.badgeText).toBe(badgeFor(dueOf(feed, owner).length));

    const popup = await session.openPopup(tracker().name());
    await checkIn(popup, tracker().name(), mine.title, { value: inputText(mine, mine.current) });
    await loggedRow(tracker(), await onlyPostId(tracker()));
    const after = dueOf(await tracker().feed(), owner).length;
    expect(after).toBe(dueOf(feed, owner).length - 1);
    await expect.poll(session.badgeText).toBe(badgeFor(after));
  });

  it('recovers after the browser stops its service worker', async () => {
    const feed = await tracker().feed();
    const mine = dueOf(feed).find((kr) => kr.owner !== null && typeof kr.current === 'number');
    if (mine === undefined || mine.owner === null) throw new Error('the example tracker has no due numeric key result with an owner');
    await session.configure(tracker(), mine.owner);
    await expect.poll(session.badgeText).toBe(badgeFor(dueOf(feed, mine.owner).length));
    const popup = await session.openPopup(tracker().name());
    const browser = session.browser();
    await (await browser.worker()).evaluate(() => Object.assign(globalThis, { okrTestMarker: true }));
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await checkIn(popup, tracker().name(), mine.title, { value: inputText(mine, mine.current) });
    expect(await loggedRow(tracker(), await onlyPostId(tracker()))).toMatchObject({ ID: mine.id, Value: mine.current });
    expect(await (await browser.worker()).evaluate(() => 'okrTestMarker' in globalThis)).toBe(false);
    expect(await (await browser.worker()).evaluate(() => chrome.alarms.get('refresh').then((alarm) => alarm?.periodInMinutes))).toBe(30);
    await expect.poll(session.badgeText).toBe(badgeFor(dueOf(await tracker().feed(), mine.owner).length));
  });
});
