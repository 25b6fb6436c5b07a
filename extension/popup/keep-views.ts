/**
 * popup.html opened out of sight by the worker (background/sw-views.ts) once a day and after the
 * options change: it renders the popup's views of today and of the next days, as the popup
 * renders its own ahead (render-ahead.ts), and keeps them in the extension's localStorage. So a
 * popup opened when none of its own views is kept (the first opening after the options changed,
 * or after days without one) still paints at once from the small classic script
 * (paint-last-view.ts), instead of after its modules.
 *
 * In Chrome the page is an offscreen document, which has no storage API: the worker reads
 * storage.local for it, and is asked again before the views are kept whether storage changed
 * meanwhile (a check-in made in the popup forgets every view: an older one must not come back).
 */
import { draftKey } from '../check-in/draft-key.js';
import { browser } from '../platform/browser.js';
import type { ViewsData, ViewsMessage } from '../platform/views-messages.js';
import { rememberViewsAhead } from '../storage/last-view-store.js';
import { DAYS_AHEAD, daysAfter, renderViews, type HostReads, type MountApp } from './render-ahead.js';

/**
 * The popup's window: 360 px wide (popup.css), and at its tallest, as with a long list: Chrome
 * and Firefox open a popup up to 600 px high. This page's own size is not it: Chrome gives an
 * offscreen document no width at all, and a view laid out there kept no key result.
 */
const POPUP = { width: 360, height: 600 };

/**
 * The width the popup's content has: a list longer than the window gets a vertical scrollbar,
 * whose width comes from the page's (popup.css), unless scrollbars overlay the page (macOS).
 */
function contentWidth(): number {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;visibility:hidden;overflow:scroll;width:100px;height:100px';
  document.body.append(probe);
  const scrollbar = probe.offsetWidth - probe.clientWidth;
  probe.remove();
  return POPUP.width - scrollbar;
}

const send = (message: ViewsMessage) => browser.runtime.sendMessage(message) as Promise<unknown>;

/** A host that reads what the worker read from storage.local. */
function storageCopy({ snapshot, extras }: ViewsData): HostReads {
  return {
    readSnapshot: async () => snapshot,
    readExtras: async () => extras,
    readDraft: async (trackerId, keyResultId) => extras.drafts[draftKey(trackerId, keyResultId)] ?? null,
  };
}

/**
 * Renders and keeps the views; always tells the worker it is done, so it closes the page.
 * `loadNotices`: chunks.ts's, passed in by main.tsx, as `mountApp` is, so that this module brings
 * no second copy of the code the popup's first paint holds.
 */
export async function keepViews(mountApp: MountApp, loadNotices: () => Promise<void>): Promise<void> {
  try {
    const [data] = await Promise.all([send({ type: 'views-data' }) as Promise<ViewsData | { ok: false } | undefined>, loadNotices()]);
    // A worker that refused, or had no answer: nothing to render.
    if (data?.ok !== true) return;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const now = Date.now();
    const moments = [now, ...daysAfter(now, DAYS_AHEAD, timeZone)];
    // No one sees this page: nothing to wait for between days.
    const views = await renderViews(mountApp, storageCopy(data), moments, timeZone, async () => undefined, { width: contentWidth(), height: POPUP.height });
    const answer = (await send({ type: 'views-unchanged', stamp: data.stamp })) as { unchanged?: boolean };
    if (answer.unchanged === true) rememberViewsAhead(localStorage, views);
  } finally {
    await send({ type: 'views-done' });
  }
}
