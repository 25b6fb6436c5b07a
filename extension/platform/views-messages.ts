/**
 * Between the worker and the popup page it opens out of sight to keep the popup's views, so that
 * an opening with none of its own kept still paints at once (background/sw-views.ts,
 * popup/keep-views.ts). Plain JSON both ways, through runtime.sendMessage: in Chrome that page is
 * an offscreen document, whose only extension API is runtime.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 *   page → { type: 'views-data' }                   worker → { ok: true, snapshot, extras, stamp }
 *   page → { type: 'views-unchanged', stamp }        worker → { ok: true, unchanged }
 *   page → { type: 'views-done' }                   worker closes the page → { ok: true }
 */
import type { Snapshot } from '../feed/snapshot.js';
import type { Extras } from '../hosts/hosts.js';

/** What popup.html is asked for, out of sight, to keep the views (popup/main.tsx). */
export const VIEWS_PAGE_SEARCH = '?keep-views';
export const VIEWS_PAGE = `popup.html${VIEWS_PAGE_SEARCH}`;

export type ViewsMessage = { type: 'views-data' } | { type: 'views-unchanged'; stamp: string } | { type: 'views-done' };

export interface ViewsData {
  ok: true;
  /** What the popup reads from storage.local, read there by the worker. */
  snapshot: Snapshot;
  extras: Extras;
  /** Tells whether storage.local changed between this answer and a later `views-unchanged`. */
  stamp: string;
}

export function isViewsMessage(value: unknown): value is ViewsMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; stamp?: unknown };
  return message.type === 'views-data' || message.type === 'views-done' || (message.type === 'views-unchanged' && typeof message.stamp === 'string');
}
