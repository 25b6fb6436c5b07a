// The popup in real Chromium: the extension loaded from dist/extension, N key results in its
// cache and a tracker whose address refuses connections (so the popup renders from the cache and
// its refresh fails quietly), opened again and again and timed against a static page of the same
// items opened the same way, alternately, in the same browser. Also the built scripts' sizes.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleSizes } from './bundle-sizes.mjs';
import { launchBenchBrowser, missingBrowser } from './extension-chromium.mjs';
import { benchStorage, popupFeed } from './popup-feed.mjs';
import { firstPaintBytes } from '../scripts/first-paint.mjs';
import { firstPaintRow, GOAL, sizeRow, timingRows } from './popup-rows.mjs';
import { staticPopupPage } from './static-popup-page.mjs';

export { GOAL, percentile } from './popup-rows.mjs';

export const SIZES = { full: { opens: 20, keyResults: 500 }, quick: { opens: 3, keyResults: 100 } };
/** The key results' list items; the "Due check-ins" list above them is not counted. */
export const ITEM_SELECTOR = '.key-results > li';
/** The sentence a failed refresh puts over the cached copy (RefreshStatus.tsx). */
const REFRESH_NOTICE_SELECTOR = '.tracker .notice';
/** The popup's real size. */
const VIEWPORT = { width: 360, height: 600 };
const OPEN_TIMEOUT_MS = 30_000;

