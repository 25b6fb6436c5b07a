import { render } from 'preact';
import { optionsHost } from '../hosts/options-host.js';
import { OptionsApp } from './OptionsApp.js';
import { ReminderHostContext } from '../hosts/reminder-host.js';
import { reminderHost } from '../hosts/reminder-host-browser.js';

render(
  <ReminderHostContext.Provider value={reminderHost}>
    <OptionsApp host={optionsHost} />
  </ReminderHostContext.Provider>,
  document.getElementById('app') as HTMLElement,
);
