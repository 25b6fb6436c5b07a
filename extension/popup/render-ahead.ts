/**
 * The popup's view of each of the next days, rendered while it is open, so that a day's first
 * opening paints at once as a reopening does (paint-last-view.ts) instead of after its modules
 * have loaded. What a day shows depends on the day ("due today", the expected grade, the status
 * at that day's pace), so each is the app itself rendered at the start of that day from the data
 * the popup holds now; on that day the live view takes its place as it does over a last view.
 * Three days, so that Friday's opening covers Monday's.
 *
 * Each day renders out of sight but laid out as the popup would paint it (hidden-place.ts), with
 * a host that reads as the popup's does and changes nothing. Only the first screen is kept, as
 * the app draws it before the rest of a long list: enough to fill the popup's window. With no
 * popup open, the worker has the same rendering done for today and the next days by popup.html
 * opened out of sight (keep-views.ts).
 */
import { addCalendarDays, startOfDay } from '../../shared/dates.js';
import { zoneNamed } from '../../shared/zone.js';
import type { Extras, PopupHost } from '../hosts/hosts.js';
import type { AppProps } from './App.js';
import { rememberViewsAhead, type LastView } from '../storage/last-view-store.js';
import { hiddenPlace, type HiddenPlace } from './hidden-place.js';
import { viewOf } from './view-of.js';

export const DAYS_AHEAD = 3;

/** Far longer than loading the stylesheets and rendering a first screen take: past it, something failed. */
const GIVE_UP_MS = 5_000;

/**
 * Mounts the popup's app into `root` with `props` (its `onShown` is called when its first view
 * with data is in the document); `null` unmounts it. main.tsx's, passed in so that this module,
 * loaded after the first paint, brings no second copy of the app or of Preact.
 */
export type MountApp = (root: HTMLElement, props: AppProps | null) => void;

/** What rendering a view needs of a host: its reads. */
export type HostReads = Pick<PopupHost, 'readSnapshot' | 'readExtras' | 'readDraft'>;

/** `host`'s reads, at `now`; every write and every message does nothing. */
function readOnlyHost(host: HostReads, now: number): PopupHost {
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

/** `work`, or a rejection once `ms` have passed. */
function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`not done within ${ms} ms`)), ms)));
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The view the app first paints at `now`, judged for that day in `timeZone`. */
async function renderDay(mountApp: MountApp, place: HiddenPlace, host: HostReads, extras: Extras, now: number, timeZone: string, screenHeight?: number): Promise<LastView> {
  try {
    // onShown comes from a layout effect, when the first screen is in the document and the rest
    // of a long list not yet rendered (nor any effect run): the view is taken then, with the
    // extras read before, since the app's own read of them is an effect.
    await within(GIVE_UP_MS, new Promise<void>((shown) => mountApp(place.root, { host: readOnlyHost(host, now), onShown: () => shown(), initialExtras: extras })));
    return viewOf(place.root, now, timeZone, screenHeight);
  } finally {
    mountApp(place.root, null);
  }
}

/** The starts of the `count` local days after the one `now` is in. */
export function daysAfter(now: number, count: number, timeZone: string): number[] {
  const zone = zoneNamed(timeZone);
  const today = startOfDay(now, zone);
  return Array.from({ length: count }, (_, day) => addCalendarDays(today, day + 1, zone));
}

/** The popup window's size, when the page that renders its views is not the popup (keep-views.ts). */
export interface PopupSize {
  width: number;
  height: number;
}

/**
 * The views the app paints at each of `moments`, rendered one after another in a hidden place
 * of this page, with `pause` awaited before each; at `size`, or this page's own.
 */
export async function renderViews(mountApp: MountApp, host: HostReads, moments: readonly number[], timeZone: string, pause: () => Promise<void>, size?: PopupSize): Promise<LastView[]> {
  const place = hiddenPlace(size?.width);
  try {
    const [extras] = await within(GIVE_UP_MS, Promise.all([host.readExtras(), place.styled]));
    const views: LastView[] = [];
    for (const moment of moments) {
      await pause();
      views.push(await renderDay(mountApp, place, host, extras, moment, timeZone, size?.height));
    }
    return views;
  } finally {
    place.remove();
  }
}

const idle = () => new Promise<void>((resolve) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 1_000 }) : setTimeout(resolve, 0)));

/** Storage changes seen by this page (the worker's refreshes, the outbox, the options). */
let changes = 0;
let watching = false;
/** `changes` when the views kept were rendered: while it holds, they show the data as it is. */
let renderedAt: number | null = null;
let asked = false;
let rendering = false;

async function renderDays(mountApp: MountApp, host: PopupHost): Promise<void> {
  const start = changes;
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const views = await renderViews(mountApp, host, daysAfter(host.now(), DAYS_AHEAD, timeZone), timeZone, idle);
  // Data that changed meanwhile may show in some days and not in others: kept only if none did.
  if (changes === start) {
    rememberViewsAhead(localStorage, views);
    renderedAt = start;
  }
}

/**
 * Called each time the popup has kept its own view with nothing under way (App's onSettled):
 * renders and keeps the views of the next DAYS_AHEAD days, one at a time when the page is idle,
 * unless those kept already show the data as it is. Asked again while rendering, it renders
 * again afterwards if the data changed meanwhile. Never rejects: with no views ahead, the day's
 * first opening paints after its modules, as it did before they existed.
 */
export async function renderAhead(mountApp: MountApp, host: PopupHost): Promise<void> {
  if (!watching) {
    watching = true;
    host.onChange(() => (changes += 1));
  }
  asked = true;
  if (rendering) return;
  rendering = true;
  try {
    while (asked && renderedAt !== changes) {
      asked = false;
      await renderDays(mountApp, host).catch(() => undefined);
    }
  } finally {
    rendering = false;
  }
}
