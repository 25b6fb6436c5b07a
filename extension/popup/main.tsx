import { render } from 'preact';
import { popupHost } from '../ui/popup-host.js';
import { App } from './App.js';
import { extrasHost } from './extras-browser.js';

render(<App host={popupHost} extras={extrasHost} />, document.getElementById('app') as HTMLElement);
