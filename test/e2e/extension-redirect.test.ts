/// <reference types="chrome" />
// The built extension in a real Chromium over Google's real request path, as the demo tracker
// serves it: the /exec URL on 127.0.0.1 answers 302 to a one-time echo URL on localhost (another
// origin), with ACAO * on both hops; a deployment Google would refuse answers an HTML page with
// status 200. Expected values are read from the demo's sheets, never written here.
// `npm test` builds first; alone: `node scripts/build.mjs && npx vitest run test/e2e`.
import { expect, it } from 'vitest';
import { SHEETS } from '../../shared/tracker-layout.js';
import * as strings from '../../extension/strings/common.js';
import { keyResultRow, loggedRow, onlyPostId, postsTo, useDemoTracker } from './demo-checks.js';
import type { DemoTracker, SeenRequest } from './demo-tracker.js';
import { checkIn, describeInBrowser, useExtension } from './extension-session.js';

const hostOf = (origin: string) => new URL(origin).host;
const onExec = (tracker: DemoTracker) => (seen: SeenRequest) => seen.host === hostOf(tracker.url) && seen.path === '/exec';
const onEcho = (tracker: DemoTracker) => (seen: SeenRequest) => seen.host === hostOf(tracker.echoOrigin) && seen.path === '/macros/echo';

describeInBrowser("the extension in Chromium, through Google's 302 to another origin", () => {
  const session = useExtension();
  // One example tracker for the file: only the first test writes, and it counts its own POST.
  const tracker = useDemoTracker('all');

  it('loads the feed and checks in through the redirect: one POST on /exec, one row in the log', async () => {
    const demo = tracker();
    expect(hostOf(demo.echoOrigin)).not.toBe(hostOf(demo.url));
    await session.configure(demo);
    const name = demo.name();
    const popup = await session.openPopup(name);
    // The feed came back from the echo origin the 302 pointed at, fetched with GET.
    expect(demo.requests.filter(onExec(demo)).some((seen) => seen.method === 'GET')).toBe(true);
    expect(demo.requests.filter(onEcho(demo)).length).toBeGreaterThan(0);

    const title = String(keyResultRow(demo, 'KR6')['Key result']);
    const logged = demo.records(SHEETS.checkIns).length;
    const echoesBefore = demo.requests.filter(onEcho(demo)).length;
    await checkIn(popup, name, title, { value: '7', confidence: '8', note: 'Through the redirect' });

    const requestId = await onlyPostId(demo);
    expect(await loggedRow(demo, requestId)).toMatchObject({ ID: 'KR6', Value: 7, Confidence: 8, Note: 'Through the redirect' });
    expect(demo.records(SHEETS.checkIns)).toHaveLength(logged + 1);
    // The POST reached /exec only, as text/plain; the browser followed the 302 with a GET.
    expect(postsTo(demo).every(onExec(demo))).toBe(true);
    expect(postsTo(demo)[0].contentType).toMatch(/^text\/plain/);
    await expect.poll(() => demo.requests.filter(onEcho(demo)).length).toBeGreaterThan(echoesBefore);
    expect(demo.requests.filter(onEcho(demo)).every((seen) => seen.method === 'GET')).toBe(true);
    expect(demo.requests.filter((seen) => seen.method === 'OPTIONS')).toEqual([]);
  });

  it("shows the extension's message for the HTML page of a deployment Google refuses", async () => {
    const demo = tracker();
    const options = await session.browser().openPage('options.html');
    await options.getByLabel('Feed URL').fill(demo.restrictedUrl);
    await options.getByLabel('Access token').fill(demo.token);
    await options.getByRole('button', { name: 'Test', exact: true }).click();
    await options.getByText(strings.htmlAnswer).waitFor();

    await session.configure({ url: demo.restrictedUrl, token: demo.token });
    const popup = await session.browser().openPage('popup.html');
    await popup.getByText(strings.htmlAnswer, { exact: false }).first().waitFor();
    expect(demo.requests.filter((seen) => seen.path === '/restricted/exec').length).toBeGreaterThan(0);
  });

  it('shows the token message when the tracker refuses the token, read through the redirect', async () => {
    const demo = tracker();
    const echoesBefore = demo.requests.filter(onEcho(demo)).length;
    await session.configure({ url: demo.url, token: `${demo.token}-wrong` });
    const popup = await session.browser().openPage('popup.html');
    await popup.getByText('The tracker refused the access token', { exact: false }).first().waitFor();
    // The refusal is the script's JSON answer, so it too came from the echo origin.
    expect(demo.requests.filter(onEcho(demo)).length).toBeGreaterThan(echoesBefore);
  });
});