/** A 127.0.0.1 port nothing listens on: taken from the system, then released. */
async function closedPort() {
  const server = createServer();
  await new Promise((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function checkCount(what, marks, expected) {
  if (marks.counts.all !== expected) throw new Error(`${what} showed ${marks.counts.all} key results, expected ${expected}`);
}

/** What bench/paint-marker.mjs waits for on each page. */
export function paintTargets(count) {
  const items = [
    { key: 'first', selector: ITEM_SELECTOR, count: 1 },
    { key: 'all', selector: ITEM_SELECTOR, count },
  ];
  // A reopened popup paints its last view first (extension/popup/paint-last-view.ts), marked
  // data-last-view until the live one replaces it: these count the live one only.
  const live = '#app:not([data-last-view])';
  return {
    static: items,
    popup: [...items, { key: 'live', selector: `${live} ${ITEM_SELECTOR}`, count }, { key: 'refreshFailed', selector: `${live} ${REFRESH_NOTICE_SELECTOR}`, count: 1 }],
  };
}

/** The popup's localStorage keys for its last view and its views of the next days (extension/storage/last-view-store.ts). */
export const LAST_VIEW_KEY = 'okr-sheets.popup-view';
const VIEWS_AHEAD_KEY = 'okr-sheets.popup-views-ahead';

/**
 * Opens popup and static page alternately (after one warm-up each), checking what each shows.
 * `kept`, the views each opening finds:
 * - 'none': none, as on an opening before the extension has kept any (its worker keeps today's
 *   and the next days' once a day and after the options change: background/sw-views.ts);
 * - 'last': the last view kept by the opening before, as on a second click the same day (a
 *   day's first opening paints the view rendered ahead for it the same way);
 * - 'worker': those the worker kept after the options changed, with no popup open since.
 */
async function timeOpens(browser, { feed, feedUrl, staticUrl, opens, kept }) {
  const reopened = kept !== 'none';
  const count = feed.keyResults.length;
  const { static: targets, popup: popupTargets } = paintTargets(count);
  const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  const options = { viewport: VIEWPORT, timeoutMs: OPEN_TIMEOUT_MS };
  const openPopup = async ({ keepView = false } = {}) => {
    await browser.resetStorage(benchStorage(feed, feedUrl, Date.now()));
    if (kept === 'worker') await browser.keepViewsAfterOptionsChange([LAST_VIEW_KEY, VIEWS_AHEAD_KEY], OPEN_TIMEOUT_MS);
    const marks = await browser.openAndMark(popupUrl, popupTargets, {
      ...options,
      beforeLoad: reopened ? null : [(keys) => keys.forEach((key) => localStorage.removeItem(key)), [LAST_VIEW_KEY, VIEWS_AHEAD_KEY]],
      beforeClose: keepView && kept === 'last' ? [(key) => localStorage.getItem(key) !== null, LAST_VIEW_KEY] : null,
    });
    checkCount('the popup', marks, count);
    return marks;
  };
  const openStatic = async () => {
    const marks = await browser.openAndMark(staticUrl, targets, options);
    checkCount('the static page', marks, count);
    return marks;
  };
  await openPopup({ keepView: true });
  await openStatic();
  const popup = [];
  const reference = [];
  for (let i = 0; i < opens; i++) {
    // Alternate which goes first, so neither always follows the other's garbage and caches.
    if (i % 2 === 0) {
      popup.push(await openPopup());
      reference.push(await openStatic());
    } else {
      reference.push(await openStatic());
      popup.push(await openPopup());
    }
  }
  if (reopened && popup.some((marks) => marks.countsAtMark.live !== undefined && marks.first >= marks.live)) {
    throw new Error(`a popup with ${kept === 'worker' ? "the worker's views" : 'its last view'} kept painted no view before the live one`);
  }
  return { popup, reference };
}

export async function run(context = {}) {
  const quick = context.quick === true;
  const root = context.root ?? join(dirname(fileURLToPath(import.meta.url)), '..');
  // Another build of the extension may be timed instead (to try a fix); sizes stay those of dist/.
  const extensionDir = context.extensionDir ?? join(root, 'dist/extension');
  const { opens, keyResults } = quick ? SIZES.quick : SIZES.full;
  const sizes = bundleSizes(root);
  const firstPaint = [firstPaintRow(firstPaintBytes(extensionDir), false), firstPaintRow(firstPaintBytes(extensionDir, { reopened: true }), true)];
  const title = `The popup in Chromium with ${keyResults} cached key results vs a static page of the same items; bundle sizes`;
  const sizeNote = `Sizes: gzip by node:zlib at its default level. Goal: popup.js ≤ ${GOAL.popupGzipBytes / 1024} KB gzip.`;
  const missing = missingBrowser();
  if (missing !== null) {
    context.log?.(`  popup not timed: ${missing}`);
    return { title, rows: [...firstPaint, ...sizes.map(sizeRow)], notes: [`POPUP NOT TIMED: ${missing}.`, sizeNote], skipped: missing, targets: null, samples: null, sizes };
  }

  const feed = popupFeed(keyResults);
  const feedUrl = `http://127.0.0.1:${await closedPort()}/exec`;
  const folder = mkdtempSync(join(tmpdir(), 'okr-sheets-static-popup-'));
  const staticFile = join(folder, 'static-popup.html');
  writeFileSync(staticFile, staticPopupPage(feed, extensionDir));
  const browser = await launchBenchBrowser(extensionDir);
  let samples;
  try {
    context.log?.(`  ${opens} opens each of popup.html and the static page, ${keyResults} key results…`);
    const series = { feed, feedUrl, staticUrl: pathToFileURL(staticFile).href, opens };
    const cold = await timeOpens(browser, { ...series, kept: 'none' });
    context.log?.(`  … and ${opens} reopenings the same day, each of popup.html and the static page…`);
    const reopened = await timeOpens(browser, { ...series, kept: 'last' });
    context.log?.(`  … and ${opens} first openings after the options change, each of popup.html and the static page…`);
    const afterOptions = await timeOpens(browser, { ...series, kept: 'worker' });
    samples = {
      popup: cold.popup,
      reference: cold.reference,
      reopened: reopened.popup,
      reopenedReference: reopened.reference,
      afterOptions: afterOptions.popup,
      afterOptionsReference: afterOptions.reference,
    };
    if (browser.pageErrors.length > 0) throw new Error(`errors on the pages opened:\n${browser.pageErrors.join('\n')}`);
  } finally {
    await browser.close();
    rmSync(folder, { recursive: true, force: true });
  }
  return {
    title,
    rows: [...timingRows(samples, keyResults), ...firstPaint, ...sizes.map(sizeRow)],
    notes: [
      `Median and p90 of ${opens} opens each, after one warm-up each, popup and static page alternately in one headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}. ` +
        'ms from navigation start until the frame showing the items was painted (a MutationObserver counts them; a task posted from requestAnimationFrame marks the paint). ratio = popup / static.',
        "No view kept: each opening's localStorage cleared first, as on an opening before the extension has kept any (the worker keeps today's view and the next days' once a day and after the options change, so this is only an opening in the second or so before that). A view kept: each opening paints the last view kept by the one before, as on a reopening the same day or a day's first opening (which paints the view rendered ahead for that day), then the live one replaces it (\"live view in place\"). After the options change: before each opening the views are forgotten and the worker told the options changed, as the options page does on Save, and the opening waits until the worker's out-of-sight page has kept today's view and the next days'. Each series has its own static openings, alternating with it.",
      `The static page is the popup's markup for the same ${keyResults} key results (${feed.objectives.length} objectives) as plain HTML with the popup's stylesheets, from a file:// URL.`,
      `The tracker's feed URL (${feedUrl}) refuses connections: the popup renders from the cache, then shows the failed refresh ("failed refresh shown").`,
      sizeNote,
    ],
    skipped: null,
    targets: paintTargets(keyResults),
    samples: {
      popup: samples.popup,
      static: samples.reference,
      reopened: samples.reopened,
      reopenedStatic: samples.reopenedReference,
      afterOptions: samples.afterOptions,
      afterOptionsStatic: samples.afterOptionsReference,
    },
    sizes,
  };
}
