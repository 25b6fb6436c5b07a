/// <reference types="chrome" />
// The built extension (dist/extension) in a real Chromium, reading the real demo tracker: the
// built Code.js web app over a new example tracker, whose grades come from the sheet's own
// formulas. Expected values are read from the demo's sheets, never written here. Check-ins
// are in extension-demo-check-in.test.ts.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e`.
import { expect, it } from 'vitest';
import { SETTING_LABELS, SHEETS } from '../../shared/tracker-layout.js';
import { asGrade, dueOf, useDemoTracker } from './demo-checks.js';
import { describeInBrowser, openKeyResult, shownGrade, useExtension } from './extension-session.js';

describeInBrowser('the extension in Chromium, reading the demo tracker', () => {
  const session = useExtension();
  // These tests only read, so they share one example tracker.
  const tracker = useDemoTracker('all');
  const keyResults = () => tracker().records(SHEETS.keyResults);

  it('tests the tracker on the options page: a wrong token is refused, the right one connects', async () => {
    const options = await session.browser().openPage('options.html');
    await options.getByLabel('Feed URL').fill(tracker().url);
    await options.getByLabel('Access token').fill(`${tracker().token}-wrong`);
    await options.getByRole('button', { name: 'Test', exact: true }).click();
    await options.getByText('refused the access token').waitFor();
    await options.getByLabel('Access token').fill(tracker().token);
    await options.getByRole('button', { name: 'Test', exact: true }).click();
    const period = String(tracker().setting(SETTING_LABELS.periodName));
    await options.getByText(`Connected to "${tracker().name()}" (${period}): ${keyResults().length} key results.`).waitFor();

    await options.getByLabel('Feed URL').fill('http://example.com/exec');
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByText('Only https:// addresses are accepted').waitFor();
    expect(await options.getByLabel('Feed URL').getAttribute('aria-invalid')).toBe('true');
    expect(await (await session.browser().worker()).evaluate(() => chrome.storage.local.get('options'))).toEqual({});
  });

  it("lists the example tracker's key results with the grades the sheet computes", async () => {
    await session.configure(tracker());
    const name = tracker().name();
    const popup = await session.openPopup(name);
    const rows = keyResults();
    expect(rows.length).toBeGreaterThan(0);
    await expect.poll(() => popup.getByRole('region', { name, exact: true }).getByRole('listitem').count()).toBe(rows.length);
    for (const row of rows) {
      const title = String(row['Key result']);
      expect(await shownGrade(popup, name, title), `${String(row.ID)} ${title}`).toBe(asGrade(row.Grade));
      expect(await (await openKeyResult(popup, name, title)).innerText()).toContain(`Owner: ${String(row.Owner)}`);
    }
    const due = dueOf(await tracker().feed()).length;
    expect(due).toBeGreaterThan(0);
    await popup.getByRole('heading', { name: `Due check-ins (${due})` }).waitFor();
    expect(await popup.getByRole('link', { name: 'Open the sheet' }).getAttribute('href')).toBe(tracker().sheetUrl());

    // The OKR checks: counted, with the list one click away.
    const findings = (await tracker().feed()).findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    await popup.getByText(`OKR checks: ${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to fix`).click();
    await expect.poll(() => popup.locator('details.findings li').allInnerTexts()).toEqual(findings.map((f) => `${f.id}: ${f.message}`));
  });
});
