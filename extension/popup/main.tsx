import { render } from 'preact';
import { popupHost } from '../hosts/popup-host.js';
import { App } from './App.js';
import { deferredExtrasHost } from '../hosts/extras-deferred.js';

render(<App host={popupHost} extras={deferredExtrasHost} />, document.getElementById('app') as HTMLElement);
