/**
 * The popup's view of each of the next days, rendered while it is open, so that a day's first
 * opening paints at once as a reopening does (paint-last-view.ts) instead of after its modules
 * have loaded. What a day shows depends on the day ("due today", the expected grade, the status
 * at that day's pace), so each is the app itself rendered at the start of that day from the data
 * the popup holds now; on that day the live view takes its place as it does over a last view.
 * Three days, so that Friday's opening covers Monday's.
 *
 * Each day renders in a shadow root (its ids cannot clash with the page's) of an element that is
 * hidden, inert and clipped to no height (never in sight, in the focus order or in the page's
 * scroll size), laid out at the popup's width with its stylesheets, so that the view kept is what
 * the popup would paint; with a host that reads as the popup's does and changes nothing. Only
 * the first screen is kept, as the app draws it before the rest of a long list: enough to fill
 * the popup's window.
 */
import { addCalendarDays, startOfDay } from '../../shared/dates.js';
import { zoneNamed } from '../../shared/zone.js';
import type { PopupHost } from '../hosts/hosts.js';
import type { AppProps } from './App.js';
import { readLastViewText, rememberViewsAhead, viewsAheadMade, type LastView } from '../storage/last-view-store.js';
import { viewOf } from './view-of.js';

const DAYS_AHEAD = 3;

/** Far longer than a render of the first screen takes; the app may never show (no data). */
const GIVE_UP_MS = 5_000;

/**
 * Mounts the popup's app into `root` with `props` (its `onShown` is called when its first view
 * with data is in the document); `null` unmounts it. main.tsx's, passed in so that this module,
 * loaded after the first paint, brings no second copy of the app or of Preact.
 */
export type MountApp = (root: HTMLElement, props: AppProps | null) => void;

/** `host`'s reads, at `now`; every write and every message does nothing. */
function readOnlyHost(host: PopupHost, now: number): PopupHost {
  const nothing = async () => undefined;
  return {
    readSnapshot: () => host.readSnapshot(),
    readExtras: () => host.readExtras(),
    readDraft: (trackerId, keyResultId) => host.readDraft(trackerId, keyResultId),
    now: () => now,
    onChange: () => () => undefined,
    send: async () => ({ ok: true }),
    addCheckIn: nothing,
    dismiss: nothing,
    openOptions: nothing,
    saveDraft: nothing,
    dismissConflict: nothing,
    rememberView: nothing,
    openSheet: nothing,
  };
}

/** A hidden place to lay the app out, styled as the page is; resolves once its styles are loaded. */
async function hiddenRoot(): Promise<{ root: HTMLElement; remove(): void }> {
  const host = document.createElement('div');
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  host.style.cssText = 'position:absolute;top:0;left:0;width:100%;height:0;overflow:hidden;visibility:hidden;pointer-events:none';
  const shadow = host.attachShadow({ mode: 'open' });
  const styles = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((link) => {
    const copy = document.createElement('link');
    copy.rel = 'stylesheet';
    copy.href = link.href;
    return copy;
  });
  // A stylesheet that fails to load only makes the view kept shorter or longer than a screen.
  const loaded = styles.map(
    (link) =>
      new Promise((settle) => {
        link.addEventListener('load', settle, { once: true });
        link.addEventListener('error', settle, { once: true });
      }),
  );
  const root = document.createElement('div');
  shadow.append(...styles, root);
  document.body.append(host);
  await Promise.all(loaded);
  return { root, remove: () => host.remove() };
}

/** The view the app first paints at `now`, judged for that day in `timeZone`. */
async function renderDay(mountApp: MountApp, host: PopupHost, now: number, timeZone: string): Promise<LastView> {
  const { root, remove } = await hiddenRoot();
  try {
    // onShown comes from a layout effect, when the first screen is in the document and the rest
    // of a long list not yet rendered: the view is taken then, in the next microtask.
    await new Promise<void>((shown, fail) => {
      setTimeout(() => fail(new Error('the view ahead was not rendered within 5 s')), GIVE_UP_MS);
      mountApp(root, { host: readOnlyHost(host, now), onShown: () => shown() });
    });
    return viewOf(root, now, timeZone);
  } finally {
    mountApp(root, null);
    remove();
  }
}

const idle = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1_000 }) : setTimeout(resolve, 0)));

let rendering: Promise<void> | null = null;

/**
 * Renders and keeps the views of the next DAYS_AHEAD days, unless this page already has; one day
 * at a time, when the page is idle. Views rendered while the popup's own view changed (a
 * check-in made here forgets every view kept) are dropped: the next quiet moment renders again.
 */
export function renderAhead(mountApp: MountApp, host: PopupHost, openedAt: number): Promise<void> {
  rendering ??= (async () => {
    if ((viewsAheadMade(localStorage) ?? -1) >= openedAt) return;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const zone = zoneNamed(timeZone);
    const before = readLastViewText(localStorage);
    const today = startOfDay(host.now(), zone);
    const views: LastView[] = [];
    for (let day = 1; day <= DAYS_AHEAD; day++) {
      await idle();
      views.push(await renderDay(mountApp, host, addCalendarDays(today, day, zone), timeZone));
    }
    if (readLastViewText(localStorage) === before) rememberViewsAhead(localStorage, views, host.now());
  })().finally(() => (rendering = null));
  return rendering;
}
