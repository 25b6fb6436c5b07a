import { render } from 'preact';
import { popupHost } from '../hosts/popup-host.js';
import { App } from './App.js';

render(<App host={popupHost} />, document.getElementById('app') as HTMLElement);
