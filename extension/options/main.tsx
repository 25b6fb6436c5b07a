import { render } from 'preact';
import { optionsHost } from '../hosts/options-host.js';
import { OptionsApp } from './OptionsApp.js';

render(<OptionsApp host={optionsHost} />, document.getElementById('app') as HTMLElement);
