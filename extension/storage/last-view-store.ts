/**
 * The popup's last view (popup/view-tree.ts), kept so the next opening can show it at once, and
 * the views of the next days, rendered ahead (popup/render-ahead.ts) so that a day's first
 * opening can too. They live in the extension's own localStorage, not storage.local:
 * localStorage is read synchronously, by a small classic script before the popup's modules have
 * even loaded (popup/paint-last-view.ts), while storage.local answers only after a round trip to
 * the browser. Only the extension's pages can read it; the service worker has no localStorage,
 * and has a page of the extension keep the views when no popup is open (background/sw-views.ts).
 * A view holds what the popup showed (titles, grades), never the token.
 * https://developer.mozilla.org/en-US/docs/Web/API/Window/localStorage
 */
import type { ViewNode } from '../popup/view-tree.js';

const LAST_VIEW_KEY = 'okr-sheets.popup-view';
const VIEWS_AHEAD_KEY = 'okr-sheets.popup-views-ahead';

/** A view and the span of time it is true for: the local day it was judged on, in `zone`. */
export interface LastView {
  from: number;
  until: number;
  /**
   * The user's time zone it was judged in: after a move to another zone (travel) the day is
   * another span, and "due today" may not be so there.
   */
  zone: string;
  nodes: ViewNode[];
}

const isView = (value: unknown): value is LastView => {
  const view = value as Partial<LastView> | null;
  return typeof view?.from === 'number' && typeof view.until === 'number' && typeof view.zone === 'string' && Array.isArray(view.nodes);
};

/** The stored value under `key` if `valid` accepts it; anything else there is forgotten. */
function readItem<T>(storage: Storage, key: string, valid: (value: unknown) => value is T): T | null {
  const saved = storage.getItem(key);
  if (saved === null) return null;
  try {
    const value: unknown = JSON.parse(saved);
    if (valid(value)) return value;
  } catch {
    // Not JSON: forgotten below.
  }
  storage.removeItem(key);
  return null;
}

const isViews = (value: unknown): value is LastView[] => Array.isArray(value) && value.every(isView);

/**
 * The view to paint at `now` in the user's `zone`: the last one if it was judged today there,
 * else one rendered ahead for that day; null if there is none (then the popup paints once its
 * modules have loaded).
 */
export function readLastView(storage: Storage, now: number, zone: string): ViewNode[] | null {
  const covers = (view: LastView | null | undefined) => view !== null && view !== undefined && view.zone === zone && view.from <= now && now < view.until;
  const last = readItem(storage, LAST_VIEW_KEY, isView);
  // The views ahead are read only on a day's first opening: a reopening does not parse them.
  return (covers(last) ? last : readItem(storage, VIEWS_AHEAD_KEY, isViews)?.find(covers))?.nodes ?? null;
}

/** Keeps `view` for the next opening; a full storage only means the next opening paints later. */
export function rememberLastView(storage: Storage, view: LastView): void {
  writeItem(storage, LAST_VIEW_KEY, view);
}

/** Keeps the views of the next days (and of today, when the worker's page renders them), replacing those rendered before. */
export function rememberViewsAhead(storage: Storage, views: LastView[]): void {
  writeItem(storage, VIEWS_AHEAD_KEY, views);
}

function writeItem(storage: Storage, key: string, value: LastView | LastView[]): void {
  try {
    storage.setItem(key, JSON.stringify(value));
  } catch {
    storage.removeItem(key);
  }
}

/**
 * Called when the options change (a view may show a tracker that is no longer there) and after a
 * check-in made here (a view shows the grade from before it): every view kept goes.
 */
export function forgetViews(storage: Storage): void {
  storage.removeItem(LAST_VIEW_KEY);
  storage.removeItem(VIEWS_AHEAD_KEY);
}
