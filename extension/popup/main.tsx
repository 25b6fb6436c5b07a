import { render } from 'preact';
import { popupHost } from '../ui/popup-host.js';
import { App } from './App.js';
import { deferredExtrasHost } from './extras-deferred.js';

render(<App host={popupHost} extras={deferredExtrasHost} />, document.getElementById('app') as HTMLElement);
