import { render } from 'preact';
import { popupHost } from '../hosts/popup-host.js';
import { VIEWS_PAGE_SEARCH } from '../platform/views-messages.js';
import { App } from './App.js';
import { loadNotices } from './chunks.js';
import type { MountApp } from './render-ahead.js';

const root = document.getElementById('app') as HTMLElement;
/** Mounts the app: the live one here, and each of the next days' out of sight (render-ahead.ts). */
const mount: MountApp = (into, props) => render(props && <App {...props} />, into);

if (location.search === VIEWS_PAGE_SEARCH) {
  // Opened out of sight by the worker to keep the views (keep-views.ts): no live popup here.
  void import('./keep-views.js').then((module) => module.keepViews(mount, loadNotices));
} else {
  // When paint-last-view.js has painted the last view, the live one is built beside it, out of
  // the document, and takes its place in the same task as its first render with data: no frame
  // shows an empty popup or half of each.
  const painted = root.hasAttribute('data-last-view');
  const container = painted ? document.createElement('div') : root;
  const show = () => {
    container.id = 'app';
    root.replaceWith(container);
  };
  // Once the view has been kept, the next days' views are rendered for their first openings;
  // that code loads then, after the first paint.
  const renderAhead = () => void import('./render-ahead.js').then((module) => module.renderAhead(mount, popupHost));
  mount(container, { host: popupHost, onShown: painted ? show : undefined, onSettled: renderAhead });
}
