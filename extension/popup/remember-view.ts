/**
 * Keeps the popup's view for its next opening (paint-last-view.ts): the list as it stands when
 * the user has not changed anything (no sprint, no open form, the default scope and trackers),
 * saved a moment after the last change. Its code (view-of.ts) loads with the first save, after
 * the first paint, which does not need it.
 */
import { useEffect } from 'preact/hooks';
import type { PopupHost } from '../hosts/hosts.js';

/** Long enough that a burst of renders (a refresh, a storage change) is saved once. */
const SAVE_DELAY_MS = 400;

const loadViewOf = () => import('./view-of.js').then((module) => module.viewOf);

/** `onSaved` is called once the view has been kept. */
export function useRememberedView(host: PopupHost, rememberable: boolean, now: number, onSaved?: () => void): void {
  useEffect(() => {
    if (!rememberable) return;
    let live = true;
    const timer = setTimeout(() => {
      void loadViewOf().then((viewOf) => {
        const root = document.getElementById('app');
        if (live && root !== null && !root.hasAttribute('data-last-view')) void host.rememberView(viewOf(root, now, Intl.DateTimeFormat().resolvedOptions().timeZone)).then(onSaved);
      });
    }, SAVE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  });
}
