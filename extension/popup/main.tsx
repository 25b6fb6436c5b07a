import { render } from 'preact';
import { popupHost } from '../hosts/popup-host.js';
import { App } from './App.js';
import type { MountApp } from './render-ahead.js';

const root = document.getElementById('app') as HTMLElement;
// When paint-last-view.js has painted the last view, the live one is built beside it, out of the
// document, and takes its place in the same task as its first render with data: no frame shows
// an empty popup or half of each.
const painted = root.hasAttribute('data-last-view');
const container = painted ? document.createElement('div') : root;
const show = () => {
  container.id = 'app';
  root.replaceWith(container);
};
/** Mounts the app: the live one here, and each of the next days' out of sight (render-ahead.ts). */
const mount: MountApp = (into, props) => render(props && <App {...props} />, into);
// Once the view has been kept, the next days' views are rendered for their first openings; that
// code loads then, after the first paint.
const renderAhead = () => void import('./render-ahead.js').then((module) => module.renderAhead(mount, popupHost));
mount(container, { host: popupHost, onShown: painted ? show : undefined, onSettled: renderAhead });
