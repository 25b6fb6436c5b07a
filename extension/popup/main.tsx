import { render } from 'preact';
import { popupHost } from '../hosts/popup-host.js';
import { App } from './App.js';

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
render(<App host={popupHost} onShown={painted ? show : undefined} />, container);
