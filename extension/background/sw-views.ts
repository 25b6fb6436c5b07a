/**
 * Keeps the popup's views when no popup is open to keep its own: once a day, on the day's first
 * sync, and after the options change (which forgets them). The worker opens popup.html out of
 * sight (popup/keep-views.ts), which renders today's view and the next days', as the popup
 * renders its own ahead, into the extension's localStorage, which a worker cannot reach. Then
 * a popup with no view of its own kept (the first opening after the options changed, or after
 * days without one) still paints at once, from the small script, not after its modules.
 *
 * Chrome: an offscreen document, whose reason LOCAL_STORAGE is exactly this.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 * Firefox has no offscreen documents, and needs none: its background is an event page, a
 * document, which holds the page in a frame.
 */
import { snapshotFrom } from '../feed/snapshot.js';
import { localToday } from '../format/local-date.js';
import { extrasFrom } from '../hosts/extras-from.js';
import { browser } from '../platform/browser.js';
import { VIEWS_PAGE, type ViewsData, type ViewsMessage } from '../platform/views-messages.js';
import { readSnapshot } from '../storage/snapshot-store.js';
import { VIEWS_DAY_KEY } from '../storage/storage-keys.js';
import { userTimeZone } from './sw-environment.js';

/** What is used of chrome.offscreen (Chrome 116+). */
interface Offscreen {
  hasDocument(): Promise<boolean>;
  closeDocument(): Promise<void>;
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

const offscreenApi = (): Offscreen | undefined => (globalThis as { chrome?: { offscreen?: Offscreen } }).chrome?.offscreen;
const eventPage = (): Document | undefined => (globalThis as { document?: Document }).document;

const FRAME_MARK = 'data-keep-views';

/** Opens the page out of sight; one already open (a render that never finished) is replaced. */
async function openViewsPage(): Promise<void> {
  const url = browser.runtime.getURL(VIEWS_PAGE);
  const offscreen = offscreenApi();
  if (offscreen !== undefined) {
    if (await offscreen.hasDocument()) await offscreen.closeDocument();
    await offscreen.createDocument({ url, reasons: ['LOCAL_STORAGE'], justification: "Keeps the popup's views in the extension's localStorage so that it paints at once." });
    return;
  }
  const page = eventPage();
  if (page === undefined) return;
  page.querySelector(`iframe[${FRAME_MARK}]`)?.remove();
  const frame = page.createElement('iframe');
  frame.setAttribute(FRAME_MARK, '');
  // Laid out, so that the page can measure (a frame with display:none is not); the page lays its
  // views out at the popup's size whatever this frame's is (keep-views.ts).
  frame.style.cssText = 'width:360px;height:600px;border:0';
  frame.src = url;
  page.body.append(frame);
}

async function closeViewsPage(): Promise<void> {
  const offscreen = offscreenApi();
  if (offscreen !== undefined) {
    if (await offscreen.hasDocument()) await offscreen.closeDocument();
    return;
  }
  eventPage()?.querySelector(`iframe[${FRAME_MARK}]`)?.remove();
}

/**
 * At the end of each sync: opens the page unless it was opened today already, or no tracker has
 * a feed to show. Once a day: a view is true for its day, and the page renders the next days too.
 * The day is kept in storage.session: a write to storage.local would have every open popup read
 * its data again, and a browser started after days away renders them afresh. Never rejects: the
 * sync it ends (a refresh the popup asked for) has done its work, and without kept views the
 * popup only paints later.
 */
export async function keepViewsOutOfSight(now: number = Date.now()): Promise<void> {
  try {
    await openOnceADay(now);
  } catch (error) {
    // Only the error's name, as every background task's.
    console.warn("okr-sheets could not keep the popup's views:", error instanceof Error ? error.name : 'error');
  }
}

async function openOnceADay(now: number): Promise<void> {
  const today = localToday(now, userTimeZone());
  if ((await browser.storage.session.get(VIEWS_DAY_KEY))[VIEWS_DAY_KEY] === today) return;
  const { options, caches } = await readSnapshot();
  if (!options.trackers.some((tracker) => caches[tracker.id]?.feed)) return;
  // Marked before the page opens: a page that fails is tried again tomorrow, not at every poll.
  await browser.storage.session.set({ [VIEWS_DAY_KEY]: today });
  await openViewsPage();
}

/** The options changed, and the pages forgot every view: the next sync keeps them again. */
export async function forgetViewsDay(): Promise<void> {
  await browser.storage.session.remove(VIEWS_DAY_KEY);
}

/** FNV-1a of the text: equal stamps mean storage.local did not change between two reads. */
function stampOf(items: Record<string, unknown>): string {
  const text = JSON.stringify(items);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

export async function answerViewsPage(message: ViewsMessage): Promise<ViewsData | { ok: true; unchanged?: boolean }> {
  if (message.type === 'views-done') {
    await closeViewsPage();
    return { ok: true };
  }
  const storage = await browser.storage.local.get(null);
  if (message.type === 'views-unchanged') return { ok: true, unchanged: stampOf(storage) === message.stamp };
  return { ok: true, snapshot: snapshotFrom(storage), extras: extrasFrom(storage), stamp: stampOf(storage) };
}
