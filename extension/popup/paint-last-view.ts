/**
 * The popup's first paint when it was opened before today: its last view, rebuilt from the
 * extension's localStorage by this small classic script, which popup.html runs right after the
 * #app element, before the modules (Preact, the list, the day's judgement of every key result)
 * have loaded. The view is inert until main.tsx puts the live one, with its data read afresh, in
 * its place (data-last-view marks it until then). A sprint opens on its own view, so none is
 * painted for it; a view that cannot be rebuilt is dropped and forgotten.
 */
import { forgetViews, readLastView } from '../storage/last-view-store.js';
import { buildView } from './view-tree.js';

const root = document.getElementById('app');
if (root !== null && location.search === '') {
  try {
    const nodes = readLastView(localStorage, Date.now(), Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (nodes !== null) {
      buildView(nodes, root);
      root.inert = true;
      root.setAttribute('aria-busy', 'true');
      root.dataset.lastView = '';
    }
  } catch {
    root.replaceChildren();
    forgetViews(localStorage);
  }
}
