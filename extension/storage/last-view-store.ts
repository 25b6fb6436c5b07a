/**
 * The popup's last view (popup/view-tree.ts), kept so the next opening can show it at once. It
 * lives in the extension's own localStorage, not storage.local: localStorage is read
 * synchronously, by a small classic script before the popup's modules have even loaded
 * (popup/paint-last-view.ts), while storage.local answers only after a round trip to the
 * browser. Only the extension's pages can read it; the service worker has no localStorage and
 * needs none. The view holds what the popup showed (titles, grades), never the token.
 * https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage
 */
import type { ViewNode } from '../popup/view-tree.js';

const LAST_VIEW_KEY = 'okr-sheets.popup-view';

/** The view and the span of time it is true for: the local day it was judged on. */
export interface LastView {
  from: number;
  until: number;
  nodes: ViewNode[];
}

/** The view saved for `now`, or null: none, another day's, or unreadable (then it is forgotten). */
export function readLastView(storage: Storage, now: number): ViewNode[] | null {
  const saved = storage.getItem(LAST_VIEW_KEY);
  if (saved === null) return null;
  try {
    const view = JSON.parse(saved) as Partial<LastView> | null;
    if (typeof view?.from === 'number' && typeof view.until === 'number' && Array.isArray(view.nodes)) {
      return view.from <= now && now < view.until ? view.nodes : null;
    }
  } catch {
    // Not JSON: forgotten below.
  }
  forgetLastView(storage);
  return null;
}

/** Keeps `view` for the next opening; a full storage only means the next opening paints later. */
export function rememberLastView(storage: Storage, view: LastView): void {
  try {
    storage.setItem(LAST_VIEW_KEY, JSON.stringify(view));
  } catch {
    forgetLastView(storage);
  }
}

/** Called when the options change: the last view may show a tracker that is no longer there. */
export function forgetLastView(storage: Storage): void {
  storage.removeItem(LAST_VIEW_KEY);
}
