import { render } from 'preact';
import { popupHost } from '../hosts/popup-host.js';
import { App } from './App.js';
import type { DrawApp } from './render-ahead.js';

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
// Once the view has been kept, the next days' views are rendered for their first openings
// (render-ahead.ts); its code loads then, after the first paint.
const openedAt = popupHost.now();
const drawApp: DrawApp = (into, draw) => render(draw && <App host={draw.host} onShown={draw.onShown} />, into);
const renderAhead = () => void import('./render-ahead.js').then((module) => module.renderAhead(drawApp, popupHost, openedAt));
render(<App host={popupHost} onShown={painted ? show : undefined} onSettled={renderAhead} />, container);
